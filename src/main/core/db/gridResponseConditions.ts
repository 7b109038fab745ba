import type { GridFilter, NpsGroup } from '../../../shared/coding';
import type { ProjectDb } from './connection';
import { SegmentRepository } from './segmentRepository';

const GROUP_SQL: Record<NpsGroup, string> = {
  detractor: 'r.score <= 6',
  passive: 'r.score BETWEEN 7 AND 8',
  promoter: 'r.score >= 9',
};

/** The day a response was given, in the export's own time zone (YYYY-MM-DD). */
const RESPONSE_DAY = 'substr(coalesce(r.responded_local, r.responded_at), 1, 10)';

/** The grid filter's parts that a response decides: NPS group, score range, dates and segment values. */
export function responseFilter(filter: GridFilter): Pick<GridFilter, 'group' | 'scoreMin' | 'scoreMax' | 'dateFrom' | 'dateTo' | 'segments'> {
  const { group, scoreMin, scoreMax, dateFrom, dateTo, segments } = filter;
  return {
    ...(group ? { group } : {}),
    ...(scoreMin !== undefined ? { scoreMin } : {}),
    ...(scoreMax !== undefined ? { scoreMax } : {}),
    ...(dateFrom ? { dateFrom } : {}),
    ...(dateTo ? { dateTo } : {}),
    ...(segments && Object.keys(segments).length > 0 ? { segments } : {}),
  };
}

export const needsResponses = (filter: GridFilter) => Object.keys(responseFilter(filter)).length > 0;

/**
 * The SQL conditions on the responses table `r` for the filter's response parts, with their
 * values added to `params` (bound, never written into the SQL).
 */
export function responseConditions(db: ProjectDb, filter: GridFilter, params: Record<string, unknown>): string[] {
  const conditions: string[] = [];
  if (filter.group) conditions.push(`r.excluded_reason IS NULL AND ${GROUP_SQL[filter.group]}`);
  if (filter.scoreMin !== undefined) conditions.push('r.score >= @scoreMin');
  if (filter.scoreMax !== undefined) conditions.push('r.score <= @scoreMax');
  if (filter.scoreMin !== undefined) params.scoreMin = filter.scoreMin;
  if (filter.scoreMax !== undefined) params.scoreMax = filter.scoreMax;
  if (filter.dateFrom) conditions.push(`${RESPONSE_DAY} >= @dateFrom`);
  if (filter.dateTo) conditions.push(`${RESPONSE_DAY} <= @dateTo`);
  if (filter.dateFrom) params.dateFrom = filter.dateFrom;
  if (filter.dateTo) params.dateTo = filter.dateTo;
  const segments = new SegmentRepository(db);
  Object.entries(filter.segments ?? {}).forEach(([name, value], i) => {
    // The column name is built from the segment's integer id (segmentColumn), never from user text.
    const segment = segments.byName(name);
    const values = typeof value === 'string' ? [value] : [...value];
    if (!segment || values.length === 0) {
      conditions.push('0');
      return;
    }
    conditions.push(`r.${segment.column} IN (SELECT id FROM segment_values WHERE segment_id = @segment${i} AND value IN (SELECT value FROM json_each(@segmentValues${i})))`);
    params[`segment${i}`] = segment.id;
    params[`segmentValues${i}`] = JSON.stringify(values);
  });
  return conditions;
}
