import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

/**
 * wink-nlp with its English light model: sentences, tokens, lemmas, stop words, part of speech,
 * negation scope and sentence sentiment (keyphrases are matched on its tags by keyphrases.ts). Made
 * once per thread, on first use (about 0.1 s), never at start-up.
 */
export function wink(): WinkMethods {
  if (!instance) {
    instance = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
  }
  return instance;
}
