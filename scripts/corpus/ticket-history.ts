import { REFERENCE_DATE } from './calendar';
import type { Rng } from './prng';
import type { TicketPlan } from './ticket-plan';

export type HistoryStatus = 'new' | 'open' | 'pending' | 'on-hold' | 'solved' | 'closed';
export type TicketStatus = 'open' | 'pending' | 'solved';

export interface StatusChange {
  readonly status: HistoryStatus;
  readonly at: number;
}

/** A ticket's life as of the reference date, and the figures the ticket log derives from it. */
export interface TicketOutcome {
  readonly history: readonly StatusChange[];
  readonly status: TicketStatus;
  readonly solvedAt: number | undefined;
  readonly agentReplies: number;
  readonly reopened: boolean;
  /** Solved with one agent reply and never reopened. */
  readonly firstContactResolution: boolean;
}

const HOUR = 3_600_000;

function hours(rng: Rng, median: number, sigma: number): number {
  return Math.max(60_000, rng.logNormal(median, sigma) * HOUR);
}

function plannedReplies(rng: Rng, plan: TicketPlan): number {
  const weights = plan.problem || plan.attempt > 0 ? [55, 25, 12, 5, 2, 1] : [76, 16, 5, 2, 1];
  return 1 + rng.weightedIndex(weights);
}

/**
 * Walks a ticket through new -> open -> (pending <-> open, sometimes on-hold)
 * -> solved (sometimes reopened) -> closed, with skewed, long-tailed times in
 * each state, then cuts it at the reference date.
 */
export function simulateTicket(rng: Rng, plan: TicketPlan): TicketOutcome {
  const all: StatusChange[] = [{ status: 'new', at: plan.created }];
  let t = plan.created;
  const step = (status: HistoryStatus, dwell: number): void => {
    t += Math.round(dwell / 1000) * 1000;
    all.push({ status, at: t });
  };
  const firstResponse = plan.channel === 'phone' ? 0.03 : plan.channel === 'chat' ? 0.15 : 3;
  step('open', hours(rng, firstResponse, 1.3));
  const replies = plannedReplies(rng, plan);
  const technical = plan.intent === 'technical issue' || plan.intent === 'delivery' || plan.intent === 'refund';
  let heldOnce = false;
  for (let r = 1; r < replies; r++) {
    if (technical && !heldOnce && rng.chance(0.25)) {
      heldOnce = true;
      step('on-hold', hours(rng, 1, 1));
      step('open', hours(rng, 40, 1.1));
    }
    step('pending', hours(rng, 2, 1.3));
    step('open', hours(rng, 16, 1.2));
  }
  step('solved', hours(rng, 2.5, 1.3));
  let reopenChance = 0.03 + (plan.problem ? 0.05 : 0) + (plan.detractor ? 0.04 : 0);
  while (rng.chance(reopenChance)) {
    step('open', hours(rng, 30, 1));
    if (rng.chance(0.5)) {
      step('pending', hours(rng, 2, 1.2));
      step('open', hours(rng, 12, 1.2));
    }
    step('solved', hours(rng, 3, 1.2));
    reopenChance /= 3;
  }
  step('closed', 96 * HOUR + rng.int(3_600_000));

  const history = all.filter((e) => e.at < REFERENCE_DATE);
  let solvedAt: number | undefined;
  let agentReplies = 0;
  let reopened = false;
  let seenSolved = false;
  for (const e of history) {
    if (e.status === 'pending' || e.status === 'solved') agentReplies++;
    if (e.status === 'solved') {
      solvedAt = e.at;
      seenSolved = true;
    }
    if (e.status === 'open' && seenSolved) reopened = true;
  }
  const last = history[history.length - 1]?.status ?? 'new';
  const status: TicketStatus =
    last === 'solved' || last === 'closed' ? 'solved' : last === 'pending' || last === 'on-hold' ? 'pending' : 'open';
  if (status !== 'solved') solvedAt = undefined;
  return {
    history,
    status,
    solvedAt,
    agentReplies,
    reopened,
    firstContactResolution: status === 'solved' && agentReplies === 1 && !reopened,
  };
}
