import { join } from 'node:path';
import type { SampleCreated } from '../../../shared/model';
import type { ColumnMapping } from '../../../shared/imports';
import { runImport } from '../ingest/runImport';
import type { JobContext } from './jobs';
import type { ProjectService } from './projects';
import { freshPath } from './paths';

export const SAMPLE_PROJECT_NAME = 'Acme NPS sample';

/** The sample survey's columns (resources/sample/survey.csv, made by scripts/generate-sample.ts). */
export const SAMPLE_SURVEY_MAPPING: ColumnMapping = {
  score: 'How likely are you to recommend Acme to a friend or colleague?',
  verbatims: ['What is the main reason for your score?'],
  date: 'Submitted At',
  respondentId: 'Response ID',
  customerKey: 'Customer ID',
  email: 'Email',
  segments: ['Region', 'Plan', 'Channel', 'Language'],
};

/**
 * Creates the sample project from the files in resources/sample and opens it.
 * The project file only appears once it is complete; cancelling leaves nothing.
 */
export async function createSampleProject(
  projects: ProjectService,
  resourcesDir: string,
  defaultProjectDir: string,
  target: string | undefined,
  ctx: JobContext,
): Promise<SampleCreated> {
  const path = target ?? freshPath(defaultProjectDir, SAMPLE_PROJECT_NAME, '.loupe');
  const survey = join(resourcesDir, 'sample', 'survey.csv');
  ctx.progress(0, 1, 'Creating the project…');
  const project = await projects.create(path, SAMPLE_PROJECT_NAME, async (db) => {
    await runImport(
      db,
      { path: survey, mapping: SAMPLE_SURVEY_MAPPING },
      {
        signal: ctx.signal,
        onProgress: (p) => ctx.progress(p.bytes, p.totalBytes, `Importing the sample survey: ${p.rows.toLocaleString('en')} responses`),
      },
    );
  });
  ctx.progress(1, 1, 'Sample project ready');
  return { project };
}
