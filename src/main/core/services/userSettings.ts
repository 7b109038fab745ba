import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { writeFileAtomically } from './files';

interface Stored {
  readonly coder?: string;
}

/** Per-user settings that belong to the core (the coder's name), kept in `<dataDir>/settings.json`, written atomically. */
export class UserSettings {
  private readonly file: string;

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  /** The coder name set once in the settings, if any. */
  coder(): string | undefined {
    return this.read().coder;
  }

  setCoder(name: string): string {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 100) throw new AppError('BAD_INPUT', 'A coder name has 1 to 100 characters.');
    this.write({ ...this.read(), coder: trimmed });
    return trimmed;
  }

  private read(): Stored {
    try {
      const value: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return typeof value === 'object' && value !== null && typeof (value as Stored).coder === 'string' ? { coder: (value as Stored).coder! } : {};
    } catch {
      return {};
    }
  }

  private write(value: Stored): void {
    mkdirSync(this.dataDir, { recursive: true });
    writeFileAtomically(this.file, `${JSON.stringify(value, null, 2)}\n`);
  }
}
