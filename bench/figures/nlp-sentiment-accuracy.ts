import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { defineFigure } from '../lib/figure';
import { REPO_ROOT } from '../lib/paths';
import { loadCore } from '../lib/loupeCore';

const DOMAINS = ['amazon', 'imdb', 'yelp'] as const;

/**
 * Issue 4's sentiment quality: accuracy on the labelled sentences shipped in the npm `sentiment`
 * package's test fixtures (amazon, imdb, yelp; 1,000 each, class 1 = positive), per domain, for
 * Loupe's scoring and for wink-nlp's plain sentiment on the same sentences. A sentence counts as
 * positive when its score is above 0 (the same rule for both). Loupe's lexicon was not tuned on
 * these sentences. The figure is Loupe's accuracy over all three; the target: never below wink-nlp.
 */
export default defineFigure({
  title: 'sentiment accuracy on the sentiment package fixtures (amazon, imdb, yelp)',
  designRow: 'nlp',
  role: 'target',
  unit: 'accuracy',
  better: 'higher',
  target: { text: 'in every domain at least wink-nlp plain sentiment on the same sentences' },
  available: true,
  fixedSize: '100k',
  warmups: 0,
  runs: 1,
  measure: async () => {
    const core = loadCore();
    await core.loadLanguageDetector();
    const analyse = core.createTextAnalyzer();
    const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment']);
    const extra: Record<string, number> = {};
    let right = 0;
    let total = 0;
    for (const domain of DOMAINS) {
      const file = join(REPO_ROOT, 'node_modules', 'sentiment', 'test', 'fixtures', `${domain}.json`);
      const set = JSON.parse(readFileSync(file, 'utf8')) as { text: string; class: number }[];
      let ours = 0;
      let plain = 0;
      for (const s of set) {
        const wink = nlp.readDoc(s.text).out(nlp.its.sentiment) as unknown as number;
        // Text the language detector calls non-English is not scored by Loupe: wink-nlp's score stands in.
        const score = analyse(s.text).sentiment?.score ?? wink;
        if ((score > 0 ? 1 : 0) === s.class) ours += 1;
        if ((wink > 0 ? 1 : 0) === s.class) plain += 1;
      }
      extra[`${domain} Loupe`] = ours / set.length;
      extra[`${domain} wink-nlp`] = plain / set.length;
      right += ours;
      total += set.length;
    }
    return { value: right / total, extra };
  },
});
