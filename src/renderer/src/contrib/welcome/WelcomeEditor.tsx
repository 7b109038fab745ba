import { isJobActive, useCurrentProject, useJobs } from '../../services/queries';
import { Codicon } from '../../workbench/components/Codicon';
import { KeybindingLabel, primaryKeybinding } from '../../workbench/components/KeybindingLabel';
import { ProgressBar } from '../../workbench/components/ProgressBar';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { RecentProjects } from './RecentProjects';
import './welcome.css';

function StartLink({ commandId, icon, label }: { commandId: string; icon: string; label: string }) {
  const { run } = useWorkbench();
  return (
    <li>
      <button type="button" className="welcome-link" onClick={() => void run(commandId, undefined, 'button')}>
        <Codicon name={icon} />
        <span>{label}</span>
      </button>
    </li>
  );
}

function SampleProgress() {
  const { run } = useWorkbench();
  const job = useJobs().data?.find((candidate) => candidate.kind === 'sample.create' && isJobActive(candidate));
  if (!job) return <StartLink commandId="loupe.welcome.openSample" icon="beaker" label="Open Sample Project" />;
  const percent = job.total > 0 ? `${Math.floor((100 * job.done) / job.total)}%` : '';
  return (
    <li className="welcome-sample-progress" aria-live="polite">
      <div className="welcome-sample-title">
        <Codicon name="sync" spin />
        <span>{job.title}…</span>
        <button type="button" className="link" onClick={() => void run('loupe.jobs.cancel', { id: job.id }, 'button')}>
          Cancel
        </button>
      </div>
      <ProgressBar done={job.done} total={job.total} label={job.title} />
      <span className="welcome-sample-message">
        {percent && <span className="welcome-sample-percent">{percent}</span>}
        {job.message || 'Starting…'}
      </span>
    </li>
  );
}

const SHORTCUTS = [
  { commandId: 'loupe.workbench.showCommands', label: 'Show all commands' },
  { commandId: 'loupe.workbench.quickOpen', label: 'Go to a project, editor or dataset' },
  { commandId: 'loupe.theme.pick', label: 'Change the colour theme' },
  { commandId: 'loupe.settings.openKeybindings', label: 'See every keyboard shortcut' },
];

function Shortcuts() {
  const { registry, run } = useWorkbench();
  return (
    <ul className="welcome-shortcuts">
      {SHORTCUTS.map(({ commandId, label }) => {
        const keybinding = primaryKeybinding(registry.commands.get(commandId)?.keybinding);
        return (
          <li key={commandId}>
            <button type="button" className="welcome-tile" onClick={() => void run(commandId, undefined, 'button')}>
              <span>{label}</span>
              {keybinding && <KeybindingLabel keybinding={keybinding} />}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** The Welcome page: start a project, reopen a recent one, or try the sample. */
export function WelcomeEditor() {
  const project = useCurrentProject();
  return (
    <div className="welcome">
      <header className="welcome-header">
        <h1>Loupe</h1>
        <p>Find the themes behind your Net Promoter Score, offline.</p>
      </header>
      <div className="welcome-columns">
        <div className="welcome-column">
          <section aria-labelledby="welcome-start">
            <h2 id="welcome-start">Start</h2>
            <ul className="welcome-links">
              <StartLink commandId="loupe.projects.new" icon="new-folder" label="New Project…" />
              <StartLink commandId="loupe.projects.open" icon="folder-opened" label="Open Project…" />
              <SampleProgress />
              {project && <StartLink commandId="loupe.projects.showOverview" icon="dashboard" label={`Show “${project.name}”`} />}
              {project && <StartLink commandId="loupe.import.open" icon="file-add" label="Import Survey Export…" />}
            </ul>
          </section>
          <section aria-labelledby="welcome-recent">
            <h2 id="welcome-recent">Recent</h2>
            <RecentProjects />
          </section>
        </div>
        <div className="welcome-column">
          <section aria-labelledby="welcome-keyboard">
            <h2 id="welcome-keyboard">Keyboard first</h2>
            <Shortcuts />
          </section>
          <section aria-labelledby="welcome-how" className="welcome-how">
            <h2 id="welcome-how">How Loupe works</h2>
            <ol>
              <li>
                <strong>One project per study.</strong> A .loupe file keeps the responses, themes and notes together, on your disk only.
              </li>
              <li>
                <strong>Import the export.</strong> Survey platforms’ CSV or Excel exports, plus ticket logs to link with.
              </li>
              <li>
                <strong>Code the verbatims.</strong> Themes, their volume and their impact on NPS, with the numbers you can check.
              </li>
            </ol>
          </section>
        </div>
      </div>
    </div>
  );
}
