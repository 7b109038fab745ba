import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, VerbatimRow } from '../../src/shared/nlp';
import { runLoupe, SAMPLE_SURVEY } from '../support/loupeCli';
import { useTempDirs } from '../support/tempDir';
import { writeLabelledSurvey } from '../support/labelledSurvey';

const fixture = SAMPLE_SURVEY;
const tempDir = useTempDirs();

const cli = (args: string[]) => runLoupe(args);

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

  it('suggests themes (loupe themes --suggested) and codes one with loupe code --suggestion, idempotently', () => {
    const dir = tempDir();
    const project = join(dir, 'p.loupe');
    const common = ['--project', project, '--data-dir', join(dir, 'data'), '--json'];
    expect(cli(['import', writeLabelledSurvey(dir), ...common]).status).toBe(0);
    const noneYet = cli(['themes', '--suggested', ...common]);
    expect(noneYet.status).toBe(1);
    expect(noneYet.stderr).toContain('Run loupe analyze first');

    const run = cli(['analyze', ...common]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ analysed: 660, vectors: false });
    const listed = cli(['themes', '--suggested', ...common]);
    expect(listed.status).toBe(0);
    const { suggestions } = JSON.parse(listed.stdout) as { suggestions: { id: string; label: string; phrases: string[]; volume: number; detractorShare: number; members: string[] }[] };
    expect(suggestions.length).toBeGreaterThan(5);
    const first = suggestions[0]!;
    expect(first.members.every((m) => /^L_\d+$/.test(m))).toBe(true);
    expect(first.volume).toBeCloseTo(first.members.length / 660, 6);
    expect(first.label.length).toBeGreaterThan(2);

    writeFileSync(join(dir, 'codebook.csv'), 'name\nFrom suggestion\n');
    expect(cli(['codebook', 'import', join(dir, 'codebook.csv'), ...common]).status).toBe(0);
    const coded = cli(['code', ...common, '--theme', 'From suggestion', '--suggestion', first.id]);
    expect(JSON.parse(coded.stdout)).toMatchObject({ theme: 'From suggestion', coded: first.members.length, alreadyCoded: 0 });
    expect(JSON.parse(cli(['code', ...common, '--theme', 'From suggestion', '--suggestion', first.id]).stdout)).toMatchObject({ coded: 0, alreadyCoded: first.members.length });
    const unknown = cli(['code', ...common, '--theme', 'From suggestion', '--suggestion', 'theme-nope']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('There is no suggested theme “theme-nope”');
  });

  it('says clearly when the project does not exist', () => {
    const dir = tempDir();
    const run = cli(['analyze', '--project', join(dir, 'missing.loupe'), '--data-dir', join(dir, 'data')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('missing.loupe');
  });
});
