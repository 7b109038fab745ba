import { useEffect } from 'react';
import { isMac } from '../services/platformInfo';
import type { CommandRegistry } from './commandRegistry';
import { decideKey, isTypingTarget } from './keyDispatch';
import { eventToChordPart } from './keybindings';
import type { ContextKeys } from './whenClause';

const CHORD_TIMEOUT_MS = 5000;

interface DispatcherOptions {
  readonly registry: CommandRegistry;
  readonly contextKeys: () => ContextKeys;
  readonly run: (commandId: string) => void;
  /** Shows (or clears, with undefined) a status bar message about a pending chord. */
  readonly setStatus: (message: string | undefined) => void;
}

/**
 * The workbench's single keydown listener. Every keybinding comes from the command declarations;
 * handled chords are preventDefault-ed; modal dialogs keep their own keys.
 */
export function useKeybindingDispatcher({ registry, contextKeys, run, setStatus }: DispatcherOptions): void {
  useEffect(() => {
    let pending: readonly string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reset = () => {
      pending = [];
      if (timer) clearTimeout(timer);
      timer = undefined;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const part = eventToChordPart(event, isMac);
      if (part === undefined) return;
      const keys = contextKeys();
      if (keys.dialogOpen) return;
      const decision = decideKey(registry, pending, part, isTypingTarget(event.target), keys, isMac);
      if (decision.action === 'ignore') return;
      event.preventDefault();
      event.stopPropagation();
      reset();
      if (decision.action === 'run') {
        setStatus(undefined);
        run(decision.commandId);
      } else if (decision.action === 'wait') {
        pending = decision.pending;
        setStatus(decision.message);
        timer = setTimeout(() => {
          reset();
          setStatus(undefined);
        }, CHORD_TIMEOUT_MS);
      } else {
        setStatus(decision.message);
        timer = setTimeout(() => setStatus(undefined), 3000);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      reset();
    };
  }, [registry, contextKeys, run, setStatus]);
}
