import { join } from 'node:path';
import { openFileSink } from './sink';
import { generateSurvey, type GenerationStats } from './survey';
import { generateTickets, type TicketStats } from './tickets';

/** The sample project's parameters: changing either changes resources/sample/. */
export const SAMPLE_SIZE = 3000;
export const SAMPLE_SEED = 20261101;

export const SAMPLE_FILES = {
  survey: 'survey.csv',
  labels: 'survey.labels.csv',
  tickets: 'tickets.csv',
  history: 'ticket-status-history.csv',
} as const;

/** Writes the four sample files into `dir`. */
export async function writeSample(dir: string): Promise<{ survey: GenerationStats; tickets: TicketStats }> {
  const survey = openFileSink(join(dir, SAMPLE_FILES.survey));
  const labels = openFileSink(join(dir, SAMPLE_FILES.labels));
  const s = await generateSurvey({ size: SAMPLE_SIZE, seed: SAMPLE_SEED, out: survey.stream, labelsOut: labels.stream });
  await Promise.all([survey.close(), labels.close()]);
  const tickets = openFileSink(join(dir, SAMPLE_FILES.tickets));
  const history = openFileSink(join(dir, SAMPLE_FILES.history));
  const t = await generateTickets({ size: SAMPLE_SIZE, seed: SAMPLE_SEED, ticketsOut: tickets.stream, historyOut: history.stream });
  await Promise.all([tickets.close(), history.close()]);
  return { survey: s, tickets: t };
}
