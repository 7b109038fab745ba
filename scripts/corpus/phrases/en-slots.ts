/** Shared English vocabulary for the {slot}s in the phrase templates, and sentence frames. */
export const EN_SLOTS: Readonly<Record<string, readonly string[]>> = {
  app: ['the app', 'your app', 'the Acme app', 'the mobile app', 'the app'],
  platform: ['Android', 'iOS', 'android', 'iPhone', 'mobile'],
  support: ['support', 'customer service', 'customer support', 'the support team', 'your help desk', 'the call center', 'Acme support'],
  agent: [
    'the agent', 'the rep', 'the guy on the phone', 'the lady I spoke to', 'the person on chat', 'your staff',
    'the support person', 'the technician', 'the advisor',
  ],
  staffname: ['Sarah', 'Mike', 'Priya', 'Carlos', 'Emma', 'Jonas', 'Aisha', 'Tom', 'Chloé', 'José', 'Zoë', 'Björn', 'Renée'],
  very: ['very', 'really', 'so', 'super', 'extremely', 'incredibly', 'ridiculously', 'way too'],
  waitdur: [
    '45 minutes', 'over an hour', 'an hour and a half', '2 hours', '40 mins', '30+ minutes', 'nearly two hours',
    'forever', '50 min', '1.5 hrs', 'an hour',
  ],
  days: ['3 days', 'a week', 'two weeks', '10 days', 'over a month', '5 business days', '3 weeks', 'six weeks'],
  times: ['three times', '4 times', 'multiple times', 'several times', 'twice', 'five times', 'over and over', '6 times'],
  amount: ['$49.99', '$120', '€35', '£19', '$9.99', 'twice my monthly fee', '$240', '€89'],
  month: ['last month', 'in September', 'this month', 'in August', 'twice this year', 'in October', 'this week'],
  feature: [
    'dark mode', 'an export to Excel', 'offline mode', 'bulk editing', 'a proper API', 'multi-user accounts',
    'calendar integration', 'Apple Watch support', '2FA with an authenticator app', 'custom reports', 'SSO',
  ],
  update: ['the last update', 'the latest update', 'the new version', 'the October update', 'the recent release', 'the update'],
  neg: ['terrible', 'awful', 'horrible', 'a joke', 'unacceptable', 'a nightmare', 'ridiculous', 'insane'],
};

export const EN_FRAMES = {
  /** Before a detractor's comment. */
  openers: [
    'Honestly,', 'To be honest,', 'Sorry but', 'Well,', 'Where do I start.', 'Simple:', 'Because', 'Basically',
    'TBH', 'Unfortunately', 'Long story short,', 'First of all,',
  ],
  closersNegative: [
    'Very disappointed', 'Will be switching', 'Fix it', 'Considering cancelling', 'Not impressed', 'Do better',
    'Thinking of leaving', 'Seriously', 'Would not recommend', 'Not acceptable', 'Sort it out', 'Shame',
    'Used to be good', 'Frustrating',
  ],
  closersPositive: [
    'Keep up the good work', 'Thank you', 'Highly recommend', 'Thanks', 'Would recommend to anyone',
    'Keep it up', 'Thanks again', 'Great job', 'Love you guys', 'Happy customer',
  ],
  /** "{praise} but {problem}" joints. */
  contrast: [' but ', ', but ', ' however ', '. However, ', ', although ', '... but ', ' but '],
  /** Sentences built on a theme noun: @N is the problem noun, @P a praise clause. */
  problemNoun: [
    'only issue is @N', 'would be a 10 if it wasn\'t for @N', 'apart from @N, @P', '@N let it down',
    'the only thing I\'d change is @N', 'minus points for @N', '@P, except for @N', 'would be higher if not for @N',
  ],
  /** Background a long detractor comment gives. */
  context: [
    'I have been a customer for [3|5|6|10|over 8] years', 'this is the [second|third|fourth] time this has happened',
    'I run a small business and [rely on this|depend on you]', 'I [called|wrote] on [Monday|Tuesday|Friday|the weekend]',
    '[my|our] [account manager|rep] [left|changed] and nobody told us', 'I [used to|always] recommend you to [friends|everyone]',
  ],
  praiseNoun: ['I stay because of @N', '@N [is|are] the best part', 'the one good thing is @N', 'the only reason I stay is @N'],
};
