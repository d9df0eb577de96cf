/**
 * Double negatives and hedges said plainly, before the rules read a reply: "I'm not opposed to a
 * chat" is "open to a chat", "I don't think we need this" is "not for us", "no calls, email me"
 * is a channel, not a no. The rules list words; these sayings turn their words around, so a rule
 * that sees "not", "don't" or "не" first would read them backwards. Text is already lower case
 * with ё as е.
 */
const SAID_PLAINLY: [RegExp, string][] = [
  // A yes said as a double negative.
  [
    /\b((i|we) )?(can'?t|cannot|could ?n'?t) (say|claim) (that )?(i'?m|we'?re|i am|we are) not (interested|curious)\b/g,
    'interested',
  ],
  [/\bnot (not |un)interested\b/g, 'interested'],
  // "not int": texted short for "not interested" (not "int'l", not "int.").
  [/\bnot int(?![\w'.-])/g, 'not interested'],
  [/\b((i|we) )?(would ?n'?t|would not) be (against|opposed to|averse to)\b/g, 'open to'],
  [/\b((i'?m|we'?re|i am|we are) )?not (opposed|against|averse)( to\b)?/g, 'open to'],
  [/\b((i|we) )?(would ?n'?t|would not|do ?n'?t|do not) mind\b/g, 'open to'],
  [/\bno objections?( to\b| from (me|us|my side|our side)\b)?/g, 'open to'],
  [/\b((i|we) )?(can'?t|could ?n'?t|would ?n'?t) say no to\b/g, 'open to'],
  [/\b(it )?(can'?t|won'?t|would ?n'?t) hurt to\b/g, 'happy to'],
  [/\b((i|we) )?(do ?n'?t|do not) hate (the idea|it|this|that)\b/g, 'i like the idea'],
  [/\b(i'?ll|we'?ll|i will|we will|happy to) hear you out\b/g, 'tell me more'],
  [/\bnever say never\b/g, 'maybe later'],
  // An answer to a "break-up" email that keeps the door open: "no need to close the loop",
  // "don't give up on me yet", "don't close my file".
  [
    /\b(no need to|(please )?(do ?n'?t|do not)|no reason to) (close (out )?(the|my|our|this) (loop|file)|give up on (me|us)( yet)?|close (it|this|us|me) out)\b/g,
    'keep it open',
  ],
  [/(ничего )?не (имею|имеем) (ничего )?против/g, 'не против'],
  [/не (буду |будем |стану |станем )?(возражать|возражаю|возражаем)( против)?/g, 'не против'],
  [/(бы )?не (отказался|отказалась|отказались|откажусь|откажемся)/g, 'не против'],
  // A no said as a hedge.
  [
    /\b((i|we) )?(can'?t|cannot|could ?n'?t) (say|claim) (that )?(i'?m|we'?re|i am|we are) (interested|keen|sold|convinced)\b/g,
    'not interested',
  ],
  [
    /\b((i|we) )?(do ?n'?t|do not) think (so|we('d| would)? need (this|it|that|one|you)|(this|it|that)('s| is) (for us|a fit|relevant|needed))\b/g,
    'not for us',
  ],
  // A stop with an end: "please don't contact me until June" is a wait, not a stop.
  [
    /\b(please |pls |kindly )?(do ?n'?t|do not) (contact|email|e-mail|write to|call|message|ping|bother|reach out to) (me|us)( again)? (until|till|before)\b(?! you\b)/g,
    'not until',
  ],
  // "I doubt our reps would use it": the team would not take it.
  [
    /\b((i|we) )?doubt (our|my|the) (reps|team|people|sellers|sales team|salespeople|users) (would|will|'d|'ll) (ever )?(use|adopt|touch|want|like) (it|this|that|one)\b/g,
    'not for us',
  ],
  // "I don't see how this would help us.": the use not seen (asked how, "…can you explain?", it
  // stays a question).
  [
    /\b((i|we) )?(do ?n'?t|do not|can'?t|cannot|fail to) (really )?see how (this|it|that|you|your (tool|product|platform)) (would|could|will|can|might) (help|work for|apply to|fit|benefit|be (useful|relevant|of use) (to|for)) (us|me|our (team|company|business|reps|sales team))\b(?![^?]{0,100}\?)/g,
    'not for us',
  ],
  // "Not worth it for us.", "it's not worth the money": a no, whatever it would cost.
  [
    /\b((it'?s|that'?s|it is|that is|just|simply) )?not worth (it|the (money|cost|price|spend|hassle|effort|investment|switch))( for (us|me|our (size|team)))?(?=\s*([.!,;]|$))/g,
    'not for us',
  ],
  [
    /\b((i|we) )?doubt (it|we('d| would)? need (this|it|one)|(this|it)('s| is| would be) (a fit|for us|relevant))\b/g,
    'not for us',
  ],
  [
    /(не (уверен|уверена|уверены),? что|вряд ли) (это |нам |нас |оно )*(нужно|надо|подойдет|подходит|интересно|актуально|нужен|нужна|пригодится)/g,
    'нам не подходит',
  ],
  [
    /не ((сказал|сказала|сказали) бы|(могу|можем) сказать),? что (это |нам )*(интересно|актуально|нужно)/g,
    'не интересно',
  ],
  // A yes on a condition the reader cannot see ("if this is about a partnership, I'm interested"):
  // no yes yet.
  [
    /\bif (this|it|that)('s| is| was) (about|regarding|related to|for) [^,.!?—–-]{1,50}[,—–-]\s*(then )?(i'?m|we'?re|i am|we are|i'?d be|we'?d be|i would be|we would be) (definitely |very |always |certainly |probably )?(interested|keen|open to it)/g,
    'it depends',
  ],
  // A requirement, not a no: "Без неё не рассматриваем", "without it, it's a non-starter".
  [
    /без (нее|него|этого|них|такой (функции|возможности|интеграции))(,| —| -)? (мы |вас |это )?(не рассматриваем|не (будем|станем|сможем) (рассматривать|работать)|не подойдет|не интересно|никак|не вариант)/g,
    'только при условии',
  ],
  [
    /\bif you (do ?n'?t|do not|can'?t|cannot) (\w+ )?(integrate|work|connect|sync|plug in) with ([\w.-]+( [\w.-]+)?),? (then )?((there'?s|it'?s|there is|it is) )?(no point|not worth|a non-?starter|a dealbreaker|no deal)[^.!?]*/g,
    'only if you $3 with $4',
  ],
  [
    /(если )?(нет|не будет) интеграции с ([^\s,.!?]+)\s*[,—–-]?\s*(то )?(смысла нет|нет смысла|не (рассматриваем|подойдет|интересно))/g,
    'только при условии интеграции с $3',
  ],
  [
    /\bwithout (it|that|this|one|them)(,| —| -)? ((it'?s|that'?s|this is|it would be|that would be) )?(a |an )?(non-?starter|dealbreaker|deal-breaker|no[- ]go|not an option|no deal|we can'?t (move forward|proceed|consider (it|you)))/g,
    'only if',
  ],
  // English as much of the world writes it: "we are already having a similar solution" (we have
  // one), "Kindly call tomorrow" (call me).
  [/\b(we|i|they)('re| are|'m| am) (already |currently |presently |also )?having\b/g, '$1 $3have'],
  // "We are not requiring this service at present": we do not need it.
  [/\b(we|i)('re| are|'m| am) (currently |presently )?not requiring\b/g, '$1 do not need'],
  [
    /\b(please|kindly) call(?= *([.!,]|$| (back|asap|urgently|now|today|tomorrow|on|at|after|before|in|this|next|between)\b))/g,
    '$1 call me',
  ],
  // A stop turned down: "Please don't remove me from your list", "Not spam at all", "I unsubscribed
  // by mistake": the words of a stop, said to stay.
  [
    /\b(please )?(do ?n'?t|do not|never) (unsubscribe|remove|delete|take) (me|us)( (from|off) (your|the|this) (mailing |e-?mail )?(list|database|newsletter|mailings))?/g,
    'keep me on your list',
  ],
  // ("Not spam? Then what is it?" asks it sarcastically: left as said; "это не спам" likewise.)
  [
    /\b((this|it|that)('s| is) )?not (spam|spammy)( at all)?\b(?!\s*\?)|\b(this|it|that) is ?n'?t (spam|spammy)( at all)?\b(?!\s*\?)/g,
    'relevant',
  ],
  [/(?<![а-яё])(это |вовсе |совсем )?не спам(?![а-яё])(?!\s*\?)/g, 'актуально'],
  [
    /\b(i|we)( have|'ve| had)? (accidentally |mistakenly )?(unsubscribed|opted out)( (from|of) [^.,!?]{0,40}?)? (by (mistake|accident)|accidentally|in error)\b|\b(i|we)( have|'ve| had)? (accidentally|mistakenly) (unsubscribed|opted out)\b/g,
    'i left your list by mistake',
  ],
  // A hedge that only softens what follows ("не то чтобы очень интересно, но…").
  [/не то чтобы (очень |сильно )?/g, ''],
  // "Never" said around its verb.
  [/\bdo ?n'?t ever (email|e-mail|contact|call|write to|message)\b/g, 'never $1'],
  [/никогда (больше )?(мне |нам )?не (пишите|звоните)/g, 'не пишите мне больше'],
  // A channel, not a no: "no calls, email me", "не надо звонить, давайте переписываться" (unless
  // email is turned down too).
  [
    /(^|[.!?] )(no,? )?(please )?(do ?n'?t|do not|no need to|no) (phone |ring )?call(s|ing)?( me| us)?( please)?[.,!]?(?!.{0,80}\b(do ?n'?t|never|no|stop) (email|e-mail|write))(?=.{0,80}\b(email|e-mail|write|writing|text)\b)/g,
    '$1email is better. ',
  ],
  [
    /(не нужно|не надо|не стоит) (мне |нам )?(звонить|созваниваться)|(звонить|созваниваться) (мне |нам )?(не нужно|не надо|не стоит)|без (звонков|созвонов)/g,
    'лучше письмом',
  ],
];

export const saidPlainly = (text: string): string =>
  SAID_PLAINLY.reduce((t, [saying, plain]) => t.replace(saying, plain), text);
