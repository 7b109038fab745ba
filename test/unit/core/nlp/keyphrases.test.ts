import { describe, expect, it } from 'vitest';
import { matchKeyphrases, normaliseKeyphrase } from '../../../../src/main/core/nlp/keyphrases';

describe('keyphrases', () => {
  it('matches the longest part-of-speech pattern at each place, left to right, without overlaps', () => {
    // The mobile app keeps crashing and I got charged twice .
    const tags = ['DET', 'ADJ', 'NOUN', 'VERB', 'VERB', 'CCONJ', 'PRON', 'VERB', 'VERB', 'ADV', 'PUNCT'];
    expect(matchKeyphrases(tags)).toEqual([
      [1, 2],
      [3, 4],
      [7, 9],
    ]);
    // customer service team ; cancel my subscription (a determiner breaks the verb phrase) ; waited on hold
    expect(matchKeyphrases(['NOUN', 'NOUN', 'NOUN'])).toEqual([[0, 2]]);
    expect(matchKeyphrases(['VERB', 'PRON', 'NOUN'])).toEqual([[2, 2]]);
    expect(matchKeyphrases(['VERB', 'ADP', 'NOUN'])).toEqual([[0, 2]]);
    expect(matchKeyphrases(['DET', 'ADJ', 'PUNCT'])).toEqual([]);
  });

  it('keys phrases by stems, drops stop words, light verbs and too-general words at the edges', () => {
    expect(normaliseKeyphrase(['get', 'charge', 'twice'], [false, false, false])).toEqual({ key: 'charg twice', label: 'charge twice' });
    expect(normaliseKeyphrase(['billing'], [false])).toEqual({ key: 'bill', label: 'billing' });
    expect(normaliseKeyphrase(['the', 'time'], [true, false])).toBeUndefined();
    expect(normaliseKeyphrase(['problem'], [false])).toBeUndefined();
    expect(normaliseKeyphrase(['wait', 'time'], [false, false])).toEqual({ key: 'wait time', label: 'wait time' });
  });
});
