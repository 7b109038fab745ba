/**
 * Personal-data detection in verbatims: e-mail addresses, phone numbers, payment cards (Luhn-checked),
 * IBANs (mod-97-checked) and IP addresses. Pure and allocation-light: it runs once per comment on corpora of a
 * million rows, so every regular expression is compiled here once and a cheap character scan skips the detectors
 * a comment cannot trigger.
 */

/** The kinds of personal data findPii reports. */
import type { PiiKind, PiiSpan } from '../../../shared/nlp';

export type { PiiKind, PiiSpan };

/** Lower wins when two candidates overlap. */
const PRIORITY: Readonly<Record<PiiKind, number>> = { email: 0, iban: 1, card: 2, ip: 3, phone: 4 };

// ---------------------------------------------------------------------------------------------------------------
// Regular expressions (all global: reset lastIndex before each scan).

/** local@domain.tld; never starts inside a word, never swallows trailing punctuation. */
const EMAIL_RE = /(?<![\w.%+-])[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![\w-]|\.[a-z0-9])/gi;

/** Country letters, 2 check digits, then 4-character blocks (spaces optional) and a short last block. */
const IBAN_RE = /(?<![a-z0-9])[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?(?![a-z0-9])/gi;

/** 13–19 bare digits, or a first block of 4 then blocks of 3–6 joined by one consistent space or hyphen. */
const CARD_RE = /(?<![\w+]|\d[.,-])(?:\d{13,19}|\d{4}([ -])\d{4,6}(?:\1\d{3,6}){1,3})(?![\w]|[.,-]\d)/g;

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Dotted quad of 0–255 octets, not part of a longer dotted run (version strings) nor glued to a word. */
const IPV4_RE = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?![\\w]|\\.\\d)`, 'g');
const IPV4_EXACT_RE = new RegExp(`^(?:${OCTET}\\.){3}${OCTET}$`);

/** Colon-separated hex groups (2–7 colons), optionally ending in a dotted quad; validated by isIpv6. */
const IPV6_RE = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]|\.\d)/gi;
const HEX_GROUP_RE = /^[0-9a-f]{1,4}$/i;

/**
 * International numbers: "+", country code, then digit units or parenthesised units ("(555)", "(0)") joined by a
 * single space, dot or hyphen (or nothing next to a parenthesis).
 */
const PHONE_INTL_RE = /(?<![\w+])\+[1-9]\d*(?:(?:[ .-]|(?<=\))|(?=\())(?:\d+|\(\d{1,5}\)))*(?![\w(/]|[.,:-]\d)/g;

/**
 * National numbers: North American 3-3-4 ("555-123-4567", "(555) 123-4567", optional leading "1"), or trunk-0
 * numbers ("020 7946 0958", "(020) 7946 0958", "07700 900123", "07700900123") with one consistent separator.
 */
const PHONE_NATIONAL_RE = new RegExp(
  '(?<![\\w+$€£¥.,/:-]|\\d )(?:' +
    '(?:1[ .-]?)?(?:\\(\\d{3}\\) ?\\d{3}[ .-]?\\d{4}|\\d{3}([ .-])\\d{3}\\1\\d{4})' +
    '|\\(0\\d{1,5}\\) ?\\d{2,8}(?:([ .-])\\d{2,6}(?:\\2\\d{2,6}){0,3})?' +
    '|0\\d{1,5}([ .-])\\d{2,8}(?:\\3\\d{2,6}){0,4}' +
    '|0\\d{8,14}' +
    ')(?![\\w/]|[.,:-]\\d)',
  'g',
);

/** A single digit run, or some non-zero digit after the first digit group ("+10 000 000" has none). */
const NONZERO_AFTER_FIRST_GROUP_RE = /^\+\d+$|\d\D.*[1-9]/s;

/** Digit groups inside a phone candidate, for the date guard. */
const DIGIT_GROUP_RE = /\d+/g;

// ---------------------------------------------------------------------------------------------------------------
// Check-digit algorithms.

/** Luhn (mod 10) over a string of ASCII digits. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** IBAN lengths per ISO 13616 registry country; countries not listed only get the generic 15–34 bound. */
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
  GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18,
  NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24,
  SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** ISO 13616 / ISO 7064 mod 97-10 over a compact upper-case IBAN, computed piecewise (no BigInt). */
function ibanValid(compact: string): boolean {
  const n = compact.length;
  if (n < 15 || n > 34) return false;
  const expected = IBAN_LENGTH[compact.slice(0, 2)];
  if (expected !== undefined && expected !== n) return false;
  let rem = 0;
  for (let k = 0; k < n; k += 1) {
    const c = compact.charCodeAt((k + 4) % n); // BBAN first, then country code and check digits
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/** Full or compressed IPv6 (optionally with an IPv4 tail), at least two hex groups and one decimal digit. */
function isIpv6(s: string): boolean {
  let body = s;
  const lastColon = s.lastIndexOf(':');
  if (s.indexOf('.', lastColon) >= 0) {
    if (!IPV4_EXACT_RE.test(s.slice(lastColon + 1))) return false;
    body = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const dbl = body.indexOf('::');
  if (dbl !== body.lastIndexOf('::')) return false;
  let groups: string[];
  if (dbl < 0) {
    groups = body.split(':');
    if (groups.length !== 8) return false;
  } else {
    const left = body.slice(0, dbl);
    const right = body.slice(dbl + 2);
    groups = [...(left === '' ? [] : left.split(':')), ...(right === '' ? [] : right.split(':'))];
    if (groups.length > 7) return false;
  }
  for (const g of groups) if (!HEX_GROUP_RE.test(g)) return false;
  return groups.length >= 2 && /\d/.test(s);
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n += 1;
  }
  return n;
}

function isYear(g: string): boolean {
  return g.length === 4 && (g.startsWith('19') || g.startsWith('20'));
}

/** True when the digit groups open like a date: d/m/yyyy or yyyy/m/d with any separator. */
function looksLikeDate(candidate: string): boolean {
  const groups = candidate.match(DIGIT_GROUP_RE);
  if (groups === null || groups.length < 3) return false;
  const [a, b, c] = [groups[0]!, groups[1]!, groups[2]!];
  if (a.length <= 2 && b.length <= 2 && isYear(c)) return true;
  return isYear(a) && b.length <= 2 && c.length <= 2;
}

// ---------------------------------------------------------------------------------------------------------------
// Detectors: each pushes candidate spans; findPii resolves overlaps.

interface Candidate extends PiiSpan {
  readonly priority: number;
}

function push(out: Candidate[], kind: PiiKind, start: number, end: number): void {
  out.push({ kind, start, end, priority: PRIORITY[kind] });
}

function findEmails(text: string, out: Candidate[]): void {
  EMAIL_RE.lastIndex = 0;
  for (let m = EMAIL_RE.exec(text); m !== null; m = EMAIL_RE.exec(text)) push(out, 'email', m.index, m.index + m[0].length);
}

function findIbans(text: string, out: Candidate[]): void {
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(text); m !== null; m = IBAN_RE.exec(text)) {
    const raw = m[0];
    // The last blocks may be ordinary words ("… 0130 00 was"): try every block boundary, longest first.
    let end = raw.length;
    while (end >= 15) {
      if (ibanValid(raw.slice(0, end).replaceAll(' ', '').toUpperCase())) {
        push(out, 'iban', m.index, m.index + end);
        break;
      }
      const space = raw.lastIndexOf(' ', end - 1);
      if (space < 0) break;
      end = space;
    }
  }
}

function findCards(text: string, out: Candidate[]): void {
  CARD_RE.lastIndex = 0;
  for (let m = CARD_RE.exec(text); m !== null; m = CARD_RE.exec(text)) {
    const raw = m[0];
    // Blocks with their offsets; a bare run is a single block.
    const starts: number[] = [];
    const ends: number[] = [];
    let blockStart = 0;
    for (let i = 0; i <= raw.length; i += 1) {
      const c = i < raw.length ? raw.charCodeAt(i) : 32;
      if (c === 32 || c === 45) {
        starts.push(blockStart);
        ends.push(i);
        blockStart = i + 1;
      }
    }
    // Earliest start, then the longest run of whole blocks with 13–19 digits that passes Luhn.
    let i = 0;
    while (i < starts.length) {
      let found = -1;
      for (let j = starts.length - 1; j >= i && found < 0; j -= 1) {
        const digits = raw.slice(starts[i]!, ends[j]!).replace(/[ -]/g, '');
        if (digits.length >= 13 && digits.length <= 19 && digits.charCodeAt(0) !== 48 && luhnValid(digits)) found = j;
      }
      if (found >= 0) {
        push(out, 'card', m.index + starts[i]!, m.index + ends[found]!);
        i = found + 1;
      } else {
        i += 1;
      }
    }
  }
}

function findIps(text: string, out: Candidate[], v4: boolean, v6: boolean): void {
  if (v4) {
    IPV4_RE.lastIndex = 0;
    for (let m = IPV4_RE.exec(text); m !== null; m = IPV4_RE.exec(text)) push(out, 'ip', m.index, m.index + m[0].length);
  }
  if (v6) {
    IPV6_RE.lastIndex = 0;
    for (let m = IPV6_RE.exec(text); m !== null; m = IPV6_RE.exec(text)) {
      if (isIpv6(m[0])) push(out, 'ip', m.index, m.index + m[0].length);
    }
  }
}

function findPhones(text: string, out: Candidate[]): void {
  PHONE_INTL_RE.lastIndex = 0;
  for (let m = PHONE_INTL_RE.exec(text); m !== null; m = PHONE_INTL_RE.exec(text)) {
    const raw = m[0];
    const digits = countDigits(raw.replace('(0)', ''));
    // "+10 000 000 users" is a count, not a number: the subscriber part must not be all zeros.
    if (digits >= 8 && digits <= 15 && NONZERO_AFTER_FIRST_GROUP_RE.test(raw)) push(out, 'phone', m.index, m.index + raw.length);
  }
  PHONE_NATIONAL_RE.lastIndex = 0;
  for (let m = PHONE_NATIONAL_RE.exec(text); m !== null; m = PHONE_NATIONAL_RE.exec(text)) {
    const raw = m[0];
    const digits = countDigits(raw);
    if (digits >= 9 && digits <= 15 && !looksLikeDate(raw)) push(out, 'phone', m.index, m.index + raw.length);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Public API.

/** Every personal-data span in a verbatim, in text order, non-overlapping (the earlier/longer one wins). */
export function findPii(text: string): PiiSpan[] {
  // Cheap pre-scan: which detectors can possibly fire?
  let digits = 0;
  let at = false;
  let colons = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
    else if (c === 64) at = true;
    else if (c === 58) colons += 1;
    else if (c === 46) dots += 1;
  }
  const manyDigits = digits >= 7;
  const v4 = digits >= 4 && dots >= 3;
  const v6 = digits >= 1 && colons >= 2;
  if (!at && !manyDigits && !v4 && !v6) return [];

  const candidates: Candidate[] = [];
  if (at) findEmails(text, candidates);
  if (manyDigits) {
    findIbans(text, candidates);
    findCards(text, candidates);
  }
  if (v4 || v6) findIps(text, candidates, v4, v6);
  if (manyDigits) findPhones(text, candidates);
  if (candidates.length === 0) return [];

  // Precedence by kind, then position, then length; keep a candidate only if it overlaps nothing already kept.
  candidates.sort((a, b) => a.priority - b.priority || a.start - b.start || b.end - a.end);
  const kept: PiiSpan[] = [];
  for (const c of candidates) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push({ kind: c.kind, start: c.start, end: c.end });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with each span replaced by a placeholder such as "[email]", "[phone]", "[card]", "[iban]", "[ip]". */
export function redactPii(text: string, spans?: readonly PiiSpan[]): string {
  const list = [...(spans ?? findPii(text))].sort((a, b) => a.start - b.start || b.end - a.end);
  if (list.length === 0) return text;
  let result = '';
  let cursor = 0;
  for (const s of list) {
    const start = Math.max(0, s.start);
    const end = Math.min(s.end, text.length);
    if (end <= start) continue; // empty or out of range
    if (start < cursor) {
      cursor = Math.max(cursor, end); // overlaps the previous span: widen it, one placeholder is enough
      continue;
    }
    result += `${text.slice(cursor, start)}[${s.kind}]`;
    cursor = end;
  }
  return result + text.slice(cursor);
}
