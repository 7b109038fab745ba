import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelledComment {
  readonly id: number;
  readonly theme: string;
  readonly score: number;
  readonly text: string;
}

const LABELLED = join(__dirname, '..', '..', 'bench', 'quality', 'themes-labelled.json');

/** The hand-labelled NPS comments (bench/quality/themes-labelled.json): 660 comments over 12 themes. */
export function labelledComments(): LabelledComment[] {
  return (JSON.parse(readFileSync(LABELLED, 'utf8')) as { comments: LabelledComment[] }).comments;
}

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/** Writes the labelled comments as a survey export (respondent L_<id>) and returns its path. */
export function writeLabelledSurvey(dir: string, limit?: number): string {
  const path = join(dir, 'labelled-survey.csv');
  const rows = labelledComments()
    .slice(0, limit)
    .map((c) => [`L_${c.id}`, `2026-09-${String(1 + (c.id % 28)).padStart(2, '0')}T10:00:00Z`, String(c.score), quote(c.text)].join(','));
  writeFileSync(path, ['Response ID,Submitted At,How likely are you to recommend us?,What is the main reason for your score?', ...rows].join('\n') + '\n');
  return path;
}
