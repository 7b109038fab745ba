import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, VerbatimRow } from '../../src/shared/nlp';
import { useTempDirs } from '../support/tempDir';

const root = resolve(__dirname, '..', '..');
const loupe = join(root, 'bin', 'loupe.js');
const fixture = join(root, 'test', 'fixtures', 'sample-survey', 'survey.csv');
const tempDir = useTempDirs();

function cli(args: string[]) {
  return spawnSync(process.execPath, [loupe, ...args], { encoding: 'utf8' });
}

describe('loupe analyze and loupe verbatims (built CLI, NLP in worker threads)', () => {
  it('analyses the imported verbatims once and lists them with sentiment and keyphrases', () => {
    const dir = tempDir();
    const project = join(dir, 'p.loupe');
    const common = ['--project', project, '--data-dir', join(dir, 'data'), '--json'];
    expect(cli(['import', fixture, ...common]).status).toBe(0);

    const run = cli(['analyze', ...common]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as AnalysisResult;
    expect(result).toMatchObject({ analysed: 5, alreadyAnalysed: 0, english: 4, otherLanguages: 1 });
    expect((JSON.parse(cli(['analyze', ...common]).stdout) as AnalysisResult).analysed).toBe(0);

    const listed = cli(['verbatims', ...common, '--query', 'refund']);
    expect(listed.status).toBe(0);
    const { rows } = JSON.parse(listed.stdout) as { rows: VerbatimRow[] };
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ respondentId: 'R_002', column: 'What is the main reason for your score?', sentiment: { label: 'negative' } });
    expect(rows[0]!.keyphrases).toContain('refund');
  });

  it('says clearly when the project does not exist', () => {
    const dir = tempDir();
    const run = cli(['analyze', '--project', join(dir, 'missing.loupe'), '--data-dir', join(dir, 'data')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('missing.loupe');
  });
});
