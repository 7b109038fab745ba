import type { ProjectDb } from './connection';
import { prepared } from './statementCache';

/** What a connection remembers until the project changes: named maps and named values. */
export interface ChangeMemo {
  /** The named map (empty after a change). */
  map<K, V>(name: string): Map<K, V>;
  /** The named value, read by `read` the first time it is asked for after a change. */
  value<T>(name: string, read: () => T): T;
}

interface Memory {
  readonly dataVersion: number;
  readonly changes: number;
  readonly maps: Map<string, Map<unknown, unknown>>;
  readonly values: Map<string, unknown>;
}
const memories = new WeakMap<ProjectDb, Memory>();

/**
 * The connection's memo, emptied whenever anything in the project may have changed since it was
 * last asked for: a write on this connection (`total_changes()`) or a commit by another one
 * (`PRAGMA data_version`), read in one statement. For answers that cost a scan or a query (counts,
 * the terms of a prefix, the segments, the theme chips) and are asked for again and again while
 * nothing changes (every block of the grid). Ask once per request and keep the memo for it.
 */
export function untilChanged(db: ProjectDb): ChangeMemo {
  const [dataVersion, changes] = prepared(db, 'SELECT data_version, total_changes() FROM pragma_data_version').raw().get() as [number, number];
  let memory = memories.get(db);
  if (!memory || memory.dataVersion !== dataVersion || memory.changes !== changes) {
    memories.set(db, (memory = { dataVersion, changes, maps: new Map(), values: new Map() }));
  }
  const { maps, values } = memory;
  return {
    map<K, V>(name: string): Map<K, V> {
      let map = maps.get(name);
      if (!map) maps.set(name, (map = new Map()));
      return map as Map<K, V>;
    },
    value<T>(name: string, read: () => T): T {
      if (!values.has(name)) values.set(name, read());
      return values.get(name) as T;
    },
  };
}
