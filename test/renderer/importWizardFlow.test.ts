import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/shared/imports';
import { useImportWizardStore } from '../../src/renderer/src/contrib/import/importWizardStore';
import { withRole } from '../../src/renderer/src/contrib/import/mappingDraft';
import { importOptions, inspectOptions, nextAction, previousStep } from '../../src/renderer/src/contrib/import/wizardFlow';

const store = () => useImportWizardStore.getState();
const PREVIEW = {
  path: '/data/q.csv',
  fileName: 'q.csv',
  container: 'csv',
  format: 'qualtrics',
  formatName: 'Qualtrics',
  headerRows: 3,
  aboveHeader: [],
  columns: [],
  mapping: { score: 'Q1', verbatims: ['Q2', 'Q3'], segments: ['plan'], date: 'RecordedDate' },
  mappingSource: 'suggested',
  dateAmbiguous: false,
  rows: [],
  warnings: [],
} as const satisfies ImportPreview;

describe('the import wizard’s steps', () => {
  beforeEach(() => {
    store().patch({ folder: undefined });
    store().reset();
  });

  it('goes from a selected file to reading it, and back', () => {
    expect(nextAction(store(), undefined)).toEqual({ kind: 'blocked', reason: 'Choose a file to import.' });
    store().patch({ candidate: '/data/q.csv' });
    expect(nextAction(store(), undefined)).toEqual({ kind: 'choose', path: '/data/q.csv' });
    store().choose('/data/q.csv');
    expect(store()).toMatchObject({ step: 'detect', path: '/data/q.csv', fileName: 'q.csv' });
    expect(nextAction(store(), undefined)).toMatchObject({ kind: 'blocked', reason: 'Loupe has not read the file yet.' });
    expect(nextAction(store(), undefined, true)).toMatchObject({ kind: 'blocked', reason: expect.stringContaining('cannot read the file') });
    expect(nextAction(store(), PREVIEW)).toEqual({ kind: 'step', to: 'mapping' });
    expect(previousStep('mapping')).toBe('detect');
    expect(previousStep('detect')).toBe('file');
    expect(previousStep('import')).toBeUndefined();
  });

  it('inspects with the overrides, the roles once edited, the dates and a valid zone only', () => {
    store().choose('/data/q.csv');
    store().setRead({ encoding: 'windows-1252', delimiter: ';' });
    expect(inspectOptions(store())).toEqual({ path: '/data/q.csv', encoding: 'windows-1252', delimiter: ';' });
    store().patch({ mapping: withRole({ ...PREVIEW.mapping }, 'Q3', 'ignore', ['Q1', 'Q2', 'Q3', 'plan']), dateLayout: 'day-first', timeZone: 'Europe/Berl' });
    expect(inspectOptions(store())).toEqual({
      path: '/data/q.csv',
      encoding: 'windows-1252',
      delimiter: ';',
      mapping: { score: 'Q1', verbatims: ['Q2'], segments: ['plan'], date: 'RecordedDate' },
      dateLayout: 'day-first',
    });
    store().patch({ timeZone: 'Europe/Berlin', skipBadRows: true });
    expect(inspectOptions(store())).toMatchObject({ timeZone: 'Europe/Berlin', skipBadRows: true });
    // Reading the file another way may change its columns: the roles start again.
    store().setRead({});
    expect(store().mapping).toBeUndefined();
  });

  it('imports exactly what the preview showed, with a template name when asked', () => {
    store().choose('/data/q.csv');
    store().patch({ step: 'mapping' });
    expect(nextAction(store(), undefined)).toMatchObject({ kind: 'blocked' });
    expect(nextAction(store(), PREVIEW)).toEqual({ kind: 'import', options: { path: '/data/q.csv', mapping: PREVIEW.mapping } });
    store().patch({ saveTemplate: true });
    expect(nextAction(store(), PREVIEW)).toEqual({ kind: 'blocked', reason: 'Name the template, or untick “Save this mapping as a template”.' });
    store().patch({ templateName: '  Relationship NPS ' });
    expect(importOptions(store(), PREVIEW)).toEqual({ path: '/data/q.csv', mapping: PREVIEW.mapping, saveTemplateAs: 'Relationship NPS' });
    store().patch({ timeZone: 'Nowhere/Land' });
    expect(nextAction(store(), PREVIEW)).toMatchObject({ kind: 'blocked', reason: expect.stringContaining('is not a time zone') });
    store().patch({ timeZone: undefined, mapping: withRole({ ...PREVIEW.mapping }, 'Q1', 'ignore', ['Q1']) });
    expect(nextAction(store(), PREVIEW)).toEqual({ kind: 'blocked', reason: 'Choose the column that holds the 0–10 score.' });
  });

  it('follows the job: running, then the summary or back to the columns saying why', () => {
    store().choose('/data/q.csv');
    store().started('job-1');
    expect(store()).toMatchObject({ step: 'import', jobId: 'job-1' });
    expect(nextAction(store(), PREVIEW)).toEqual({ kind: 'blocked', reason: 'The import is running.' });
    store().stopped({ code: 'JOB_CANCELLED', message: 'The import was cancelled; nothing was imported.', expected: true });
    expect(store()).toMatchObject({ step: 'mapping', jobId: undefined, failure: { code: 'JOB_CANCELLED' } });
    store().started('job-2');
    store().succeeded(7);
    expect(store()).toMatchObject({ step: 'summary', importId: 7 });
    store().patch({ folder: '/data' });
    store().reset();
    expect(store()).toMatchObject({ step: 'file', folder: '/data', path: undefined, importId: undefined });
  });
});
