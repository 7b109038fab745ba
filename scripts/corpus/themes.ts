/**
 * The themes the corpus is generated from. Each response's verbatim is built
 * from one or more of these, and the ids are what `<name>.labels.csv` records.
 */

export const PROBLEM_THEMES = [
  'wait_times',
  'billing_refunds',
  'app_crashes',
  'delivery_late',
  'price_too_high',
  'slow_resolution',
  'cancellation',
  'missing_features',
  'onboarding',
  'reliability',
  'account_access',
  'unhelpful_staff',
] as const;

export const PRAISE_THEMES = [
  'friendly_staff',
  'easy_to_use',
  'great_product',
  'good_value',
  'fast_support',
  'fast_delivery',
] as const;

/** Comments with no specific theme: "Great", "meh", "terrible", "n/a". */
export const GENERAL_THEMES = ['general_positive', 'general_neutral', 'general_negative', 'non_answer'] as const;

export type ProblemTheme = (typeof PROBLEM_THEMES)[number];
export type PraiseTheme = (typeof PRAISE_THEMES)[number];
export type GeneralTheme = (typeof GENERAL_THEMES)[number];
export type SpecificTheme = ProblemTheme | PraiseTheme;
export type ThemeId = SpecificTheme | GeneralTheme;

export const THEME_LABELS: Readonly<Record<ThemeId, string>> = {
  wait_times: 'Long wait times / on hold',
  billing_refunds: 'Billing errors, double charges & refunds',
  app_crashes: 'App crashes & bugs',
  delivery_late: 'Late delivery',
  price_too_high: 'Price too high',
  slow_resolution: 'Slow resolution / had to contact multiple times',
  cancellation: 'Cancellation difficulty',
  missing_features: 'Missing features',
  onboarding: 'Onboarding & setup',
  reliability: 'Reliability & outages',
  account_access: 'Login & account access',
  unhelpful_staff: 'Unhelpful or rude staff',
  friendly_staff: 'Friendly, helpful staff',
  easy_to_use: 'Easy to use',
  great_product: 'Great product & features',
  good_value: 'Good value for money',
  fast_support: 'Fast, first-time resolution',
  fast_delivery: 'Fast delivery',
  general_positive: 'General praise',
  general_neutral: 'Neutral / indifferent',
  general_negative: 'General complaint',
  non_answer: 'Non-answer',
};

export const REGIONS = ['EMEA', 'North America', 'LATAM', 'APAC'] as const;
export const PLANS = ['Free', 'Starter', 'Pro', 'Enterprise'] as const;
export const CHANNELS = ['Web', 'iOS app', 'Android app', 'Phone'] as const;
export const LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export const INTENTS = [
  'billing',
  'refund',
  'technical issue',
  'delivery',
  'account access',
  'cancellation',
  'how-to',
] as const;

export type Region = (typeof REGIONS)[number];
export type Plan = (typeof PLANS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Language = (typeof LANGUAGES)[number];
export type Intent = (typeof INTENTS)[number];

/** Share of responses that experienced each problem, before segment multipliers. */
export const PROBLEM_BASE_RATE: Readonly<Record<ProblemTheme, number>> = {
  wait_times: 0.09,
  billing_refunds: 0.07,
  app_crashes: 0.045,
  delivery_late: 0.06,
  price_too_high: 0.09,
  slow_resolution: 0.06,
  cancellation: 0.025,
  missing_features: 0.05,
  onboarding: 0.03,
  reliability: 0.035,
  account_access: 0.035,
  unhelpful_staff: 0.035,
};

/** Which ticket intents a problem makes customers contact support about. */
export const PROBLEM_INTENTS: Readonly<Record<ProblemTheme, readonly Intent[]>> = {
  wait_times: ['billing', 'technical issue', 'how-to', 'delivery'],
  billing_refunds: ['billing', 'refund', 'refund'],
  app_crashes: ['technical issue'],
  delivery_late: ['delivery'],
  price_too_high: ['billing'],
  slow_resolution: ['technical issue', 'billing', 'delivery', 'refund'],
  cancellation: ['cancellation'],
  missing_features: ['how-to'],
  onboarding: ['how-to', 'account access'],
  reliability: ['technical issue'],
  account_access: ['account access'],
  unhelpful_staff: ['billing', 'technical issue', 'how-to'],
};

/** How likely a customer who experienced the problem is to contact support about it. */
export const PROBLEM_CONTACT_RATE: Readonly<Record<ProblemTheme, number>> = {
  wait_times: 0.9,
  billing_refunds: 0.85,
  app_crashes: 0.55,
  delivery_late: 0.7,
  price_too_high: 0.12,
  slow_resolution: 0.95,
  cancellation: 0.8,
  missing_features: 0.2,
  onboarding: 0.5,
  reliability: 0.45,
  account_access: 0.8,
  unhelpful_staff: 0.9,
};
