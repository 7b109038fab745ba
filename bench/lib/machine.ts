import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem, type as osType, release, arch } from 'node:os';
import Database from 'better-sqlite3';
import { sqliteCliVersion } from './sqlite-cli';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly totalMemoryGB: number;
  readonly os: string;
  readonly arch: string;
  readonly node: string;
  readonly betterSqlite3: string | undefined;
  readonly sqlite: string;
  readonly sqliteCli: string | undefined;
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty?.[1]) return `${pretty[1]} (${osType()} ${release()})`;
  } catch {
    // not Linux, or no os-release: fall back to the kernel name
  }
  return `${osType()} ${release()}`;
}

function betterSqliteVersion(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('better-sqlite3/package.json'), 'utf8')) as { version?: string };
    return pkg.version;
  } catch {
    return undefined;
  }
}

export function machineInfo(): MachineInfo {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    totalMemoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    arch: arch(),
    node: process.version,
    betterSqlite3: betterSqliteVersion(),
    sqlite,
    sqliteCli: sqliteCliVersion(),
  };
}
