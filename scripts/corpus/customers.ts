import { namePools, EMAIL_DOMAINS, asciiSlug } from './names';
import { Rng, Stream } from './prng';
import { PROBLEM_THEMES, type Channel, type Language, type Plan, type ProblemTheme, type Region } from './themes';

/** A customer is a pure function of (seed, index): nothing about customers is stored. */
export interface Customer {
  readonly index: number;
  readonly id: string;
  readonly region: Region;
  readonly plan: Plan;
  /** The channel the customer usually answers surveys from. */
  readonly device: Channel;
  readonly language: Language;
  readonly firstName: string;
  readonly lastName: string;
  /** Canonical lower-case address; exports vary its case. */
  readonly email: string;
  /** Personal disposition added to the score model (standard deviation about 0.5). */
  readonly tilt: number;
  /** Problems this customer keeps running into. */
  readonly chronic: readonly ProblemTheme[];
}

/** Customers per survey response: about 15% of responses come from a customer who answered before. */
export const CUSTOMERS_PER_RESPONSE = 3;

export function customerCount(responses: number): number {
  return Math.max(10, Math.ceil(responses * CUSTOMERS_PER_RESPONSE));
}

export function customerIdWidth(count: number): number {
  return Math.max(6, String(count).length);
}

export function formatCustomerId(index: number, width: number): string {
  return `C-${String(index + 1).padStart(width, '0')}`;
}

const REGION_WEIGHTS: readonly (readonly [Region, number])[] = [
  ['North America', 40], ['EMEA', 35], ['APAC', 15], ['LATAM', 10],
];
const PLAN_WEIGHTS: readonly (readonly [Plan, number])[] = [['Free', 34], ['Starter', 31], ['Pro', 25], ['Enterprise', 10]];

function languageFor(rng: Rng, region: Region): Language {
  switch (region) {
    case 'North America':
      return rng.weighted<Language>([['en', 93], ['es', 4], ['fr', 3]]);
    case 'EMEA':
      return rng.weighted<Language>([['en', 62], ['de', 20], ['fr', 16], ['es', 2]]);
    case 'LATAM':
      return rng.weighted<Language>([['es', 72], ['en', 28]]);
    default:
      return 'en';
  }
}

function deviceFor(rng: Rng, region: Region, plan: Plan): Channel {
  const android = region === 'APAC' || region === 'LATAM' ? 34 : 22;
  const phone = plan === 'Enterprise' ? 20 : 10;
  const web = plan === 'Enterprise' ? 52 : 42;
  return rng.weighted<Channel>([['Web', web], ['iOS app', 22], ['Android app', android], ['Phone', phone]]);
}

function emailFor(rng: Rng, first: string, last: string): string {
  const f = asciiSlug(first) || 'user';
  const l = asciiSlug(last) || 'customer';
  const domain = rng.pick(EMAIL_DOMAINS);
  const n = rng.range(1, 99);
  const local = rng.weighted<string>([
    [`${f}.${l}`, 40], [`${f}${l}${n}`, 15], [`${f[0]}.${l}`, 12], [`${f}_${l}`, 8], [`${l}.${f}`, 8],
    [`${f}${n}`, 9], [`${f[0]}${l}`, 8],
  ]);
  return `${local}@${domain}`;
}

export function makeCustomer(seed: number, index: number, idWidth: number): Customer {
  const rng = Rng.of(seed, Stream.customer, index);
  const region = rng.weighted(REGION_WEIGHTS);
  const plan = rng.weighted(PLAN_WEIGHTS);
  const language = languageFor(rng, region);
  const device = deviceFor(rng, region, plan);
  const pools = namePools(region, language);
  const firstName = rng.pick(pools.first);
  const lastName = rng.pick(pools.last);
  const email = emailFor(rng, firstName, lastName);
  const tilt = rng.normal() * 0.5;
  const chronic: ProblemTheme[] = [];
  const chronicCount = rng.weighted([[0, 74], [1, 21], [2, 5]] as const);
  while (chronic.length < chronicCount) {
    const t = rng.pick(PROBLEM_THEMES);
    if (!chronic.includes(t)) chronic.push(t);
  }
  return {
    index, id: formatCustomerId(index, idWidth), region, plan, device, language,
    firstName, lastName, email, tilt, chronic,
  };
}

/** How an export writes the address this time: mostly as typed, sometimes capitalised or shouted. */
export function exportedEmail(rng: Rng, customer: Customer): string {
  const style = rng.weighted([['lower', 80], ['title', 12], ['upper', 4], ['blank', 2], ['padded', 2]] as const);
  const e = customer.email;
  if (style === 'title') return e.replace(/(^|[._@])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  if (style === 'upper') return e.toUpperCase();
  if (style === 'blank') return '';
  if (style === 'padded') return `${e} `;
  return e;
}
