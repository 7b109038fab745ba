import { formatKeybinding } from '../../commands/keybindings';
import { isMac } from '../../services/platformInfo';
import { useWorkbench } from '../WorkbenchContext';
import { IconButton } from './Button';
import { primaryKeybinding } from './KeybindingLabel';

/** "Title (Ctrl+B)": a command's tooltip text. */
export function useCommandTooltip(commandId: string, title?: string): string {
  const command = useWorkbench().registry.commands.get(commandId);
  const keybinding = primaryKeybinding(command?.keybinding);
  const text = title ?? command?.title ?? commandId;
  return keybinding ? `${text} (${formatKeybinding(keybinding, isMac)})` : text;
}

/** A toolbar icon that runs a command; icon and tooltip come from the declaration. */
export function CommandIconButton({ commandId, args, icon, title }: { commandId: string; args?: unknown; icon?: string; title?: string }) {
  const { registry, run } = useWorkbench();
  const tooltip = useCommandTooltip(commandId, title);
  const command = registry.commands.get(commandId);
  return (
    <IconButton
      icon={icon ?? command?.icon ?? 'circle-large-outline'}
      label={tooltip}
      onClick={() => void run(commandId, args, 'mouse')}
    />
  );
}
