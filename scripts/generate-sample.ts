/**
 * Writes the sample project's source files into resources/sample/, the same
 * bytes every time: `npm run sample` (npx tsx scripts/generate-sample.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSample } from './corpus/sample';

async function main(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = join(root, 'resources', 'sample');
  mkdirSync(dir, { recursive: true });
  const { survey: s, tickets: t } = await writeSample(dir);
  console.log(
    `resources/sample: ${s.rows} responses (${s.bytes} bytes), ${t.rows} tickets (${t.bytes} bytes), ` +
      `${t.historyRows} status changes (${t.historyBytes} bytes)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
