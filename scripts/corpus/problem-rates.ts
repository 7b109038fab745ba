import type { Customer } from './customers';
import type { Channel, ProblemTheme } from './themes';

/** How much more (or less) often a segment runs into a problem. */
export function problemMultiplier(t: ProblemTheme, c: Customer, channel: Channel, late: boolean): number {
  const { region, plan } = c;
  switch (t) {
    case 'wait_times':
      return (channel === 'Phone' ? 1.8 : 1) * (plan === 'Enterprise' ? 0.7 : 1);
    case 'billing_refunds':
      return plan === 'Free' ? 0.3 : plan === 'Starter' || plan === 'Pro' ? 1.25 : 1;
    case 'app_crashes':
      if (channel === 'Android app') return late ? 7 : 2.2;
      return channel === 'iOS app' ? 1.3 : channel === 'Web' ? 0.5 : 0.4;
    case 'delivery_late':
      return region === 'EMEA' ? 2.2 : region === 'LATAM' ? 1.6 : region === 'North America' ? 0.7 : 0.9;
    case 'price_too_high':
      return (plan === 'Free' ? 1.6 : plan === 'Starter' ? 1.2 : plan === 'Enterprise' ? 0.6 : 1) * (region === 'LATAM' ? 1.5 : 1);
    case 'slow_resolution':
      return (channel === 'Phone' ? 1.5 : 1) * (plan === 'Enterprise' ? 1.2 : 1);
    case 'cancellation':
      return plan === 'Starter' ? 1.3 : plan === 'Free' ? 0.6 : 1;
    case 'missing_features':
      return plan === 'Enterprise' ? 2 : plan === 'Pro' ? 1.6 : plan === 'Free' ? 0.8 : 1;
    case 'onboarding':
      return plan === 'Enterprise' ? 2.5 : plan === 'Free' ? 0.6 : 1;
    case 'reliability':
      return (region === 'APAC' ? 1.8 : 1) * (plan === 'Enterprise' ? 1.3 : 1);
    case 'account_access':
      return channel === 'Web' ? 1.3 : 1;
    case 'unhelpful_staff':
      return channel === 'Phone' ? 1.6 : 1;
  }
}
