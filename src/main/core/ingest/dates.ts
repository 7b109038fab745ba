import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';

import type { DateLayout } from '../../../shared/imports';

/**
 * How a column writes its dates (DateLayout), decided per column from all its values:
 * iso 2026-09-27T15:04:05Z or 2026-09-27 15:04:05; month-first 09/27/2026 03:04:05 PM (US);
 * day-first 27/09/2026 15:04 or 27.09.2026; year-first-slash 2026/09/27 3:00:00 PM GMT+3
 * (Google Forms); Unix epochs in seconds or milliseconds.
 */
export type { DateLayout };

export const DATE_LAYOUT_NAMES: Readonly<Record<DateLayout, string>> = {
  iso: 'ISO 8601 (YYYY-MM-DD hh:mm:ss)',
  'month-first': 'month first (MM/DD/YYYY, US)',
  'day-first': 'day first (DD/MM/YYYY, European)',
  'year-first-slash': 'year first (YYYY/MM/DD, Google Forms)',
  'epoch-seconds': 'Unix time in seconds',
  'epoch-milliseconds': 'Unix time in milliseconds',
};

interface Parts {
  readonly a: number;
  readonly b: number;
  readonly year: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Offset written in the value itself, in minutes east of UTC. */
  readonly offset?: number;
}

type Classified = { readonly kind: 'iso' | 'numeric' | 'year-first-slash'; readonly parts: Parts } | { readonly kind: 'epoch-seconds' | 'epoch-milliseconds'; readonly epoch: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/i;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?)?\s*(?:(?:GMT|UTC)\s*([+-]\d{1,2}(?::?\d{2})?)?|(Z))?$/i;
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?)?\s*(?:(?:GMT|UTC)\s*([+-]\d{1,2}(?::?\d{2})?)?)?$/i;

function offsetMinutes(text: string | undefined, zulu?: string): number | undefined {
  if (zulu) return 0;
  if (text === undefined) return undefined;
  if (/^(Z|UTC|GMT)$/i.test(text)) return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toUpperCase().startsWith('P');
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** Splits one value into its parts without deciding day/month order; undefined when it is no date. */
export function classifyDate(raw: string): Classified | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (/^\d{10}(\.\d+)?$/.test(text)) return { kind: 'epoch-seconds', epoch: Number(text) };
  if (/^\d{13}$/.test(text)) return { kind: 'epoch-milliseconds', epoch: Number(text) };
  let m = ISO.exec(text);
  if (m) {
    const offset = offsetMinutes(m[8]);
    return {
      kind: 'iso',
      parts: {
        year: Number(m[1]), a: Number(m[2]), b: Number(m[3]),
        hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0),
        millisecond: Math.round(Number(`0.${m[7] ?? 0}`) * 1000),
        ...(offset === undefined ? {} : { offset }),
      },
    };
  }
  m = YEAR_FIRST.exec(text);
  if (m) {
    const offset = m[8] === undefined ? (/GMT|UTC/i.test(text) ? 0 : undefined) : offsetMinutes(m[8]);
    return {
      kind: 'year-first-slash',
      parts: {
        year: Number(m[1]), a: Number(m[2]), b: Number(m[3]),
        hour: hour24(Number(m[4] ?? 0), m[7]), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0), millisecond: 0,
        ...(offset === undefined ? {} : { offset }),
      },
    };
  }
  m = NUMERIC.exec(text);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const offset = m[8] === undefined ? (m[9] || /GMT|UTC/i.test(text) ? 0 : undefined) : offsetMinutes(m[8]);
    return {
      kind: 'numeric',
      parts: {
        year, a: Number(m[1]), b: Number(m[2]),
        hour: hour24(Number(m[4] ?? 0), m[7]), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0), millisecond: 0,
        ...(offset === undefined ? {} : { offset }),
      },
    };
  }
  return undefined;
}

/** Evidence gathered over a column's values, from which its layout is decided. */
export class DateLayoutEvidence {
  values = 0;
  unparsed = 0;
  private readonly kinds = new Map<string, number>();
  private firstAbove12 = 0;
  private secondAbove12 = 0;

  add(raw: string): void {
    if (raw.trim() === '') return;
    this.values += 1;
    const c = classifyDate(raw);
    if (!c) {
      this.unparsed += 1;
      return;
    }
    this.kinds.set(c.kind, (this.kinds.get(c.kind) ?? 0) + 1);
    if (c.kind === 'numeric') {
      if (c.parts.a > 12) this.firstAbove12 += 1;
      if (c.parts.b > 12) this.secondAbove12 += 1;
    }
  }

  /** The layout most values fit, and whether day/month order had to be assumed. */
  decide(): { layout: DateLayout; ambiguous: boolean } | undefined {
    const top = [...this.kinds.entries()].sort((x, y) => y[1] - x[1])[0];
    // A date column is one whose values are (nearly) all dates of one layout.
    if (!top || this.unparsed > this.values * 0.2 || top[1] < (this.values - this.unparsed) * 0.8) return undefined;
    const kind = top[0];
    if (kind !== 'numeric') return { layout: kind as DateLayout, ambiguous: false };
    if (this.firstAbove12 > 0 && this.secondAbove12 === 0) return { layout: 'day-first', ambiguous: false };
    if (this.secondAbove12 > 0 && this.firstAbove12 === 0) return { layout: 'month-first', ambiguous: false };
    return { layout: 'month-first', ambiguous: true };
  }
}

export interface ParsedDate {
  /** The instant, as UTC ISO 8601. */
  readonly utc: string;
  /** The wall-clock time in the export's own time zone, YYYY-MM-DDThh:mm:ss (for periods). */
  readonly local: string;
}

/** A zone name as exports write it: an IANA name ("America/Denver"), "UTC", or "UTC+03:00"/"GMT-5". */
export function resolveZone(zone: string | undefined): IANAZone | FixedOffsetZone {
  if (!zone || /^(utc|gmt|z|etc\/(utc|gmt))$/i.test(zone.trim())) return FixedOffsetZone.utcInstance;
  const fixed = /^(?:UTC|GMT)\s*([+-]\d{1,2}(?::?\d{2})?)$/i.exec(zone.trim());
  if (fixed) return FixedOffsetZone.instance(offsetMinutes(fixed[1]) ?? 0);
  const iana = IANAZone.create(zone.trim());
  return iana.isValid ? iana : FixedOffsetZone.utcInstance;
}

/** Parses one value with its column's layout; values without their own offset are read in `zone`. */
export function parseDate(raw: string, layout: DateLayout, zone: IANAZone | FixedOffsetZone = FixedOffsetZone.utcInstance): ParsedDate | undefined {
  const quick = layout === 'iso' ? canonicalUtc(raw) : undefined;
  if (quick) return quick;
  const c = classifyDate(raw);
  if (!c) return undefined;
  let dt: DateTime;
  if (!('parts' in c)) {
    dt = DateTime.fromMillis(c.kind === 'epoch-seconds' ? c.epoch * 1000 : c.epoch, { zone });
  } else {
    const p = c.parts;
    const [month, day] = c.kind === 'numeric' && layout === 'day-first' ? [p.b, p.a] : [p.a, p.b];
    const fixedOffset = p.offset ?? (zone instanceof FixedOffsetZone ? zone.offset(0) : undefined);
    if (fixedOffset !== undefined) return fixedOffsetDate(p, month, day, fixedOffset);
    const valueZone = zone;
    dt = DateTime.fromObject({ year: p.year, month, day, hour: p.hour, minute: p.minute, second: p.second, millisecond: p.millisecond }, { zone: valueZone });
  }
  if (!dt.isValid) return undefined;
  return { utc: dt.toUTC().toISO({ suppressMilliseconds: false })!, local: dt.toFormat("yyyy-MM-dd'T'HH:mm:ss") };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The common case without luxon: a wall-clock time at a fixed offset (UTC, "+02:00", "GMT+3"). */
function fixedOffsetDate(p: Parts, month: number, day: number, offsetMinutes: number): ParsedDate | undefined {
  if (month < 1 || month > 12 || day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return undefined;
  const wall = Date.UTC(p.year, month - 1, day, p.hour, p.minute, p.second, p.millisecond);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined; // 30 February
  return {
    utc: new Date(wall - offsetMinutes * 60_000).toISOString(),
    local: `${pad(p.year, 4)}-${pad(month)}-${pad(day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`,
  };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The most common export form, 2026-09-27T15:04:05Z, read by position (a million of these per big import). */
function canonicalUtc(raw: string): ParsedDate | undefined {
  if (raw.length !== 20 || raw.charCodeAt(19) !== 90 /* Z */ || raw.charCodeAt(10) !== 84 /* T */) return undefined;
  if (raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45 || raw.charCodeAt(13) !== 58 || raw.charCodeAt(16) !== 58) return undefined;
  const d = (i: number) => raw.charCodeAt(i) - 48;
  for (const i of DIGITS) {
    const c = d(i);
    if (c < 0 || c > 9) return undefined;
  }
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  const month = d(5) * 10 + d(6);
  const day = d(8) * 10 + d(9);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!)) return undefined;
  if (d(11) * 10 + d(12) > 23 || d(14) * 10 + d(15) > 59 || d(17) * 10 + d(18) > 59) return undefined;
  const local = raw.slice(0, 19);
  return { utc: `${local}.000Z`, local };
}

const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
