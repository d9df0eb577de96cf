import { getDomain } from 'tldts';
import { russianName } from './russian-names.js';

/**
 * The people a reply hands the conversation to: "talk to Dana (dana@acme.com)", "Mark Lee,
 * at mark.lee@acme.com", "Priya Nair <priya@acme.com>", "напишите Ольге: olga@globex.ru".
 * Each address in the reply that is not the sender's own or ours, with the name written
 * just before it when there is one.
 */
export interface Person {
  email: string;
  name?: string;
}

// Starts where an address can (the lookbehind): tried inside a long word, it crossed the rest
// of the word at every character.
const ADDRESS = /(?<![a-z0-9._%+'-])[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
/** Capitalised words (Latin or Cyrillic), e.g. "Kevin O'Brien", "Ольге Смирновой". */
const NAME_WORD = /^(\p{Lu}\p{Ll}+(?:['’-]\p{L}+){0,2}|[OD]['’]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.)$/u;
const NOT_NAMES = new Set(
  "Try Please Could Can Would Will Should Maybe Perhaps Use Contact Reach Talk Speak Add Adding Include Including Invite Copy Copying Cc Cc'ing Hi Hello Ask Email Emails His Her Their Your Yours Me Us Him Them Its Happy Glad Keen Interested Sounds Looks So Write Our My VP CTO CEO CFO COO Head Sales Ops Thanks Sorry Not Wrong The This I You You'll You'd We We'll He She They If When Whenever While Unless Until Once Since After Before Because As At In On From To By With Without About Regarding Feel Do Don't Note Attn Attention Otherwise Alternatively Instead Meanwhile Forwarding Forward Forwarded Looping Loop Ping Send Sending Best Replacement Successor For Kindly Any All General Inquiries Enquiries Questions Para Por Favor Frau Herr Herrn Madame Monsieur Mme Sr Sra Signora Signor Sig Bitte Merci Gracias Grazie Obrigado Obrigada Bedankt Dr Mr Mrs Ms Prof Hey Hiya Dear Yes Yep No Ok Okay Sure Also And But Or Now Just Still Thank Cheers Regards Manager Director Operations Officer Lead President Engineer Specialist Coordinator Executive Analyst Associate Representative Consultant Founder Co-founder Cofounder Assistant Administrator Procurement Purchasing Marketing Finance Revenue Business Development Account Accounts Customer Success Senior Junior Chief Principal Global Regional Vice Team Department Partner Owner Legal Counsel Support Services Product Engineering Technology Technical Strategy Growth Enablement Recruiter Talent People Office Я Мой Моя Мои Мне Напишите Обратитесь Пишите Свяжитесь Спасибо Наш Нашему Нашей Здравствуйте Добрый Привет Коллеги Уважаемый Уважаемая Да Нет Не Больше Теперь Мы Вы Это Но И А Уже".split(
    ' ',
  ),
);

/**
 * The sender's colleagues among the people they copied in (same organisation, by registrable
 * domain): "looping in Rachel" usually names her only in the Cc.
 */
export function colleaguesCopied(copied: readonly Person[], from: string): Person[] {
  const org = getDomain(from.split('@')[1] ?? '');
  if (!org) return [];
  return copied.filter(
    (p) => p.email !== from.toLowerCase() && getDomain(p.email.split('@')[1] ?? '') === org,
  );
}

/** An address format explained, not an address: "first.last@acme.com", "firstname@acme.com". */
const TEMPLATE = /^(first|firstname|name|fname|f)([._-]?(last|lastname|surname|lname|l))?@/;

/**
 * An address spelled out so robots miss it: "dana [at] acme [dot] com", "dana(at)acme.com",
 * "dana at acme dot com" (a bare "at" only with a spelled-out "dot": "meet me at acme.com" is no
 * address).
 */
const BRACKETED_AT =
  /(?<![\w.'%+-])([a-z0-9._%+-]+)\s*[[({<]\s*at\s*[\])}>]\s*([a-z0-9-]+(?:(?:\s*[[({<]\s*dot\s*[\])}>]\s*|\.|\sdot\s)[a-z0-9-]+)+)/gi;
const WORDS_AT =
  /(?<![\w.'%+-])(?!(?:are|is|am|be|were|was|me|us|you|we|i|they|them|him|her|it|this|that|here|there|look|meet|stay|home|work|based|located)\b)([a-z0-9._%+-]+) at ([a-z0-9-]+(?: dot [a-z0-9-]+)+)\b/gi;
const DOT = /\s*[[({<]\s*dot\s*[\])}>]\s*|\sdot\s/gi;
const spelledOut = (text: string) =>
  text
    .replace(BRACKETED_AT, (_, user, host) => `${user}@${host.replace(DOT, '.')}`)
    .replace(WORDS_AT, (_, user, host) => `${user}@${host.replace(DOT, '.')}`);

/**
 * A help line, the writer's own desk for questions about something of theirs: "If you have any
 * questions, contact us at billing@northwind.io" (a receipt's or a notice's closing line). It
 * points at the writer's own desk, hands our conversation to nobody; "if you have questions,
 * contact our CFO at…" names someone and stays.
 */
const HELP_LINE =
  /\bif you (have|need|require) (any )?(further |other |more |additional )?(questions|help|assistance|queries|support)\b[^.!?\n]{0,60}?\b(contact|email|e-mail|write to|reach( out to)?|call)( us| me| our (support|billing|customer service|help ?desk|team)( team)?| support| the team)\b[^.!?\n]*/gi;

/**
 * A sentence about invoices or billing ("Please add ap@acme.com to the invoice contact"): an
 * address for the paperwork of a deal going ahead, not someone the conversation is handed to.
 */
const BILLING_LINE =
  /\b(add|cc|copy|put|use|include)\b[^.!?\n]{0,15}[^\s@]+@[^\s@]+?[^.!?\n]{0,25}\b(to|as|on|for) (the |our |your )?(invoices?|invoicing|billing|accounts payable|remittance|purchase orders?)\b[^.!?\n]*|\b(invoices?|bills?|billing|remittances?)( should| must| can)? (go|goes|be sent|be addressed|be emailed) to\b[^.!?\n]*|\b(invoicing|billing|accounts payable|ap|remittance)( contact| e-?mail| address)( is)?\s*[:—–-]?\s*[^\s@]+@[^\s]*/gi;

/**
 * An address the writer says is dead ("your message to dana@acme.com could not be delivered, she
 * left", "kim@acme.com bounced", "old@acme.com is no longer in use"): nobody to hand us to.
 */
const DEAD_ADDRESS =
  /\b(e-?mails?|messages?|mail|notes?) to [^\s@]+@[^\s@]+? (bounced|failed|came back|(was|got|has been) (returned|rejected|bounced)|((could|can|did|was|has) ?(not|n't) |cannot )(be )?(delivered|reach(ed)?|go(ne)? through))\b|[^\s@]+@[^\s@]+? (bounced|bounces|(is|'s) (dead|deactivated|disabled|closed|no longer (active|in use|valid|monitored|checked))|(does ?n'?t|does not|no longer) exists?)\b/gi;

export function referredPeople(said: string, exclude: readonly string[]): Person[] {
  const text = spelledOut(said.replace(HELP_LINE, ' ').replace(BILLING_LINE, ' ').replace(DEAD_ADDRESS, ' '));
  const skip = new Set(exclude.map((a) => a.toLowerCase()));
  const people: Person[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const email = m[0].toLowerCase().replace(/[.']+$/, '');
    if (skip.has(email) || TEMPLATE.test(email) || people.some((p) => p.email === email)) continue;
    const end = (m.index ?? 0) + m[0].length;
    const name =
      nameBefore(text.slice(Math.max(0, (m.index ?? 0) - 80), m.index)) ?? nameAfter(text.slice(end));
    people.push({ email, name: name && !namesTheCompany(name, email) ? name : undefined });
  }
  return people;
}

/** "I'm at Wayfield now - jen.p@wayfield.com": the company the address belongs to is nobody's name. */
const namesTheCompany = (name: string, email: string) =>
  name.toLowerCase().replace(/[^\p{L}\d]/gu, '') ===
  getDomain(email.split('@')[1] ?? '')
    ?.split('.')[0]
    ?.replace(/-/g, '');

/** A name in brackets straight after an address: "dana@acme.com (Dana Whitfield) handles this" (not "(Sales)"). */
function nameAfter(after: string): string | undefined {
  const name = /^\s*\(([A-ZА-ЯЁ][a-zа-яё]+(?: [A-ZА-ЯЁ][a-zа-яё'’-]+){0,2})\)/u.exec(after)?.[1];
  return name && !NOT_NAMES.has(name) ? name : undefined;
}

/** Words that take a contracted 's ("That's", "It's", "Here's"). */
const CONTRACTED = new Set([
  'That',
  'It',
  'This',
  'There',
  'Here',
  'What',
  'Who',
  'He',
  'She',
  'Let',
  'Where',
]);

/** The last run of capitalised words in the clause before an address. */
function nameBefore(before: string): string | undefined {
  // "J. Alvarez", "Dr. Helen Cho": a period after an initial or a title ends no sentence.
  const clauses = before.split(/(?<!(?:^|[\s(])(?:[A-ZА-ЯЁ]|Dr|Mr|Mrs|Ms|Prof))\.\s|[!?\n;]\s/);
  const last = clauses.pop() ?? '';
  // "…is Marcus Brown. His email: marcus@…": the pronoun points at the clause before.
  const pointsBack = /^\s*(his|her|their|его|ее|её) (e-?mail|address|contact|почта|адрес)/iu.test(last);
  return nameIn(last) ?? (pointsBack ? nameIn(clauses.pop() ?? '') : undefined);
}

/** The last run of capitalised words in a clause. */
function nameIn(clause: string): string | undefined {
  // A hyphen inside a word is part of the name ("Jean-Luc", "García-López"); one between spaces is a dash.
  const words = clause.split(/[\s,:()<>"«»—–]+/).filter(Boolean);
  let run: string[] = [];
  let best: string[] = [];
  for (const word of words) {
    // "That's Maya's area": a contraction is no name, a possessive is the name without its 's.
    const w = word.replace(/^([A-ZА-ЯЁ][a-zа-яё]+)['’]s$/u, (_, base) =>
      CONTRACTED.has(base) ? word : base,
    );
    if (NAME_WORD.test(w) && !NOT_NAMES.has(w) && !CONTRACTED.has(w.replace(/['’]s$/, ''))) run.push(w);
    else {
      if (run.length) best = run;
      run = [];
    }
  }
  if (run.length) best = run;
  const name = best.slice(-3);
  // "Напишите Сергею Иванову" names Сергей Иванов; "Переслал ivan@…" names nobody.
  if (name.length && name.every((w) => /^[А-ЯЁ]/.test(w))) return russianName(name);
  return name.length ? name.join(' ') : undefined;
}

/**
 * The writer's own new or other address ("I'm at maya@newco.com now", "my new email is…", "send
 * it to my work email…", "use anna@work.com instead", "пишите мне теперь на…"): nobody else is
 * pointed to, so a yes in the same reply still stands.
 */
export const movedTo =
  /\b(i'?m|i am) (now )?(at|on|using|reachable at|over at) [^\s@]+@|\bmy (official|work|office|corporate|company|business|personal|other|private)( e-?mail| mail)?( ?id| address| inbox| account)?( is)?\s*[:(<]?\s*[^\s@]+@|\b(on|to|at) my (official|work|office|corporate|company|business|personal|other|private) (e-?mail|mail|id|address|inbox|account)\b|\bmy new (work |personal )?(e-?mail|address|inbox)\b|\b(reach|contact|email|find|write to|ping|send (it |this |them |that )?to) me (now |instead |directly )?(at|on|via) [^\s@]+@|\b(use|try) (my )?[^\s@]+@[^\s]+ (instead|now)\b|(?<![а-яё])мой нов(ый|ая) (адрес|почта)|(пишите|пиши) (мне )?(теперь )?на [^\s@]+@|(пишите|пиши|отправьте|отправляйте|пришлите|присылайте|шлите)( лучше)? (мне )?(теперь )?на (мой )?(нов|друг|личн|рабоч)[а-яё]+( адрес| почту| ящик| email| e-mail)?\s*[:(<]?\s*[^\s@]+@|(?<![а-яё])я теперь (на|по адресу) [^\s@]+@/;

/** The writer's old address named ("this address", "my old email", "don't email me here", "этот адрес"): a move's other half. */
export const oldAddressNamed =
  /\b(this|that|my old|the old|my former|my previous|my work|this work|my personal|my private) (e-?mail )?(address|e-?mail|inbox|mailbox|account)\b|\b(e-?mail|write to|contact|message|reach) (me|us) here\b|(?<![а-яё])(этот|старый|прежний) (адрес|ящик|email|e-mail)(?![а-яё])|на (этот|старый) (адрес|ящик)/;

/**
 * "Unsubscribe my old address (j.kim@oldco.com) and use this one going forward", "erase my old address
 * … and use this one": the writer moves to the address they write from, so the stop is the old
 * address's, not theirs (the corpus's "…use this one: it's the one I read. Interested." is a yes).
 * "Please don't contact me on this address, it's my personal email." turns this address down.
 */
export const movesHere = (text: string) =>
  /\b(my|the) (old|former|previous|personal|private|work|home) (e-?mail )?(address|e-?mail|inbox|account)\b/.test(
    text,
  ) &&
  /\b(?<!\b(do ?n'?t|do not|never|not) )(use|email|write to|contact|reach) (me )?(at |on )?(this|my (work|new|other|business|personal|private)) (one|address|e-?mail)\b/.test(
    text,
  );
