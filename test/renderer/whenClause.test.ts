import { describe, expect, it } from 'vitest';
import { compileWhen, parseWhen } from '../../src/renderer/src/commands/whenClause';

describe('when clauses', () => {
  const keys = { projectOpen: true, panelVisible: false, editorOpen: true };

  it('evaluates keys, negation, and/or with precedence and parentheses', () => {
    expect(compileWhen(undefined)(keys)).toBe(true);
    expect(compileWhen('projectOpen')(keys)).toBe(true);
    expect(compileWhen('!projectOpen')(keys)).toBe(false);
    expect(compileWhen('projectOpen && panelVisible')(keys)).toBe(false);
    expect(compileWhen('panelVisible || editorOpen')(keys)).toBe(true);
    expect(compileWhen('panelVisible && editorOpen || projectOpen')(keys)).toBe(true);
    expect(compileWhen('panelVisible && (editorOpen || projectOpen)')(keys)).toBe(false);
    expect(compileWhen('unknownKey')(keys)).toBe(false);
  });

  it('rejects malformed clauses with the clause in the message', () => {
    expect(() => parseWhen('projectOpen &&')).toThrow(/Unexpected end in when clause "projectOpen &&"/);
    expect(() => parseWhen('(projectOpen')).toThrow(/Missing "\)"/);
    expect(() => parseWhen('projectOpen == 1')).toThrow(/Unexpected "="/);
  });
});
