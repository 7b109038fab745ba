import type { ProjectDb } from './connection';

export interface Segment {
  readonly id: number;
  readonly name: string;
  /** The responses column holding this segment's value ids: seg_<id>, made from the integer id only. */
  readonly column: string;
}

/** The column name of a segment: built from its integer id, never from the user's column name. */
export function segmentColumn(id: number): string {
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`Invalid segment id ${id}`);
  return `seg_${id}`;
}

/** Segments (low-cardinality columns such as region or plan) and the dictionary of their values. */
export class SegmentRepository {
  constructor(private readonly db: ProjectDb) {}

  list(): Segment[] {
    const rows = this.db.prepare('SELECT id, name FROM segments ORDER BY name').all() as { id: number; name: string }[];
    return rows.map((r) => ({ ...r, column: segmentColumn(r.id) }));
  }

  byName(name: string): Segment | undefined {
    const id = this.db.prepare('SELECT id FROM segments WHERE name = ?').pluck().get(name) as number | undefined;
    return id === undefined ? undefined : { id, name, column: segmentColumn(id) };
  }

  /** The named segments, creating the missing ones and their responses columns. */
  ensure(names: readonly string[]): Segment[] {
    const insert = this.db.prepare('INSERT INTO segments (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
    const existing = new Set((this.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('responses') as string[]));
    return names.map((name) => {
      insert.run(name);
      const segment = this.byName(name)!;
      if (!existing.has(segment.column)) this.db.exec(`ALTER TABLE responses ADD COLUMN ${segment.column} INTEGER`);
      return segment;
    });
  }

  /** A value → id lookup for one segment that adds values it has not seen. */
  valueIds(segmentId: number): (value: string) => number {
    const cache = new Map<string, number>();
    for (const row of this.db.prepare('SELECT id, value FROM segment_values WHERE segment_id = ?').all(segmentId) as { id: number; value: string }[]) {
      cache.set(row.value, row.id);
    }
    const insert = this.db.prepare('INSERT INTO segment_values (segment_id, value) VALUES (?, ?)');
    return (value) => {
      let id = cache.get(value);
      if (id === undefined) {
        id = Number(insert.run(segmentId, value).lastInsertRowid);
        cache.set(value, id);
      }
      return id;
    };
  }

  /** A response's segment values by segment name (for the response view and tests). */
  valuesOf(responseId: number): Record<string, string> {
    const out: Record<string, string> = {};
    for (const segment of this.list()) {
      const value = this.db
        .prepare(`SELECT v.value FROM responses r JOIN segment_values v ON v.id = r.${segment.column} WHERE r.id = ?`)
        .pluck()
        .get(responseId) as string | undefined;
      if (value !== undefined) out[segment.name] = value;
    }
    return out;
  }
}
