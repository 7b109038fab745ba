import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLoupe } from '../support/loupeCli';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

const cli = (args: string[]) => runLoupe(args);

describe('loupe import --skip-rows (built CLI)', () => {
  it('leaves out a detected title, says so in the preview, and reads the file as told', () => {
    const dir = tempDir();
    const file = join(dir, 'titled.csv');
    writeFileSync(file, 'Customer NPS – March 2026\nID,Score,Why?\nT1,9,Great support\nT2,3,Slow refund\n');
    const common = ['--project', join(dir, 'p.loupe'), '--data-dir', join(dir, 'data')];

    const preview = cli(['import', file, ...common, '--preview', '--json']);
    expect(preview.status).toBe(0);
    expect(JSON.parse(preview.stdout)).toMatchObject({ aboveHeader: ['Customer NPS – March 2026'], columns: [{ name: 'ID' }, { name: 'Score' }, { name: 'Why?' }] });
    expect(cli(['import', file, ...common, '--preview']).stdout).toContain('left out 1 row(s) above the header: "Customer NPS – March 2026" (--skip-rows to change)');

    const none = cli(['import', file, ...common, '--skip-rows', '0']);
    expect(none.status).not.toBe(0);
    expect(none.stderr).toContain('"titled.csv" cannot be read at line 2: this row has 3 fields where the header has 1');
    const bad = cli(['import', file, ...common, '--skip-rows', 'two']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--skip-rows must be a whole number from 0 to 100; "two" is not.');

    const imported = cli(['import', file, ...common, '--skip-rows', '1', '--json']);
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ rowsRead: 2, imported: 2, aboveHeader: ['Customer NPS – March 2026'] });
  });
});
