import type { GeneralTheme, PraiseTheme } from '../themes';
import type { ThemePhrases } from './en-problems';

/** English phrasings of praise, and the short non-specific comments. */
export const EN_PRAISE: Readonly<Record<PraiseTheme, ThemePhrases>> = {
  friendly_staff: {
    clauses: [
      '{agent} [was|were] [so |really |very |incredibly |][friendly|helpful|patient|kind|lovely|knowledgeable]',
      '[great|excellent|amazing|fantastic|friendly|helpful] [customer service|support|staff|team]',
      '{staffname} [on the phone|in support|on chat|] [was amazing|was a star|went above and beyond|was so helpful]',
      '[the|your] support team [really |actually |][listens|cares|knows their stuff]',
      '[always|every time I call,] [friendly|polite|helpful] [people|staff|agents]',
      '[they|you] [went above and beyond|treated me like a person|were very understanding]',
      '[real|actual] humans [answer|in support], not bots',
    ],
    nouns: ['the staff', 'the people', 'your support team', '{staffname}'],
  },
  easy_to_use: {
    clauses: [
      '[easy|simple|super easy|very easy|really easy|so easy] to use',
      '[the|your] [app|interface|website|dashboard] is [intuitive|clean|simple|easy to navigate|user friendly|user-friendly]',
      '[everything|it] just works',
      '[set up|setup] [was quick|was easy|took 5 minutes|was painless]',
      '[my|even my] [mum|dad|grandma|kids] can use it',
      '[love|I like] how [simple|easy|straightforward] [it is|everything is]',
      '[no|zero|hardly any] learning curve',
    ],
    nouns: ['how easy it is', 'the simple interface', 'the app'],
  },
  great_product: {
    clauses: [
      '[love|really like|loving|I love] [the product|{app}|the features|it]',
      '[great|excellent|solid|awesome|amazing] [product|service|app|features|quality]',
      '[it|the product] [does exactly what I need|does everything I need|saves me hours every week]',
      '[best|the best] [app|service|tool] [I\'ve used|out there|on the market]',
      '[the|your] new [features are|update is|dashboard is] [great|a big improvement|really useful]',
      '[reliable|rock solid|never lets me down]',
      '[the |]quality [is|has been] [consistently |always |][excellent|great|top notch]',
    ],
    nouns: ['the product', 'the features', 'the quality'],
  },
  good_value: {
    clauses: [
      '[good|great|excellent|fair] value [for money|for what you get|for the price]',
      '[reasonable|fair|competitive|affordable] [price|prices|pricing]',
      '[cheaper|better value] than [the competition|other options|what I used before]',
      '[the|your] free plan is [generous|really good|enough for me]',
      'worth [every penny|the money|it]',
    ],
    nouns: ['the price', 'the value for money'],
  },
  fast_support: {
    clauses: [
      '[quick|fast|speedy|prompt] [response|reply|resolution|help|support]',
      '[my|the] [issue|problem] was [fixed|solved|resolved|sorted] [in minutes|right away|on the first call|the same day|quickly]',
      '[got|received] [an answer|a reply|my refund|help] [within the hour|the same day|straight away|in minutes]',
      '[they|you|support] [sorted|fixed|resolved] [it|everything|my issue] [on the first call|first time|without any fuss]',
      '[no|didn\'t have to] wait[ing|] on hold',
    ],
    nouns: ['the quick support', 'how fast support is'],
  },
  fast_delivery: {
    clauses: [
      '[fast|quick|super fast|speedy] [delivery|shipping]',
      '[my|the] [order|package|delivery] [arrived|came] [early|a day early|on time|the next day|quickly]',
      '[delivery|shipping] [was|is always] [on time|fast|quick|reliable]',
      '[great|excellent] [packaging|tracking] and [fast|quick] delivery',
    ],
    nouns: ['the fast delivery', 'the shipping'],
  },
};

export const EN_GENERAL: Readonly<Record<GeneralTheme, readonly string[]>> = {
  general_positive: [
    'Great', 'Great!', 'Love it', 'Excellent', 'Good', 'Very good', 'Awesome', 'Perfect', 'All good',
    'Great service', 'Good experience', 'Happy customer', 'Keep it up', '👍', '10/10', 'Amazing',
    'Satisfied', 'No complaints', 'Very satisfied', 'Works well', 'great', 'good', 'Love it!!',
  ],
  general_neutral: [
    'meh', 'ok', 'OK', "It's ok", 'fine', 'average', 'Nothing special', 'It does the job', 'Could be better',
    'so-so', 'Its fine I guess', 'Not bad', 'Decent', 'Alright', 'its ok',
  ],
  general_negative: [
    'Terrible', 'Awful', 'Bad', 'Worst service ever', 'Not good', 'Poor', 'Very disappointed',
    'Horrible experience', 'Disappointed', 'Bad experience', 'Not happy', 'Rubbish', 'Never again', 'bad',
  ],
  non_answer: ['n/a', 'N/A', '-', '.', 'no comment', 'nothing', 'none', 'na', 'No reason', '?'],
};
