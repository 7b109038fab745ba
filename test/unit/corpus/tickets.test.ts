import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_HEADERS, INTENTS, REFERENCE_DATE, TICKET_HEADERS } from '../../../scripts/corpus/index';
import { generateAll } from './collect';

type Row = Record<string, string>;

describe('ticket log', () => {
  let survey: Row[];
  let tickets: Row[];
  let history: Row[];
  let ticketHeader: string[];
  let historyHeader: string[];

  beforeAll(async () => {
    const out = await generateAll(1500, 99);
    survey = parse(out.survey.buffer, { bom: true, columns: true }) as Row[];
    tickets = parse(out.tickets.buffer, { columns: true }) as Row[];
    history = parse(out.history.buffer, { columns: true }) as Row[];
    ticketHeader = (parse(out.tickets.buffer, { to_line: 1 }) as string[][])[0] ?? [];
    historyHeader = (parse(out.history.buffer, { to_line: 1 }) as string[][])[0] ?? [];
  });

  it('has the expected headers and a plausible volume', () => {
    expect(ticketHeader).toEqual([...TICKET_HEADERS]);
    expect(historyHeader).toEqual([...HISTORY_HEADERS]);
    expect(tickets.length).toBeGreaterThan(survey.length * 0.5);
    expect(tickets.length).toBeLessThan(survey.length * 2);
  });

  it('references customers that exist in the survey (by id, or by email for guest tickets)', () => {
    const ids = new Set(survey.map((r) => r['Customer ID']));
    const emails = new Set(survey.map((r) => (r.Email ?? '').trim().toLowerCase()).filter(Boolean));
    const emailById = new Map<string, Set<string>>();
    for (const r of survey) {
      const set = emailById.get(r['Customer ID'] ?? '') ?? new Set<string>();
      set.add((r.Email ?? '').trim().toLowerCase());
      emailById.set(r['Customer ID'] ?? '', set);
    }
    let guests = 0;
    let guestsLinked = 0;
    for (const t of tickets) {
      const id = t['Customer ID'] ?? '';
      const email = (t.Email ?? '').toLowerCase();
      expect(email).toMatch(/^[^@\s]+@[^@\s]+$/);
      if (id) {
        expect(ids.has(id)).toBe(true);
        const known = emailById.get(id) ?? new Set();
        if (![...known].every((e) => e === '')) expect(known.has(email)).toBe(true);
      } else {
        // A guest ticket links by email, unless every survey answer of that customer left it blank.
        guests++;
        if (emails.has(email)) guestsLinked++;
      }
    }
    expect(guests).toBeGreaterThan(0);
    expect(guestsLinked / guests).toBeGreaterThan(0.9);
  });

  it('keeps first contact resolution, replies, reopen and status consistent', () => {
    for (const t of tickets) {
      expect(INTENTS).toContain(t.Intent);
      expect(['email', 'chat', 'phone']).toContain(t.Channel);
      expect(['solved', 'open', 'pending']).toContain(t.Status);
      const fcr = t.Status === 'solved' && t['Agent Replies'] === '1' && t.Reopened === 'no';
      expect(t['First Contact Resolution']).toBe(fcr ? 'yes' : 'no');
      expect(t['Solved At'] === '').toBe(t.Status !== 'solved');
      if (t['Solved At']) expect(Date.parse(t['Solved At'])).toBeGreaterThan(Date.parse(t['Created At'] ?? ''));
    }
  });

  it('issues ticket ids in creation order', () => {
    const created = tickets.map((t) => Date.parse(t['Created At'] ?? ''));
    expect(created.every((c, i) => i === 0 || c >= (created[i - 1] ?? 0))).toBe(true);
    expect(created.every((c) => c < REFERENCE_DATE)).toBe(true);
    expect(new Set(tickets.map((t) => t['Ticket ID'])).size).toBe(tickets.length);
  });

  it('has a status history that starts at new, moves forward in time and matches the log', () => {
    const byTicket = new Map<string, Row[]>();
    for (const h of history) {
      const list = byTicket.get(h['Ticket ID'] ?? '') ?? [];
      list.push(h);
      byTicket.set(h['Ticket ID'] ?? '', list);
    }
    expect(byTicket.size).toBe(tickets.length);
    for (const t of tickets) {
      const events = byTicket.get(t['Ticket ID'] ?? '') ?? [];
      expect(events[0]?.Status).toBe('new');
      expect(events[0]?.['Changed At']).toBe(t['Created At']);
      const times = events.map((e) => Date.parse(e['Changed At'] ?? ''));
      expect(times.every((x, i) => i === 0 || x >= (times[i - 1] ?? 0))).toBe(true);
      const solved = events.filter((e) => e.Status === 'solved').at(-1);
      if (t.Status === 'solved') expect(solved?.['Changed At']).toBe(t['Solved At']);
    }
  });

  it('clusters repeat contacts on detractors', () => {
    const worst = new Map<string, number>();
    for (const r of survey) {
      const id = r['Customer ID'] ?? '';
      worst.set(id, Math.min(worst.get(id) ?? 11, Number(r['How likely are you to recommend Acme to a friend or colleague?'])));
    }
    const perCustomer = new Map<string, number>();
    for (const t of tickets) if (t['Customer ID']) perCustomer.set(t['Customer ID'], (perCustomer.get(t['Customer ID']) ?? 0) + 1);
    const mean = (pred: (score: number) => boolean) => {
      const ids = [...worst].filter(([, s]) => pred(s)).map(([id]) => id);
      return ids.reduce((sum, id) => sum + (perCustomer.get(id) ?? 0), 0) / ids.length;
    };
    expect(mean((s) => s <= 6)).toBeGreaterThan(1.5 * mean((s) => s >= 9));
  });
});
