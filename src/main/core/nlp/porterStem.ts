import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

const stems = new Map<string, string>();
const MAX_REMEMBERED = 200_000;

/** natural's Porter stem of a lemma, remembered (a corpus has far fewer distinct lemmas than words). */
export function porterStem(lemma: string): string {
  let s = stems.get(lemma);
  if (s === undefined) {
    s = porter.stem(lemma);
    if (stems.size < MAX_REMEMBERED) stems.set(lemma, s);
  }
  return s;
}
