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
 * The language of a verbatim: eld's answer where it is reliable; a short answer made only of
 * ASCII letters with an English function word counts as English; 'und' when there are no letters.
 * Call loadLanguageDetector first.
 */
export function detectLanguage(text: string): string {
  if (!/\p{L}/u.test(text)) return 'und';
  if (!detector) throw new Error('loadLanguageDetector() must be awaited before detectLanguage()');
  const result = detector.detect(text);
  if (result.language && result.isReliable()) return result.language;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text) && text.toLowerCase().split(/[^a-z']+/).some((w) => ENGLISH_HINTS.has(w))) return 'en';
  return result.language || 'und';
}
