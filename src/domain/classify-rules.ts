/**
 * The classifier's rules, as data, in one place (English and Russian). Each rule names the
 * signal it records, so a reply's classification says which rule decided. Text rules read
 * only the reply's own text (quoted history removed), never the outbound pitch it quotes.
 */
export const categories = [
  'interested',
  'not_interested',
  'out_of_office',
  'bounce',
  'unsubscribe',
  'other',
] as const;
export type Category = (typeof categories)[number];

export interface TextRule {
  signal: string;
  pattern: RegExp;
}

/** Subjects of delivery failures and automatic replies. */
export const subjectRules: Record<'bounce' | 'out_of_office', TextRule[]> = {
  bounce: [
    {
      signal: 'subject:bounce:en',
      pattern:
        /\b(undeliverable|undelivered mail|delivery status notification|mail delivery (failed|failure|subsystem)|returned mail|delivery failure)\b/i,
    },
    { signal: 'subject:bounce:ru', pattern: /(недоставлен|не удалось доставить|не доставлено)/i },
  ],
  out_of_office: [
    {
      signal: 'subject:ooo:en',
      pattern:
        /\b(automatic reply|auto[- ]?reply|autoreply|out of (the )?office|away from (the )?office|on vacation|annual leave)\b/i,
    },
    {
      signal: 'subject:ooo:ru',
      pattern: /(автоответ|автоматический ответ|нет в офисе|вне офиса|в отпуске)/i,
    },
  ],
};

/**
 * Reply-text rules in the order they win: an unsubscribe beats "not interested" ("not
 * interested, stop emailing me" is an unsubscribe), which beats "interested" (it contains it).
 */
export const textRules: { category: Exclude<Category, 'bounce' | 'other'>; rules: TextRule[] }[] = [
  {
    category: 'unsubscribe',
    rules: [
      {
        signal: 'text:unsubscribe:en',
        pattern:
          /\b(unsubscribe|remove me|take me off|opt[- ]?out|stop (emailing|e-mailing|contacting|messaging|sending)|(do not|don'?t) (email|e-mail|contact|write to) (me|us)( again)?|no more emails)\b/i,
      },
      {
        signal: 'text:unsubscribe:ru',
        pattern:
          /(отпишите|отписаться|удалите (меня|мой адрес)|не пишите (мне|нам)|больше не (пишите|присылайте)|прекратите (писать|рассылку|присылать))/i,
      },
    ],
  },
  {
    category: 'out_of_office',
    rules: [
      {
        signal: 'text:ooo:en',
        pattern:
          /\b(i am|i'm|i will be) (currently )?(out of (the )?office|on (annual |parental )?leave|on vacation|away|travell?ing)\b/i,
      },
      {
        signal: 'text:ooo:ru',
        pattern:
          /(я (сейчас )?в отпуске|нахожусь (вне офиса|в отпуске|в командировке)|не в офисе до|вернусь \d)/i,
      },
    ],
  },
  {
    category: 'not_interested',
    rules: [
      {
        signal: 'text:not_interested:en',
        pattern:
          /\b(not interested|no thanks|no, thank you|not a (good )?fit|we('re| are) (all set|happy with)|not (looking|in the market)|(will|we'll) pass|no need)\b/i,
      },
      {
        signal: 'text:not_interested:ru',
        pattern: /(не интересно|не интересует|нам (это )?не нужно|не актуально|спасибо, нет|нет, спасибо)/i,
      },
    ],
  },
  {
    category: 'interested',
    rules: [
      {
        signal: 'text:interested:en',
        pattern:
          /\b(interested|let'?s (talk|chat|meet|connect|schedule|set up)|book (a|some) (call|meeting|demo|time)|set up a (call|meeting)|send (me |us )?(more )?(info|information|details|pricing|a proposal)|sounds (good|great)|happy to (talk|chat|meet)|(are you|i'?m) (free|available)|what time works)\b/i,
      },
      {
        signal: 'text:interested:ru',
        pattern:
          /(интересно|интересует|давайте (созвонимся|встретимся|обсудим)|пришлите (подробности|цены|презентацию|предложение)|готовы обсудить|можно созвониться|удобно (созвониться|встретиться))/i,
      },
    ],
  },
];

/** Flags on top of the category: who else must see it, and what makes it urgent. */
export const escalationRules: { flag: 'legal' | 'brand'; rules: TextRule[] }[] = [
  {
    flag: 'legal',
    rules: [
      {
        signal: 'text:legal:en',
        pattern:
          /\b(lawyer|attorney|legal action|lawsuit|sue you|cease and desist|gdpr|data protection|subject access request)\b/i,
      },
      { signal: 'text:legal:ru', pattern: /(юрист|в суд|судебн|претензи|персональных данных|152-ФЗ)/i },
    ],
  },
  {
    flag: 'brand',
    rules: [
      {
        signal: 'text:brand:en',
        pattern:
          /\b(this is spam|spamming|harass|unprofessional|report(ing)? (you|this)|complain(t)?|post(ing)? (this|about you) on (linkedin|twitter|x))\b/i,
      },
      { signal: 'text:brand:ru', pattern: /(это спам|жалоб|непрофессионально|пожалуюсь)/i },
    ],
  },
];

export const priorityRules: { topic: string; pattern: RegExp }[] = [
  { topic: 'pricing', pattern: /\b(pric(e|es|ing)|cost|quote|budget)\b|(цен[аыу]|стоимост|бюджет)/i },
  { topic: 'demo', pattern: /\b(demo|walkthrough|trial)\b|(демо|презентац)/i },
  {
    topic: 'security_review',
    pattern: /\b(security review|soc ?2|iso ?27001|pen ?test|security questionnaire|dpa)\b|(безопасност)/i,
  },
  { topic: 'integration', pattern: /\b(integrat\w*|api|salesforce|hubspot|sso)\b|(интеграц)/i },
  {
    topic: 'contract',
    pattern: /\b(contract|msa|redlines?|procurement|purchase order)\b|(договор|контракт)/i,
  },
];

/** Senders that only ever send delivery reports. */
export const bounceSenders = /^(mailer-daemon|postmaster|mail-daemon)@/i;
