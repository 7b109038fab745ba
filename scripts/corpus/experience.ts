import { Calendar, TREND_BREAK } from './calendar';
import { customerCount, customerIdWidth, makeCustomer, type Customer } from './customers';
import { Rng, Stream, hashKeys } from './prng';
import { pickMentions } from './mentions';
import { problemMultiplier } from './problem-rates';
import {
  PROBLEM_BASE_RATE, PROBLEM_THEMES,
  type Channel, type ProblemTheme, type ThemeId,
} from './themes';

/**
 * What happened to the customer behind survey row i, before any words are
 * written: who, when, from which channel, which problems, the score, and which
 * themes the comment will talk about. Pure in (seed, size, i), so the ticket
 * generator can replay it cheaply without the text.
 */
export interface RowLatent {
  readonly index: number;
  readonly customer: Customer;
  readonly time: number;
  readonly channel: Channel;
  readonly score: number;
  /** Problems the customer ran into (a superset of the problems the comment names). */
  readonly experienced: readonly ProblemTheme[];
  /** Themes the comment talks about; empty when the comment is empty. */
  readonly mentions: readonly ThemeId[];
  readonly empty: boolean;
}

export interface SurveyModel {
  readonly seed: number;
  readonly size: number;
  readonly customers: number;
  readonly idWidth: number;
  readonly calendar: Calendar;
}

export function surveyModel(seed: number, size: number): SurveyModel {
  const customers = customerCount(size);
  return { seed, size, customers, idWidth: customerIdWidth(customers), calendar: new Calendar(seed, size) };
}

export function customerOfRow(model: SurveyModel, i: number): number {
  return hashKeys(model.seed, Stream.rowCustomer, i) % model.customers;
}

const SEVERITY: Readonly<Record<ProblemTheme, number>> = {
  wait_times: 1.0, billing_refunds: 1.3, app_crashes: 1.0, delivery_late: 1.0, price_too_high: 0.6,
  slow_resolution: 1.4, cancellation: 1.4, missing_features: 0.5, onboarding: 0.7, reliability: 1.0,
  account_access: 0.9, unhelpful_staff: 1.3,
};

/** Relative frequency of each score 0..10 for a neutral customer. */
const SCORE_SHAPE = [2.4, 1.1, 1.7, 2.5, 3, 5.5, 6, 10, 15, 13, 21];

function segmentTilt(c: Customer, channel: Channel, late: boolean): number {
  let t = 0.85;
  t += c.region === 'North America' ? 0.1 : c.region === 'EMEA' ? -0.15 : c.region === 'LATAM' ? 0.2 : 0;
  t += c.plan === 'Free' ? -0.3 : c.plan === 'Pro' ? 0.2 : c.plan === 'Enterprise' ? 0.1 : 0;
  t += channel === 'Web' ? 0.1 : channel === 'iOS app' ? 0.2 : channel === 'Phone' ? -0.3 : -0.1;
  if (late && channel === 'Android app') t -= 0.35;
  return t;
}

export function sampleScore(rng: Rng, tilt: number): number {
  const weights = SCORE_SHAPE.map((w, k) => w * Math.exp(tilt * (k - 5) * 0.3));
  return rng.weightedIndex(weights);
}

export function rowLatent(model: SurveyModel, i: number): RowLatent {
  const customer = makeCustomer(model.seed, customerOfRow(model, i), model.idWidth);
  const meta = Rng.of(model.seed, Stream.rowMeta, i);
  const time = model.calendar.timeOfRow(i, meta.float());
  const channel: Channel = meta.chance(0.85) ? customer.device : meta.weighted<Channel>([
    ['Web', 45], ['iOS app', 20], ['Android app', 20], ['Phone', 15],
  ]);
  const late = time >= TREND_BREAK;

  const scoreRng = Rng.of(model.seed, Stream.rowScore, i);
  const experienced: ProblemTheme[] = [];
  for (const t of PROBLEM_THEMES) {
    const m = problemMultiplier(t, customer, channel, late);
    let p = PROBLEM_BASE_RATE[t] * m;
    if (customer.chronic.includes(t)) p += (1 - p) * 0.45 * Math.min(1, m);
    if (scoreRng.chance(p)) experienced.push(t);
  }
  let tilt = segmentTilt(customer, channel, late) + customer.tilt;
  const bySeverity = [...experienced].sort((a, b) => SEVERITY[b] - SEVERITY[a]);
  bySeverity.forEach((t, k) => {
    tilt -= SEVERITY[t] * (k === 0 ? 0.9 : 0.45);
  });
  const score = sampleScore(scoreRng, tilt);

  const themeRng = Rng.of(model.seed, Stream.rowThemes, i);
  const emptyShare = score >= 9 ? 0.22 : score >= 7 ? 0.17 : 0.11;
  const empty = themeRng.chance(emptyShare);
  const picked = pickMentions(themeRng, { customer, channel, late, score, experienced });
  for (const t of picked.problems) if (!experienced.includes(t)) experienced.push(t);
  return { index: i, customer, time, channel, score, experienced, mentions: empty ? [] : picked.mentions, empty };
}
