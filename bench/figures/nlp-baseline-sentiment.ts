import Database from 'better-sqlite3';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { defineFigure } from '../lib/figure';
import { corpusProject, loadCore } from '../lib/loupeCore';

/**
 * Baseline for DESIGN.md §6 "NLP": wink-nlp's sentence-level sentiment alone (sentence
 * boundaries, negation and sentiment, nothing else), in one thread, over the verbatims of the
 * corpus project the NLP figure analyses.
 */
export default defineFigure<{ texts: string[] }>({
  title: 'single-thread wink-nlp sentence sentiment alone',
  designRow: 'nlp',
  role: 'baseline',
  unit: 'verbatims/s',
  better: 'higher',
  available: true,
  needsCorpus: true,
  warmups: 0,
  runs: 3,
  setup: async (ctx) => {
    const path = await corpusProject(loadCore(), ctx.workDir, ctx.size, ctx.corpus!.survey);
    const db = new Database(path, { readonly: true });
    const texts = db.prepare('SELECT text FROM verbatims ORDER BY id').pluck().all() as string[];
    db.close();
    return { texts };
  },
  measure: (_ctx, { texts }) => {
    const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment']);
    const its = nlp.its;
    const started = performance.now();
    let sum = 0;
    for (const text of texts) for (const s of nlp.readDoc(text).sentences().out(its.sentiment) as unknown as number[]) sum += s;
    const seconds = (performance.now() - started) / 1000;
    return { value: texts.length / seconds, extra: { verbatims: texts.length, seconds, 'mean sentence score': sum / texts.length } };
  },
});
