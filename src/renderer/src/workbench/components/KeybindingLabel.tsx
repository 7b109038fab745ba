import { chordPartLabels, parseKeybinding } from '../../commands/keybindings';
import { isMac } from '../../services/platformInfo';
import './components.css';

/** A keybinding drawn as key caps: [Ctrl]+[Shift]+[P]. */
export function KeybindingLabel({ keybinding }: { keybinding: string }) {
  const parts = parseKeybinding(keybinding);
  return (
    <span className="keybinding" aria-label={parts.map((p) => chordPartLabels(p, isMac).join('+')).join(' ')}>
      {parts.map((part, i) => (
        <span className="keybinding-chord" key={i}>
          {chordPartLabels(part, isMac).map((key, j) => (
            <kbd key={j}>{key}</kbd>
          ))}
        </span>
      ))}
    </span>
  );
}

/** The first keybinding of a command declaration, if it has one. */
export function primaryKeybinding(keybinding: string | readonly string[] | undefined): string | undefined {
  return typeof keybinding === 'string' ? keybinding : keybinding?.[0];
}
