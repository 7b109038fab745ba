import { rowLatent, type SurveyModel } from './experience';
import { PROBLEM_THEMES, type ProblemTheme } from './themes';

/**
 * What the ticket generator needs to know about each customer, gathered by
 * replaying the survey's rows without writing text. Compact typed arrays
 * indexed by customer: a few bytes per customer, never the rows themselves.
 */
export interface RespondentSummary {
  readonly customers: number;
  /** Responses per customer (saturating at 255); 0 = never answered. */
  readonly responses: Uint8Array;
  /** Lowest score the customer gave. */
  readonly worstScore: Int8Array;
  /** Bit k set = the customer experienced PROBLEM_THEMES[k]. */
  readonly problems: Uint16Array;
  /** Seconds since the epoch of the customer's first response. */
  readonly firstResponse: Uint32Array;
}

export function summarizeRespondents(model: SurveyModel): RespondentSummary {
  const n = model.customers;
  const s: RespondentSummary = {
    customers: n,
    responses: new Uint8Array(n),
    worstScore: new Int8Array(n).fill(11),
    problems: new Uint16Array(n),
    firstResponse: new Uint32Array(n),
  };
  for (let i = 0; i < model.size; i++) {
    const lat = rowLatent(model, i);
    const c = lat.customer.index;
    if (s.responses[c] === 0) s.firstResponse[c] = Math.floor(lat.time / 1000);
    s.responses[c] = Math.min(255, (s.responses[c] ?? 0) + 1);
    s.worstScore[c] = Math.min(s.worstScore[c] ?? 11, lat.score);
    let mask = s.problems[c] ?? 0;
    for (const t of lat.experienced) mask |= 1 << PROBLEM_THEMES.indexOf(t);
    s.problems[c] = mask;
  }
  return s;
}

export function problemsOf(mask: number): ProblemTheme[] {
  return PROBLEM_THEMES.filter((_t, k) => (mask & (1 << k)) !== 0);
}
