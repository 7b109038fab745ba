import type { Writable } from 'node:stream';
import { isoSeconds } from './calendar';
import { makeCustomer, type Customer } from './customers';
import { csvRow, UTF8_BOM, type LineEnding } from './csv';
import { surveyModel } from './experience';
import { Rng, Stream } from './prng';
import { summarizeRespondents, type RespondentSummary } from './respondents';
import type { GenerationStats } from './survey';
import { ChunkWriter } from './sink';
import { simulateTicket } from './ticket-history';
import { planTickets, type TicketPlan } from './ticket-plan';

export const TICKET_HEADERS = [
  'Ticket ID', 'Customer ID', 'Email', 'Created At', 'Channel', 'Intent', 'Agent Replies', 'Reopened', 'Status',
  'Solved At', 'First Contact Resolution',
] as const;

export const HISTORY_HEADERS = ['Ticket ID', 'Status', 'Changed At'] as const;

export interface TicketOptions {
  /** The survey this ticket log belongs with: same size and seed as generateSurvey's. */
  readonly size: number;
  readonly seed: number;
  readonly ticketsOut: Writable;
  readonly historyOut?: Writable;
  /** Defaults to LF: ticket systems' exports are plain database dumps. */
  readonly eol?: LineEnding;
  /** Defaults to false. */
  readonly bom?: boolean;
}

export interface TicketStats extends GenerationStats {
  readonly historyRows: number;
  readonly historyBytes: number;
}

/** Growable columns of (created, customer, index within that customer's plans). */
class TicketIndex {
  created = new Float64Array(1024);
  customer = new Uint32Array(1024);
  local = new Uint16Array(1024);
  length = 0;

  push(created: number, customer: number, local: number): void {
    if (this.length === this.created.length) {
      const grow = <T extends Float64Array | Uint32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.created = grow(this.created, (n) => new Float64Array(n));
      this.customer = grow(this.customer, (n) => new Uint32Array(n));
      this.local = grow(this.local, (n) => new Uint16Array(n));
    }
    this.created[this.length] = created;
    this.customer[this.length] = customer;
    this.local[this.length] = local;
    this.length++;
  }

  /** Positions in creation order (ties: customer, then plan order). */
  sorted(): Uint32Array {
    const order = new Uint32Array(this.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const { created, customer, local } = this;
    return order.sort(
      (a, b) => (created[a] ?? 0) - (created[b] ?? 0) || (customer[a] ?? 0) - (customer[b] ?? 0) || (local[a] ?? 0) - (local[b] ?? 0),
    );
  }
}

function ticketEmail(rng: Rng, customer: Customer): string {
  const u = rng.float();
  if (u < 0.1) return customer.email.replace(/^./, (ch) => ch.toUpperCase());
  if (u < 0.13) return customer.email.toUpperCase();
  return customer.email;
}

/**
 * Streams the ticket log (and its status history) for the customers of the
 * survey generated with the same size and seed. Tickets come out in creation
 * order with ascending ids; memory holds only compact per-customer and
 * per-ticket columns, never rows.
 */
export async function generateTickets(options: TicketOptions): Promise<TicketStats> {
  const { size, seed } = options;
  const eol = options.eol ?? '\n';
  const model = surveyModel(seed, size);
  const summary: RespondentSummary = summarizeRespondents(model);
  const index = new TicketIndex();
  for (let c = 0; c < model.customers; c++) {
    if ((summary.responses[c] ?? 0) === 0) continue;
    const plans = planTickets(seed, makeCustomer(seed, c, model.idWidth), summary);
    plans.forEach((p, j) => index.push(p.created, c, j));
  }
  const order = index.sorted();

  const tickets = new ChunkWriter(options.ticketsOut);
  const history = options.historyOut ? new ChunkWriter(options.historyOut) : undefined;
  const bom = options.bom ?? false ? UTF8_BOM : '';
  await tickets.write(bom + csvRow(TICKET_HEADERS, eol));
  await history?.write(bom + csvRow(HISTORY_HEADERS, eol));
  let historyRows = 0;
  let cachedCustomer = -1;
  let cachedPlans: TicketPlan[] = [];
  let cached: Customer | undefined;
  for (let rank = 0; rank < order.length; rank++) {
    const at = order[rank] ?? 0;
    const c = index.customer[at] ?? 0;
    const j = index.local[at] ?? 0;
    if (c !== cachedCustomer || !cached) {
      cached = makeCustomer(seed, c, model.idWidth);
      cachedPlans = planTickets(seed, cached, summary);
      cachedCustomer = c;
    }
    const plan = cachedPlans[j];
    if (!plan) throw new Error(`ticket plan ${c}/${j} vanished on replay`);
    const rng = Rng.of(seed, Stream.ticketDetail, c, j);
    const outcome = simulateTicket(rng, plan);
    const id = `T-${100001 + rank}`;
    const guest = rng.chance(0.03);
    await tickets.write(
      csvRow(
        [
          id, guest ? '' : cached.id, ticketEmail(rng, cached), isoSeconds(plan.created), plan.channel, plan.intent,
          outcome.agentReplies, outcome.reopened ? 'yes' : 'no', outcome.status,
          outcome.solvedAt === undefined ? '' : isoSeconds(outcome.solvedAt), outcome.firstContactResolution ? 'yes' : 'no',
        ],
        eol,
      ),
    );
    if (history) {
      for (const e of outcome.history) await history.write(csvRow([id, e.status, isoSeconds(e.at)], eol));
      historyRows += outcome.history.length;
    }
  }
  await tickets.flush();
  await history?.flush();
  return { rows: order.length, bytes: tickets.bytes, historyRows, historyBytes: history?.bytes ?? 0 };
}
