import type { CommandDefinition, RegisteredCommand } from './commandTypes';
import { parseKeybinding } from './keybindings';
import type { ContextKeys } from './whenClause';
import { compileWhen } from './whenClause';

export type ChordResolution =
  | { readonly kind: 'command'; readonly command: RegisteredCommand }
  | { readonly kind: 'prefix' }
  | { readonly kind: 'none' };

function startsWith(chord: readonly string[], sequence: readonly string[]): boolean {
  return sequence.length <= chord.length && sequence.every((part, index) => chord[index] === part);
}

/**
 * Every command of the workbench. Filled once at start-up by the contributions, then only read.
 * Declarations are checked as they arrive: a duplicate id, a malformed keybinding or when clause
 * throws at start-up rather than failing silently later.
 */
export class CommandRegistry {
  private readonly byId = new Map<string, RegisteredCommand>();

  register(definition: CommandDefinition): void {
    if (this.byId.has(definition.id)) throw new Error(`Command "${definition.id}" is registered twice`);
    const bindings = definition.keybinding === undefined ? [] : typeof definition.keybinding === 'string' ? [definition.keybinding] : definition.keybinding;
    this.byId.set(definition.id, {
      ...definition,
      chords: bindings.map(parseKeybinding),
      enabled: compileWhen(definition.when),
    });
  }

  get(id: string): RegisteredCommand | undefined {
    return this.byId.get(id);
  }

  /** Every command, sorted by category then title. */
  all(): readonly RegisteredCommand[] {
    return [...this.byId.values()].sort(
      (a, b) => a.category.localeCompare(b.category) || a.title.localeCompare(b.title),
    );
  }

  /**
   * What a key sequence means now: a command whose when clause holds, the first step of a
   * longer chord, or nothing (so the key is left to the browser).
   */
  resolve(sequence: readonly string[], keys: ContextKeys): ChordResolution {
    let prefix = false;
    for (const command of this.byId.values()) {
      for (const chord of command.chords) {
        if (!startsWith(chord, sequence)) continue;
        if (chord.length === sequence.length) {
          if (command.enabled(keys)) return { kind: 'command', command };
        } else {
          prefix = true;
        }
      }
    }
    return prefix ? { kind: 'prefix' } : { kind: 'none' };
  }
}
