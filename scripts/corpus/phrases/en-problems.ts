import type { ProblemTheme } from '../themes';

/**
 * English phrasings of each problem. Clauses carry no final punctuation (the
 * composer adds it); nouns slot into "only issue is ..." style sentences.
 * Syntax: [a|b] picks one, {slot} comes from en-slots.ts.
 */
export interface ThemePhrases {
  readonly clauses: readonly string[];
  readonly nouns: readonly string[];
}

export const EN_PROBLEMS: Readonly<Record<ProblemTheme, ThemePhrases>> = {
  wait_times: {
    clauses: [
      '[I |][waited|was on hold|sat on hold|had to wait|spent] {waitdur} [on hold|on the phone|in the queue|to speak to someone|just to talk to a human]',
      '{very} long wait [times |]to [reach|get through to|get hold of] {support}',
      '[hold|wait] times are {neg}',
      '[nobody|no one] [picks up|answers] the phone',
      'it takes [forever|ages|hours] to get [a human|someone|an agent|a real person] on the [line|phone|chat]',
      'the chat [queue said|said] I was number [37|52|18|80|112] in [line|the queue]',
      '{support} [is|are] [impossible|almost impossible|so hard] to reach',
      '[the|your] [callback|call back] [never came|never happened|I was promised never came]',
      'I [hung up|gave up] after {waitdur} on hold',
      '[way |]too long to get [an answer|a response|help|through]',
      'emails [go unanswered|take days to get a reply|get no response for {days}]',
      '[waiting|the waiting|wait times] [is|are] [way too long|the worst part|getting worse every time]',
      'I [shouldn\'t|should not] have to wait {waitdur} [to change my address|to ask a simple question|for a 2 minute fix|to pay you]',
      '[the|your] [phone line|hotline|call center] [is always busy|keeps disconnecting me|puts you on hold forever]',
      '[the|that] hold music [for|after] {waitdur}[, seriously|]',
    ],
    nouns: ['the wait times', 'the hold times', 'the long queues', 'waiting on hold', 'the wait to reach support'],
  },
  billing_refunds: {
    clauses: [
      '[I was|I got|we were|got] [charged|billed] twice [for the same [month|order|subscription]|{month}]',
      'double charged [on my card|{month}|for my subscription] and [still waiting on|no sign of|never got] [a|my|the] refund',
      '[my|the] refund [took|has taken|is taking] {days}',
      '[still|I\'m still] [waiting for|haven\'t received|have not received] [my|the] refund of {amount}',
      '[billing|the invoice|my bill|my statement] [was wrong|was incorrect|had charges I didn\'t recognise|had charges I didn\'t recognize|is a mess]',
      '[you|they] [charged|billed] me {amount} [after I cancelled|for a plan I never signed up for|without warning|by mistake]',
      '[hidden fees|surprise charges|unexpected charges|extra fees nobody told me about] on [my|the] [bill|invoice|statement]',
      'the auto[-| ]renewal charged me [without notice|even though I turned it off|{amount}]',
      '[I was promised|promised|they promised] a refund [{days} ago|and never got it|that never arrived]',
      'I had to dispute the charge with my [bank|credit card company]',
      'invoices are [confusing|impossible to understand|wrong every month|never right]',
      '[charged|billed] the wrong amount [again|{times}]',
      '[the|a] refund [was denied|was refused|went to a card I no longer have] [for no reason|]',
    ],
    nouns: ['the billing mistakes', 'the double charge', 'the refund delay', 'the billing issues', 'the wrong invoices'],
  },
  app_crashes: {
    clauses: [
      '{app} [keeps crashing|crashes constantly|crashes all the time|crashes every time I open it|crashes on startup]',
      '[since|after] {update} {app} [won\'t open|keeps freezing|is unusable|crashes {very} often|doesn\'t work]',
      '[so many|too many|lots of|constant|endless] [bugs|glitches|errors]',
      '{app} [freezes|hangs|locks up] [when I try to pay|on the login screen|when uploading photos|all the time]',
      '[the|your] {platform} app is [buggy|a mess|broken|unusable|full of bugs]',
      '[I get|I keep getting|keep getting] [an error|error messages|a blank screen|"something went wrong"] [every time I log in|when I try to save|at checkout]',
      '[it|the app] [didn\'t|doesn\'t|does not] [work|load|sync] [half the time|properly|on my phone]',
      '[it |][lost|deleted] my [data|settings|saved items] [when it crashed|after the update]',
      '[please|pls|PLEASE] fix the [bugs|crashes|app]',
      'the [latest|new] version is [so|really|super] [buggy|slow|broken]',
      '{app} drains my battery and [crashes|freezes]',
      '[I |][can\'t|cannot|couldn\'t] [log in|check out|upload anything|finish my order] because {app} keeps crashing',
      '[every|each] update [breaks|broke] something [new|else]',
    ],
    nouns: ['the crashes', 'the bugs', 'the app crashing', 'the glitches', 'the buggy app'],
  },
  delivery_late: {
    clauses: [
      '[my|the] [order|package|delivery|parcel] [arrived|came|showed up] {days} late',
      '[delivery|shipping] [was|is] [really|so|way too|incredibly] slow',
      '[still waiting for|still haven\'t received|never received] my [order|package|delivery][ after {days}|]',
      '[the|your] [courier|delivery driver|driver] [never showed up|left it at the wrong address|marked it delivered but it wasn\'t]',
      '[tracking|the tracking info|the tracking page] [wasn\'t updated|said delivered|was useless][ for {days}|]',
      '[I was |][promised|paid for] [next day|2-day|express] delivery and it took {days}',
      '[late|delayed] [delivery|deliveries|shipments] [again|every single time|{times}]',
      '[the box|my order|the parcel] arrived [damaged|late and damaged|half empty]',
      '[missed|had to reschedule] the delivery [slot|window] {times}',
      'shipping to [Germany|France|Spain|Italy|the UK|Poland|the Netherlands] takes forever',
    ],
    nouns: ['the late deliveries', 'the slow shipping', 'the delivery delays', 'the courier'],
  },
  price_too_high: {
    clauses: [
      '[too expensive|way too expensive|overpriced|pricey|it costs too much]',
      '[the|your] price [went up|increased|keeps going up] [again|by 30%|without any improvement|for no reason]',
      '[not worth the money|not worth what I pay|poor value for money|not good value]',
      '[cheaper|better value] [alternatives|competitors|options] [are out there|exist|do the same thing]',
      '[the|a] [subscription|monthly fee|Pro plan|upgrade|renewal] is [too|really|ridiculously] [expensive|high|steep]',
      '[I|we] can\'t justify {amount} a month [for this|anymore]',
      '[prices|pricing] [keep going up|is confusing|is too high for small businesses]',
      '[I\'d|I would] [recommend it|give a higher score] if it [was|were] cheaper',
      '[paying|we pay] more for [less|fewer features] every year',
    ],
    nouns: ['the price', 'the pricing', 'the cost', 'the price increase'],
  },
  slow_resolution: {
    clauses: [
      '[I |I\'ve |][had to|have had to] [call|contact you|write in|chase] {times} [about the same issue|for the same problem|before anything happened|to get it fixed]',
      '[took|it took] {days} to [resolve|fix|sort out] [a simple issue|my problem|my ticket]',
      '[my|the] [issue|problem|ticket] [is still not|still isn\'t|was never] [resolved|fixed|solved]',
      '[nobody|no one] [follows up|followed up|got back to me|ever calls back]',
      '[every time|each time] I [call|contact support] I have to explain [everything|the whole thing] again',
      '[I got |][transferred|passed around|bounced between departments] {times}',
      '[they|you|support] [closed|marked] my ticket [as solved|resolved] [but|and] [it wasn\'t|nothing was fixed|the problem came back]',
      '[still |]no resolution after {days}',
      '[I |][got|received] the same [canned|copy-paste|scripted] [answer|response] {times}',
      '[escalated|asked for escalation] {times} and [nothing happened|still waiting]',
    ],
    nouns: ['having to call back', 'the slow resolution', 'chasing support', 'the repeat calls'],
  },
  cancellation: {
    clauses: [
      '[cancelling|canceling|trying to cancel] [my subscription|my account|the plan] [was|is] [a nightmare|impossible|way too hard|a joke]',
      '[you|they] [make|made] it [so|really|deliberately] hard to cancel',
      '[I |][couldn\'t|could not|can\'t] find [how|where] to cancel [online|in the app|anywhere]',
      '[I |][had to|needed to] call {times} to cancel[ and they kept trying to upsell me|]',
      '[still|you kept|they kept] [charging|billing] me after I [cancelled|canceled]',
      '[no|there\'s no|there is no] [cancel button|way to cancel online]',
      '[the|your] retention team [wouldn\'t let me cancel|kept pushing offers|ignored my request to cancel]',
    ],
    nouns: ['the cancellation process', 'how hard it is to cancel'],
  },
  missing_features: {
    clauses: [
      '[missing|lacks|still no|no] {feature}',
      '[please|pls] add {feature}',
      '[I |][would|\'d] [love|like] to see {feature}',
      '[it\'s|it is|the product is] missing [basic|some key|a few basic] features[ like {feature}|]',
      '[can\'t believe|hard to believe] there\'s [still |]no {feature}',
      '[competitors|other tools] [have|already have|offer] {feature}',
      '[it |][needs|really needs] {feature}[ badly| asap| to be useful for us|]',
      '[the|your] [reporting|reports|export options] [are|is] [too basic|very limited|lacking]',
    ],
    nouns: ['the missing features', 'the lack of {feature}', 'no {feature}'],
  },
  onboarding: {
    clauses: [
      '[setup|set up|getting started|onboarding] was [confusing|a pain|way harder than it should be|overwhelming]',
      '[no|there\'s no|poor|zero] [guidance|tutorial|help] [when I started|for new users|getting set up]',
      '[took|it took] [us|me] {days} to get [set up|everything configured|the account working]',
      'the [welcome|onboarding] [emails|videos|guide] [didn\'t help|were useless|were out of date]',
      '[importing|migrating] [our|my] data was [painful|a nightmare|not straightforward]',
      '[the|your] [documentation|help center|docs] [is|are] [confusing|outdated|hard to follow]',
    ],
    nouns: ['the onboarding', 'the setup', 'getting started'],
  },
  reliability: {
    clauses: [
      '[the|your] [service|site|platform|system|website] [is|was|keeps going] down [all the time|again|{times} {month}|way too often]',
      '[another|yet another|constant] [outage|outages][ this week| {month}|]',
      '[it\'s|it is] [unreliable|not reliable|down more than it\'s up]',
      '[we|I] lost [a day of work|hours of work|sales] [because of|due to] [your|the] outage',
      '[the|your] [website|site|dashboard] [is|was] [so|really|painfully] slow[ to load|]',
      '[sync|syncing] [fails|doesn\'t work|is unreliable]',
      '[no|zero] [communication|status updates|warning] [during|about] the [outage|downtime]',
      '[random|frequent|constant] [downtime|disconnects|timeouts]',
    ],
    nouns: ['the outages', 'the downtime', 'the reliability', 'the constant downtime'],
  },
  account_access: {
    clauses: [
      '[I was |I got |got |]locked out of my account [for {days}|again|{times}]',
      '[I |][can\'t get into|couldn\'t access] my account [for {days}|again|since {update}]',
      '[password reset|the reset link|the reset email] [doesn\'t work|never arrives|never arrived|expired]',
      '[the|your] [2FA|two-factor|verification] code [never comes|never arrived|doesn\'t work]',
      '[I |][can\'t|cannot|couldn\'t] log in [since {update}|on my phone|at all]',
      '[logging in|login|signing in] is [a pain|a nightmare|broken]',
      '[my|the] account got [suspended|deactivated|locked] [for no reason|by mistake]',
    ],
    nouns: ['the login problems', 'being locked out', 'the password resets'],
  },
  unhelpful_staff: {
    clauses: [
      '{agent} [was|were] [not helpful|rude|unhelpful|clueless|dismissive|not helpful at all]',
      '[staff|agents|support] [don\'t|didn\'t|do not] [know|understand] [what they\'re doing|the product|my problem]',
      '{agent} [hung up on me|never answered my question|just read from a script]',
      '[nobody|no one] [cared|seemed to care|listened]',
      '{support} [is|was] [useless|a waste of time|no help at all]',
      '[the|your] [chatbot|bot] [is|was] useless and [I couldn\'t|there was no way to] reach a human',
      '[I |][never got|didn\'t get] a straight answer',
    ],
    nouns: ['the attitude of the staff', 'the unhelpful agents', 'the chatbot'],
  },
};
