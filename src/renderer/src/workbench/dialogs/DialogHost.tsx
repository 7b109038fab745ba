import { useWorkbench } from '../WorkbenchContext';
import { useDialogStore } from './dialogStore';

/** Shows the open modal dialog, as registered by a contribution. */
export function DialogHost() {
  const { registry } = useWorkbench();
  const dialogId = useDialogStore((s) => s.dialogId);
  const args = useDialogStore((s) => s.args);
  const close = useDialogStore((s) => s.close);
  const Dialog = dialogId ? registry.dialog(dialogId)?.component : undefined;
  return Dialog ? <Dialog key={dialogId} args={args} onClose={close} /> : null;
}
