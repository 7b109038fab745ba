import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCodebookQdc, writeCodebookQdc } from '../../../../src/main/core/coding/codebookQdc';
import { CodebookRepository } from '../../../../src/main/core/db/codebookRepository';
import { createProjectDatabase } from '../../../../src/main/core/db/connection';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const fixture = join(__dirname, '..', '..', '..', 'fixtures', 'codebooks', 'qualcoder-style.qdc');

async function importInto(entries: ReturnType<typeof readCodebookQdc>) {
  const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
  const book = new CodebookRepository(db);
  book.importPaths('ann', entries, 'Import');
  const themes = book.list();
  db.close();
  return themes;
}

describe('REFI-QDA codebooks (.qdc)', () => {
  it('reads nested codes with guid, name, colour and description into the same tree', async () => {
    const themes = await importInto(readCodebookQdc(fixture));
    expect(themes.map((t) => [t.path, t.guid, t.color, t.description])).toEqual([
      ['Billing', '0b1b8b2e-6f0e-4c55-9a53-1d1f2a3b4c5d', '#d62728', 'Anything about charges & invoices'],
      ['Billing > Double charge', '6a7d0f52-3b6e-4b8e-8d2c-5e6f7a8b9c0d', '#ff7f0e', ''],
      ['Billing > Refund delay', '8c9d0e1f-2a3b-4c5d-8e9f-0a1b2c3d4e5f', expect.stringMatching(/^#[0-9a-f]{6}$/), 'Waiting for money back <more than a week>'],
      ['Support', '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9', '#1f77b4', ''],
      // ">" separates a parent from its child in Loupe: a code named with one keeps a look-alike.
      ['Support > Wait › 1 hour', '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', '#17becf', ''],
      ['Support > Friendly agent', '3b4c5d6e-7f8a-4b9c-8d1e-2f3a4b5c6d7e', '#2ca02c', ''],
    ]);
  });

  it('writes the codebook back so that it reads in again unchanged (guids, tree, colours, descriptions)', async () => {
    const original = await importInto(readCodebookQdc(fixture));
    const out = join(tempDir(), 'export.qdc');
    const xml = writeCodebookQdc(original);
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Loupe">');
    expect(xml).toContain('Anything about charges &amp; invoices');
    writeFileSync(out, xml);
    const again = await importInto(readCodebookQdc(out));
    const shape = (themes: typeof original) => themes.map((t) => [t.path, t.guid, t.color, t.description]);
    expect(shape(again)).toEqual(shape(original));
  });

  it('says what is wrong with a file that is not a codebook', () => {
    const dir = tempDir();
    const broken = join(dir, 'broken.qdc');
    writeFileSync(broken, '<CodeBook><Codes><Code name="A">\n</Codes></CodeBook>');
    expect(() => readCodebookQdc(broken)).toThrow(/not well-formed XML at line 2/);
    const other = join(dir, 'project.qdc');
    writeFileSync(other, '<Project name="x"/>');
    expect(() => readCodebookQdc(other)).toThrow(/has no CodeBook element/);
    const nameless = join(dir, 'nameless.qdc');
    writeFileSync(nameless, '<CodeBook><Codes><Code guid="g1"/></Codes></CodeBook>');
    expect(() => readCodebookQdc(nameless)).toThrow(/a Code without a name \(guid g1\)/);
  });
});
