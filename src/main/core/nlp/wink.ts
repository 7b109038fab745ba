import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { KEYPHRASE_PATTERNS } from './keyphrases';

let instance: WinkMethods | undefined;

/**
 * wink-nlp with its English light model: sentences, tokens, lemmas, stop words, part of speech,
 * negation scope, sentence sentiment, and Loupe's keyphrase patterns as custom entities. Made
 * once per thread, on first use (about 0.1 s), never at start-up.
 */
export function wink(): WinkMethods {
  if (!instance) {
    instance = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos', 'cer']);
    instance.learnCustomEntities(KEYPHRASE_PATTERNS, { matchValue: false, usePOS: true, useEntity: false });
  }
  return instance;
}
