import { Codicon } from '../components/Codicon';
import { KeybindingLabel, primaryKeybinding } from '../components/KeybindingLabel';
import { useWorkbench } from '../WorkbenchContext';

const ENTRIES = [
  'loupe.workbench.showCommands',
  'loupe.workbench.quickOpen',
  'loupe.projects.open',
  'loupe.editor.reopenClosed',
  'loupe.workbench.togglePanel',
];

/** What the editor area shows with no tab open: the main shortcuts. */
export function Watermark() {
  const { registry, run } = useWorkbench();
  return (
    <div className="watermark">
      <Codicon name="search" className="watermark-logo" />
      <dl className="watermark-list">
        {ENTRIES.map((id) => {
          const command = registry.commands.get(id);
          const keybinding = primaryKeybinding(command?.keybinding);
          if (!command) return null;
          return (
            <div key={id} className="watermark-entry">
              <dt>
                <button type="button" className="link watermark-link" onClick={() => void run(id, undefined, 'mouse')}>
                  {command.title}
                </button>
              </dt>
              <dd>{keybinding && <KeybindingLabel keybinding={keybinding} />}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
