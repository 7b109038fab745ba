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

/** The longest and shortest words of ENGLISH_ONLY: other words are not looked up. */
const LONGEST = Math.max(...[...ENGLISH_ONLY].map((w) => w.length));
const SHORTEST = Math.min(...[...ENGLISH_ONLY].map((w) => w.length));

/** Plain ASCII text with two different English-only words (words: runs of letters and apostrophes, in lower case). */
function plainlyEnglish(text: string): boolean {
  if (!ASCII.test(text)) return false;
  let hits = 0;
  let first = '';
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const lower = code | 0x20;
    // A letter a-z of either case, or an apostrophe, continues a word.
    if ((lower >= 0x61 && lower <= 0x7a) || code === 0x27) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const length = i - start;
    if (length >= SHORTEST && length <= LONGEST) {
      const word = text.slice(start, i).toLowerCase();
      if (ENGLISH_ONLY.has(word) && word !== first) {
        if (hits === 1) return true;
        hits = 1;
        first = word;
      }
    }
    start = -1;
  }
  return false;
}

/** Plain ASCII text with an English function word (ENGLISH_HINTS). */
function hintsEnglish(text: string): boolean {
  return ASCII.test(text) && text.toLowerCase().split(/[^a-z']+/).some((w) => ENGLISH_HINTS.has(w));
}

const LETTER = /\p{L}/u;

/**
 * The language of a verbatim: English at once when plain ASCII text holds two English-only
 * words; otherwise eld's answer where it is reliable; a short ASCII answer with an English
 * function word counts as English; 'und' when there are no letters.
 * Call loadLanguageDetector first.
 */
export function detectLanguage(text: string): string {
  if (!LETTER.test(text)) return 'und';
  if (plainlyEnglish(text)) return 'en';
  if (!detector) throw new Error('loadLanguageDetector() must be awaited before detectLanguage()');
  const result = detector.detect(text);
  const language = result.language;
  // Whether eld's answer is reliable only matters when it is another language and the text hints at English.
  if (language === 'en') return 'en';
  if (language && !hintsEnglish(text)) return language;
  if (language && result.isReliable()) return language;
  return hintsEnglish(text) ? 'en' : language || 'und';
}
