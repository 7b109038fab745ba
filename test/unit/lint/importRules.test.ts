import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `path` and returns the rule ids that fired. */
async function rulesFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('import rules of DESIGN.md section 1 (enforced by lint as errors)', () => {
  it("rejects an 'electron' import outside src/main/electron", async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await rulesFor('src/main/core/services/example.ts', code)).toContain('no-restricted-imports');
    expect(await rulesFor('src/renderer/src/example.ts', code)).toContain('no-restricted-imports');
    expect(await rulesFor('src/shared/example.ts', code)).toContain('no-restricted-imports');
    expect(await rulesFor('src/main/electron/example.ts', code)).not.toContain('no-restricted-imports');
  });

  it('rejects a node: import in the renderer and in shared, but not in the core', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n";
    expect(await rulesFor('src/renderer/src/workbench/example.ts', code)).toContain('no-restricted-imports');
    expect(await rulesFor('src/shared/example.ts', code)).toContain('no-restricted-imports');
    expect(await rulesFor('src/main/core/example.ts', code)).not.toContain('no-restricted-imports');
  });

  it('rejects the renderer reaching into main, and shared reaching outside shared', async () => {
    expect(await rulesFor('src/renderer/src/x.ts', "import { a } from '../../main/core/a';\nexport const b = a;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await rulesFor('src/shared/x.ts', "import { a } from '../main/core/a';\nexport const b = a;\n")).toContain('no-restricted-imports');
  });

  it("rejects the root of 'natural' everywhere, and lets its parts in", async () => {
    expect(await rulesFor('src/main/core/nlp/x.ts', "import natural from 'natural';\nexport const n = natural;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await rulesFor('src/main/core/nlp/x.ts', "import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';\nexport const p = porter;\n")).not.toContain(
      'no-restricted-imports',
    );
  });
});
