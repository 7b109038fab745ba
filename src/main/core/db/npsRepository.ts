import type { NpsCounts } from '../analysis/nps';
import type { ProjectDb } from './connection';
import { segmentColumn, type Segment } from './segmentRepository';

export type Period = 'week' | 'month';

export interface GroupCounts extends NpsCounts {
  readonly value?: string;
  readonly period?: string;
}

/** NPS counts straight from the responses that count (an integer 0–10 score, not excluded). */
export class NpsRepository {
  constructor(private readonly db: ProjectDb) {}


  overall(): NpsCounts {
    return this.db
      .prepare(
        `SELECT count(*) AS n, coalesce(sum(score >= 9), 0) AS promoters, coalesce(sum(score BETWEEN 7 AND 8), 0) AS passives,
                coalesce(sum(score <= 6), 0) AS detractors
         FROM responses WHERE excluded_reason IS NULL AND score IS NOT NULL`,
      )
      .get() as NpsCounts;
  }

  /**
   * Counts per segment value and/or per period of the response date as the
   * export wrote it (its own time zone): "YYYY-MM" or ISO "YYYY-Www".
   */
  grouped(segment: Segment | undefined, period: Period | undefined): GroupCounts[] {
    const periodExpr = period === 'month' ? 'substr(r.responded_local, 1, 7)' : period === 'week' ? "strftime('%G-W%V', r.responded_local)" : undefined;
    const select = [segment ? "coalesce(sv.value, '') AS value" : undefined, periodExpr ? `${periodExpr} AS period` : undefined].filter(Boolean);
    const group = [segment ? 'value' : undefined, periodExpr ? 'period' : undefined].filter(Boolean);
    // segment.column is seg_<integer id> (segmentColumn): never text from a file.
    const join = segment ? `LEFT JOIN segment_values sv ON sv.id = r.${segmentColumn(segment.id)}` : '';
    const where = periodExpr ? 'AND r.responded_local IS NOT NULL' : '';
    const sql = `SELECT ${select.join(', ')}, count(*) AS n, sum(r.score >= 9) AS promoters, sum(r.score BETWEEN 7 AND 8) AS passives,
                        sum(r.score <= 6) AS detractors
                 FROM responses r ${join}
                 WHERE r.excluded_reason IS NULL AND r.score IS NOT NULL ${where}
                 GROUP BY ${group.join(', ')} ORDER BY ${group.join(', ')}`;
    return this.db.prepare(sql).all() as GroupCounts[];
  }
}
