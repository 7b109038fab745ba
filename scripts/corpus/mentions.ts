import type { Customer } from './customers';
import { problemMultiplier } from './problem-rates';
import { DE } from './phrases/de';
import { ES } from './phrases/es';
import { FR } from './phrases/fr';
import type { IntlPhrases } from './phrases/intl-types';
import type { Rng } from './prng';
import {
  PRAISE_THEMES, PROBLEM_BASE_RATE, PROBLEM_THEMES,
  type Channel, type Language, type PraiseTheme, type ProblemTheme, type SpecificTheme, type ThemeId,
} from './themes';

export interface MentionInput {
  readonly customer: Customer;
  readonly channel: Channel;
  readonly late: boolean;
  readonly score: number;
  readonly experienced: readonly ProblemTheme[];
}

export interface Mentions {
  readonly mentions: ThemeId[];
  /** Problems named, including ones the customer had not been drawn to experience. */
  readonly problems: ProblemTheme[];
}

const INTL: Readonly<Record<Exclude<Language, 'en'>, IntlPhrases>> = { fr: FR, de: DE, es: ES };

function speakable(language: Language, theme: SpecificTheme): boolean {
  return language === 'en' || INTL[language].clauses[theme] !== undefined;
}

function praiseWeight(t: PraiseTheme, c: Customer, channel: Channel): number {
  switch (t) {
    case 'friendly_staff':
      return channel === 'Phone' ? 3 : 1.6;
    case 'easy_to_use':
      return channel === 'Web' || channel === 'iOS app' ? 2.4 : 1.4;
    case 'great_product':
      return c.plan === 'Pro' || c.plan === 'Enterprise' ? 2.4 : 1.5;
    case 'good_value':
      return c.plan === 'Free' || c.plan === 'Starter' ? 1.3 : 0.5;
    case 'fast_support':
      return 1;
    case 'fast_delivery':
      return c.region === 'North America' || c.region === 'APAC' ? 1.4 : 0.6;
  }
}

function pickPraise(rng: Rng, input: MentionInput, exclude: readonly ThemeId[]): PraiseTheme | undefined {
  const options = PRAISE_THEMES.filter((t) => !exclude.includes(t) && speakable(input.customer.language, t));
  if (options.length === 0) return undefined;
  return rng.weighted(options.map((t) => [t, praiseWeight(t, input.customer, input.channel)] as const));
}

/** A problem the customer had, else one typical of their segment. */
function pickProblem(rng: Rng, input: MentionInput, exclude: readonly ThemeId[]): ProblemTheme | undefined {
  const lang = input.customer.language;
  const had = input.experienced.filter((t) => !exclude.includes(t) && speakable(lang, t));
  if (had.length > 0) return rng.pick(had);
  const options = PROBLEM_THEMES.filter((t) => !exclude.includes(t) && speakable(lang, t));
  if (options.length === 0) return undefined;
  return rng.weighted(
    options.map((t) => [t, PROBLEM_BASE_RATE[t] * problemMultiplier(t, input.customer, input.channel, input.late)] as const),
  );
}

export function pickMentions(rng: Rng, input: MentionInput): Mentions {
  const out: ThemeId[] = [];
  const problems: ProblemTheme[] = [];
  const addProblem = (): void => {
    const t = pickProblem(rng, input, out);
    if (t) {
      out.push(t);
      problems.push(t);
    }
  };
  const addPraise = (): void => {
    const t = pickPraise(rng, input, out);
    if (t) out.push(t);
  };
  const { score } = input;
  const u = rng.float();
  if (score <= 6) {
    if (u < 0.06) out.push('general_negative');
    else if (u < 0.09) out.push('non_answer');
    else {
      addProblem();
      const had = input.experienced.length;
      if (rng.chance(had >= 2 ? 0.55 : 0.22)) addProblem();
      if (rng.chance(0.07)) addProblem();
      if (rng.chance(0.08)) addPraise();
    }
  } else if (score <= 8) {
    if (u < 0.35) {
      addPraise();
      addProblem();
    } else if (u < 0.6) addPraise();
    else if (u < 0.8) addProblem();
    else if (u < 0.95) out.push('general_neutral');
    else out.push(rng.chance(0.5) ? 'non_answer' : 'general_positive');
  } else {
    if (u < 0.22) out.push('general_positive');
    else if (u < 0.25) out.push('non_answer');
    else if (u < 0.4 && input.experienced.length > 0) {
      addPraise();
      addProblem();
    } else {
      addPraise();
      if (rng.chance(0.45)) addPraise();
    }
  }
  if (out.length === 0) out.push(score <= 6 ? 'general_negative' : score <= 8 ? 'general_neutral' : 'general_positive');
  return { mentions: out, problems };
}
