import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runLoupe, SAMPLE_SURVEY } from '../support/loupeCli';
import { useTempDirs } from '../support/tempDir';

const fixture = SAMPLE_SURVEY;
const tempDir = useTempDirs();

const cli = (args: string[]) => runLoupe(args, { LOUPE_CODER: 'ci' });

describe('loupe codebook import, loupe code and loupe themes (built CLI)', () => {
  it('imports a codebook, codes by rule idempotently and lists the themes with their counts', () => {
    const dir = tempDir();
    const project = join(dir, 'p.loupe');
    const common = ['--project', project, '--data-dir', join(dir, 'data'), '--json'];
    expect(cli(['import', fixture, ...common]).status).toBe(0);
    const codebook = join(dir, 'codebook.csv');
    writeFileSync(codebook, 'name,description\nBilling > Refunds,Money back\nPraise,\n');
    expect(JSON.parse(cli(['codebook', 'import', codebook, ...common]).stdout)).toEqual({ created: 3, themes: 3 });

    const first = cli(['code', ...common, '--theme', 'billing > refunds', '--query', 'refund OR charged']);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ theme: 'Refunds', coded: 1, alreadyCoded: 0 });
    expect(JSON.parse(cli(['code', ...common, '--theme', 'Refunds', '--query', 'refund OR charged']).stdout)).toMatchObject({ coded: 0, alreadyCoded: 1 });

    const themes = JSON.parse(cli(['themes', ...common]).stdout) as { themes: { name: string; path: string; count: number; parentId?: number }[] };
    expect(themes.themes.map((t) => [t.path, t.count])).toEqual([
      ['Billing', 0],
      ['Billing > Refunds', 1],
      ['Praise', 0],
    ]);
    expect(themes.themes[1]!.parentId).toBeGreaterThan(0);

    // The rule runs again over a new import's verbatims, and the import says what it coded.
    const october = join(dir, 'october.csv');
    writeFileSync(
      october,
      'Response ID,Submitted At,How likely are you to recommend Acme to a friend or colleague?,What is the main reason for your score?\n' +
        'R_101,2026-10-01T10:00:00Z,2,Still no refund after a month\nR_102,2026-10-02T10:00:00Z,9,Great app\n',
    );
    const next = cli(['import', october, ...common]);
    expect(next.status).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ imported: 2, rules: [{ theme: 'Billing > Refunds', coded: 1 }] });
  });

  it('imports a REFI-QDA codebook and exports it again (loupe export --format qdc)', () => {
    const dir = tempDir();
    const common = ['--project', join(dir, 'p.loupe'), '--data-dir', join(dir, 'data'), '--json'];
    expect(cli(['project', 'create', ...common]).status).toBe(0);
    const qdc = join(REPO, 'test', 'fixtures', 'codebooks', 'qualcoder-style.qdc');
    expect(JSON.parse(cli(['codebook', 'import', qdc, ...common]).stdout)).toEqual({ created: 6, themes: 6 });
    const out = join(dir, 'out.qdc');
    const exported = cli(['export', ...common, '--format', 'qdc', '--out', out]);
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual({ themes: 6, path: out });
    const other = ['--project', join(dir, 'q.loupe'), '--data-dir', join(dir, 'data'), '--json'];
    expect(cli(['project', 'create', ...other]).status).toBe(0);
    expect(JSON.parse(cli(['codebook', 'import', out, ...other]).stdout)).toEqual({ created: 6, themes: 6 });
    const paths = (JSON.parse(cli(['themes', ...other]).stdout) as { themes: { path: string }[] }).themes.map((t) => t.path);
    expect(paths).toEqual(['Billing', 'Billing > Double charge', 'Billing > Refund delay', 'Support', 'Support > Wait › 1 hour', 'Support > Friendly agent']);
    const unsupported = cli(['export', ...common, '--format', 'xlsx', '--out', join(dir, 'x.xlsx')]);
    expect(unsupported.status).toBe(1);
  });

  it('names the problem: an unknown theme, a bad search, a codebook without a name column', () => {
    const dir = tempDir();
    const project = join(dir, 'p.loupe');
    const common = ['--project', project, '--data-dir', join(dir, 'data')];
    expect(cli(['import', fixture, ...common]).status).toBe(0);
    const unknown = cli(['code', ...common, '--theme', 'Nope', '--query', 'refund']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('The codebook has no theme “Nope”');
    const codebook = join(dir, 'c.csv');
    writeFileSync(codebook, 'name\nRefunds\n');
    cli(['codebook', 'import', codebook, ...common]);
    const badQuery = cli(['code', ...common, '--theme', 'Refunds', '--query', 'refund AND']);
    expect(badQuery.status).toBe(1);
    expect(badQuery.stderr).toContain('The search cannot be read');
    const noName = join(dir, 'bad.csv');
    writeFileSync(noName, 'label\nRefunds\n');
    const bad = cli(['codebook', 'import', noName, ...common]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('has no column naming the themes');
  });
});
