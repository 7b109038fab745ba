import { REFERENCE_DATE, WINDOW_START } from './calendar';
import type { Customer } from './customers';
import { Rng, Stream } from './prng';
import { problemsOf, type RespondentSummary } from './respondents';
import { INTENTS, PROBLEM_CONTACT_RATE, PROBLEM_INTENTS, type Intent, type ProblemTheme } from './themes';

export type TicketChannel = 'email' | 'chat' | 'phone';

/** One contact, before its status history is simulated. */
export interface TicketPlan {
  readonly created: number;
  readonly intent: Intent;
  readonly channel: TicketChannel;
  /** 0 for the first contact of an episode, 1.. for the customer coming back about it. */
  readonly attempt: number;
  /** The contact is about a problem the survey comment could name. */
  readonly problem: ProblemTheme | undefined;
  readonly detractor: boolean;
}

const DAY = 86_400_000;
/** The ticket log starts before the survey window: contacts that led to a score. */
export const TICKETS_FROM = WINDOW_START - 60 * DAY;

const BACKGROUND: readonly (readonly [Intent, number])[] = [
  ['how-to', 30], ['account access', 15], ['billing', 20], ['technical issue', 20], ['delivery', 10], ['refund', 3],
  ['cancellation', 2],
];

function channelFor(rng: Rng, customer: Customer, problems: readonly ProblemTheme[]): TicketChannel {
  if (problems.includes('wait_times') && rng.chance(0.45)) return 'phone';
  if (customer.device === 'Phone' && rng.chance(0.5)) return 'phone';
  return rng.weighted<TicketChannel>([['email', 38], ['chat', 42], ['phone', 20]]);
}

function episodeStart(rng: Rng, anchor: number, problem: boolean): number {
  if (!problem) return TICKETS_FROM + rng.float() * (REFERENCE_DATE - TICKETS_FROM);
  if (rng.chance(0.8)) {
    const before = anchor - rng.exponential(12 * DAY);
    return before >= TICKETS_FROM ? before : TICKETS_FROM + rng.float() * (anchor - TICKETS_FROM);
  }
  return anchor + rng.exponential(10 * DAY);
}

/** Every contact one customer makes, in a stable order; pure in (seed, customer). */
export function planTickets(seed: number, customer: Customer, summary: RespondentSummary): TicketPlan[] {
  const c = customer.index;
  if ((summary.responses[c] ?? 0) === 0) return [];
  const rng = Rng.of(seed, Stream.tickets, c);
  const problems = problemsOf(summary.problems[c] ?? 0);
  const detractor = (summary.worstScore[c] ?? 11) <= 6;
  const anchor = (summary.firstResponse[c] ?? 0) * 1000;
  const episodes: { intent: Intent; problem: ProblemTheme | undefined }[] = [];
  for (const t of problems) {
    if (rng.chance(PROBLEM_CONTACT_RATE[t] * 0.8)) episodes.push({ intent: rng.pick(PROBLEM_INTENTS[t]), problem: t });
  }
  for (let k = rng.poisson(0.15); k > 0; k--) episodes.push({ intent: rng.weighted(BACKGROUND), problem: undefined });

  const plans: TicketPlan[] = [];
  for (const ep of episodes) {
    let repeat = 0.08;
    if (ep.problem) repeat += 0.25;
    if (detractor) repeat += 0.15;
    if (problems.includes('slow_resolution')) repeat += 0.2;
    if (problems.includes('unhelpful_staff') || problems.includes('wait_times')) repeat += 0.1;
    repeat = Math.min(0.7, repeat);
    const channel = channelFor(rng, customer, problems);
    let at = episodeStart(rng, anchor, ep.problem !== undefined);
    for (let attempt = 0; attempt < 9; attempt++) {
      if (at >= REFERENCE_DATE - 3_600_000) break;
      const intent = attempt > 0 && rng.chance(0.1) ? rng.pick(INTENTS) : ep.intent;
      const ch = attempt > 0 && rng.chance(0.3) ? channelFor(rng, customer, problems) : channel;
      plans.push({ created: Math.floor(at / 1000) * 1000, intent, channel: ch, attempt, problem: ep.problem, detractor });
      if (!rng.chance(repeat)) break;
      at += Math.max(600_000, rng.chance(0.8) ? rng.exponential(2.2 * DAY) : 7 * DAY + rng.exponential(10 * DAY));
    }
  }
  return plans;
}
