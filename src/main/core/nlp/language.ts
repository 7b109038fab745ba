type Detector = { detect(text: string): { language: string; isReliable(): boolean } };

let detector: Detector | undefined;

/** Loads the language detector (eld, an ES module: about half a second, once per thread). */
export async function loadLanguageDetector(): Promise<void> {
  if (detector) return;
  const { eld } = (await import('eld/small')) as { eld: Detector };
  detector = eld;
}

/** English function words: short answers ("Love it", "ok", "great app") are too short for n-grams. */
const ENGLISH_HINTS = new Set([
  'the', 'and', 'is', 'it', 'to', 'of', 'for', 'my', 'was', 'not', 'very', 'too', 'but', 'with', 'they', 'you', 'are', 'have', 'great', 'good', 'love',
  'bad', 'slow', 'easy', 'app', 'service', 'support', 'price', 'ok', 'okay', 'thanks', 'nothing', 'no', 'yes', 'fast', 'best', 'worst', 'poor', 'nice',
]);

/**
 * English words that the other languages of European survey answers do not use (so not "is",
 * "in", "me", "so", "but", "die", "de"): two of them in plain ASCII text make it English without
 * asking eld, which is most of an English corpus at a fraction of the cost.
 */
const ENGLISH_ONLY = new Set([
  'the', 'and', 'to', 'was', 'for', 'my', 'you', 'with', 'they', 'have', 'this', 'that', 'of', 'it', 'not', 'very', 'are', 'your', 'been', 'would',
  'could', 'get', 'got', 'when', 'what', 'their', 'there', 'were', 'had', 'has', 'just', 'always', 'never', 'after', 'about', 'because', 'really',
]);

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
const WORDS = /[a-z']+/g;

function plainlyEnglish(text: string): boolean {
  if (!ASCII.test(text)) return false;
  let hits = 0;
  let first = '';
  for (const word of text.toLowerCase().match(WORDS) ?? []) {
    if (ENGLISH_ONLY.has(word) && word !== first) {
      if (hits === 1) return true;
      hits = 1;
      first = word;
    }
  }
  return false;
}

/**
 * The language of a verbatim: English at once when plain ASCII text holds two English-only
 * words; otherwise eld's answer where it is reliable; a short ASCII answer with an English
 * function word counts as English; 'und' when there are no letters.
 * Call loadLanguageDetector first.
 */
export function detectLanguage(text: string): string {
  if (!/\p{L}/u.test(text)) return 'und';
  if (plainlyEnglish(text)) return 'en';
  if (!detector) throw new Error('loadLanguageDetector() must be awaited before detectLanguage()');
  const result = detector.detect(text);
  if (result.language && result.isReliable()) return result.language;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text) && text.toLowerCase().split(/[^a-z']+/).some((w) => ENGLISH_HINTS.has(w))) return 'en';
  return result.language || 'und';
}
