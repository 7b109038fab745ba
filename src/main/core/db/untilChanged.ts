import type { ProjectDb } from './connection';
import { prepared } from './statementCache';

interface Memory {
  dataVersion: number;
  changes: number;
  readonly maps: Map<string, Map<unknown, unknown>>;
}
const memories = new WeakMap<ProjectDb, Memory>();

/**
 * A connection's memo named `name`, emptied whenever anything in the project may have changed
 * since it was last asked for: a write on this connection (`total_changes()`) or a commit by
 * another one (`PRAGMA data_version`). For answers that cost a scan (counts, the terms of a
 * prefix) and are asked for again and again while nothing changes (every block of the grid).
 */
export function untilChanged<K, V>(db: ProjectDb, name: string): Map<K, V> {
  const [dataVersion, changes] = prepared(db, 'SELECT data_version, total_changes() FROM pragma_data_version').raw().get() as [number, number];
  let memory = memories.get(db);
  if (!memory || memory.dataVersion !== dataVersion || memory.changes !== changes) {
    memories.set(db, (memory = { dataVersion, changes, maps: new Map() }));
  }
  let map = memory.maps.get(name);
  if (!map) memory.maps.set(name, (map = new Map()));
  return map as Map<K, V>;
}
