import type { Customer } from './customers';
import type { Rng } from './prng';

/** The imperfections of real comments: typos, casing, emoji, stray whitespace, personal data. */

const EMOJI_NEGATIVE = ['😡', '😤', '🙄', '😞', '👎', '🤬', '😠'];
const EMOJI_POSITIVE = ['🙂', '😊', '👍', '❤️', '🙌', '⭐⭐⭐⭐⭐', '😍', '💯'];
const EMOJI_NEUTRAL = ['🤷', '😐', '🙂', '🤔'];

function typoInWord(rng: Rng, word: string): string {
  const i = rng.range(1, word.length - 2);
  switch (rng.int(3)) {
    case 0:
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
  }
}

/** One or two letter slips in words of five letters or more (never inside an address). */
export function addTypos(rng: Rng, text: string): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => (/^[A-Za-z]{5,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  const count = Math.min(candidates.length, rng.chance(0.3) ? 2 : 1);
  for (let k = 0; k < count; k++) {
    const at = rng.pick(candidates);
    words[at] = typoInWord(rng, words[at] ?? '');
  }
  return words.join(' ');
}

export function emojiFor(rng: Rng, score: number): string {
  return rng.pick(score <= 6 ? EMOJI_NEGATIVE : score >= 9 ? EMOJI_POSITIVE : EMOJI_NEUTRAL);
}

/** Fictional numbers only: NANP 555-01xx and the UK's ranges reserved for drama. */
function phoneNumber(rng: Rng): string {
  const n = String(rng.range(0, 99)).padStart(2, '0');
  const k = String(rng.range(0, 999)).padStart(3, '0');
  return rng.pick([
    `555-01${n}`, `(312) 555-01${n}`, `+1 415 555 01${n}`, `020 7946 0${k}`, `+44 7700 900${k}`, `07700 900${k}`,
  ]);
}

export function personalDetail(rng: Rng, customer: Customer): string {
  const email = rng.chance(0.7) ? customer.email : `${customer.firstName.toLowerCase()}@example.org`;
  const phone = phoneNumber(rng);
  return rng.pick([
    `Please call me on ${phone}`,
    `You can reach me at ${email}`,
    `my email is ${email}`,
    `Call me back: ${phone}`,
    `This is ${customer.firstName} ${customer.lastName}, ${phone}`,
    `contact ${email} or ${phone}`,
    `Ref: ${customer.firstName} ${customer.lastName} (${email})`,
  ]);
}

export interface NoiseOptions {
  readonly score: number;
  readonly english: boolean;
  readonly customer: Customer;
}

export function addNoise(rng: Rng, text: string, opts: NoiseOptions): string {
  let out = text;
  if (rng.chance(0.012)) out = `${out}${/[.!?]$/.test(out) ? ' ' : '. '}${personalDetail(rng, opts.customer)}`;
  if (rng.chance(opts.english ? 0.08 : 0.03)) out = addTypos(rng, out);
  if (opts.english && rng.chance(0.1)) out = out.replace(/\b(\w+)'(t|ve|m|re|ll)\b/g, '$1$2');
  if (rng.chance(0.05)) out = out.replace(/'/g, '\u2019');
  const casing = rng.float();
  if (casing < 0.1) out = out.toLowerCase();
  else if (casing < 0.125 && opts.score <= 4 && out.length < 120) out = out.toUpperCase();
  if (rng.chance(0.04)) out = `${out} ${emojiFor(rng, opts.score)}`;
  const pad = rng.float();
  if (pad < 0.01) out = ` ${out}`;
  else if (pad < 0.02) out = `${out} `;
  else if (pad < 0.025) out = `${out}\n`;
  return out;
}
