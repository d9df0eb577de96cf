import { withoutFooter } from './footer.js';
import { saidPlainly } from './hedges.js';
import { NOT_A_NAME, unwrapped, withoutPleasantries } from './layout.js';
import { linksAsWords } from './links.js';
import { optOutsAsSubject } from './opt-outs-as-subject.js';
import { spamOfOthers } from './spam-of-others.js';
import { spelled } from './spelling.js';

/** A closing word on its own line: "Thanks,", "Best regards", "С уважением,". */
const SIGN_OFF =
  /^(thanks|thank you|many thanks|thanks again|thx|best|best regards|kind regards|warm regards|regards|cheers|sincerely|all the best|br|спасибо|с уважением|всего доброго|всего хорошего|благодарю)[,.!]*$/i;
/** A closing word and a name on one line: "Best, Dana", "Thanks - Tom B.", "Cheers, J.", "Thanks Sam!" */
const SIGNED = /^(.+?)[,.!]*\s*[-–—]?\s*(\p{Lu}[\p{Ll}'’-]*\.?( \p{Lu}[\p{Ll}'’-]*\.?){0,2})[!.]*$/u;
const signedOnOneLine = (line: string) => {
  const m = SIGNED.exec(line);
  return !!m && SIGN_OFF.test(m[1] as string) && !NOT_A_NAME.test(m[2] as string);
};
/** What follows the last sentence of a line: "Best regards, Ahmed" in "…at the moment. Best regards, Ahmed". */
const SIGNED_AFTER = /[.!?]\s+([^.!?]+?[.!]?)\s*$/u;
/** A line of a signature: a name or title (a few words, no sentence), a number, an address, a rule. */
const SIGNATURE_LINE = (l: string) =>
  (l.split(/\s+/).length <= 5 && !/[.?!]$/.test(l)) ||
  /@|https?:|www\.|\+?\d[\d ()-]{6,}|\|/.test(l) ||
  /^[-_=*]{3,}$/.test(l);

/**
 * The reply without its sign-off: "Lol no.\n\nThanks,\nMichael Brown\nVP Sales | Initech" and
 * "Lol no.\n\nBest, Mike" read as "Lol no.", as the same words sent without a signature do. Cut
 * only where every line under the closing word looks like a signature, never at the first line.
 */
export function withoutSignOff(text: string): string {
  const lines = withoutFooter(text.split('\n'));
  const at = lines.findIndex(
    (l, i) =>
      i > 0 &&
      (SIGN_OFF.test(l.trim()) || signedOnOneLine(l.trim())) &&
      lines
        .slice(i + 1)
        .filter((u) => u.trim())
        .every((u) => SIGNATURE_LINE(u.trim())),
  );
  // "-- " on its own line opens a signature (RFC 3676), whatever its lines say ("Schedule a call
  // with me: calendly.com/jane" is the signature's, not the reply's).
  const dashes = lines.findIndex(
    (l, i) => i > 0 && /^(--|—)\s*$/.test(l) && lines.slice(i + 1).filter((u) => u.trim()).length <= 8,
  );
  const cut = [at, dashes].filter((i) => i > -1);
  const signed = cut.length ? lines.slice(0, Math.min(...cut)) : lines;
  // "…not need this service at the moment. Best regards, Ahmed": signed at the end of the answer's
  // own line, as one-line mail and some webmails' plain text have it.
  const last = signed.findLastIndex((l) => l.trim());
  const tail = last > -1 ? SIGNED_AFTER.exec(signed[last] as string) : null;
  if (tail && (SIGN_OFF.test(tail[1] as string) || signedOnOneLine(tail[1] as string)))
    signed[last] = (signed[last] as string).slice(0, tail.index + 1);
  // A name-led signature can sit above the closing word's (a second signature a client adds).
  const kept = signed.slice(0, signatureBlockAt(signed));
  // A rule left under the reply (an HTML mail's <hr>) says nothing either.
  while (kept.length > 1 && /^\s*([-_=*]{3,})?\s*$/.test(kept.at(-1) as string)) kept.pop();
  return kept.join('\n');
}

/** A person's name as a signature opens with it: "J. Walsh", "Maria Gonzalez", "Анна Смирнова". */
const NAME_LINE =
  /^(?!(yes|no|ok|okay|sure|thanks|thank you|cheers|best|regards|monday|tuesday|wednesday|thursday|friday|not)\b)([A-Z]\.|[A-Z][a-z'’-]+|[А-ЯЁ]\.|[А-ЯЁ][а-яё-]+)( ([A-Z]\.|[A-Z][a-zA-Z'’-]+|[А-ЯЁ]\.|[А-ЯЁ][а-яё-]+)){0,3}$/i;

/**
 * A signature with no closing word above it ("Please take me off your list.\n\nJ. Walsh\nGeneral
 * Counsel\nNorthwind Traders"): a last paragraph of two or more signature lines under the reply,
 * opening with a name. Its title ("General Counsel", "Head of Security") is the writer's job,
 * not what the reply asks about. Returns where it starts, or the text's end.
 */
function signatureBlockAt(lines: readonly string[]): number {
  let end = lines.length;
  while (end > 0 && !(lines[end - 1] as string).trim()) end--;
  let start = end;
  while (start > 0 && (lines[start - 1] as string).trim()) start--;
  const block = lines.slice(start, end).map((l) => l.trim());
  const before = lines.slice(0, start).some((l) => l.trim());
  const first = block[0] ?? '';
  // "Jane Doe | Doe & Partners | Attorneys at law": a whole signature on one line, split by bars.
  const oneLine =
    block.length === 1 && first.includes('|') && NAME_LINE.test(first.split('|')[0]?.trim() ?? '');
  const isSignature =
    before &&
    (oneLine || (block.length >= 2 && NAME_LINE.test(first.split('|')[0]?.trim() ?? ''))) &&
    /[A-ZА-ЯЁ]/.test(first[0] ?? '') &&
    block.every(SIGNATURE_LINE);
  return isSignature ? start : lines.length;
}

const TEXTING_FORMS: Record<string, string> = {
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  thnx: 'thanks',
  tnx: 'thanks',
  u: 'you',
  ur: 'your',
  w: 'with',
  k: 'ok',
  kk: 'ok',
  wk: 'week',
  lmk: 'let me know',
  hmu: 'get in touch',
  rn: 'right now',
  gtfo: 'get out',
  til: 'till',
  whats: "what's",
  hows: "how's",
  whos: "who's",
  thats: "that's",
  theres: "there's",
  ive: "i've",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  youre: "you're",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  havent: "haven't",
  пжлст: 'пожалуйста',
  пжл: 'пожалуйста',
  плз: 'пожалуйста',
  щас: 'сейчас',
  скока: 'сколько',
  ther: 'there',
  tmrw: 'tomorrow',
  yr: 'year',
  yrs: 'years',
  mths: 'months',
  tmr: 'tomorrow',
  след: 'следующем',
  скоко: 'сколько',
  gr8: 'great',
  whens: "when's",
  wheres: "where's",
  deets: 'details',
  b4: 'before',
  mtg: 'meeting',
  abt: 'about',
  alrdy: 'already',
  atm: 'at the moment',
  'r u': 'are you',
  'u r': 'you are',
  'we r': 'we are',
  'they r': 'they are',
};
// Longest first, so "u r" is read before "u".
const TEXTING_WORDS = Object.keys(TEXTING_FORMS).sort((a, b) => b.length - a.length);
// Letters on either side in any alphabet end the match (JavaScript's \\b knows only Latin), and so
// do the joiners of codes and addresses: "w-9", "k-12", "u.s.", "k@acme.com" stay as written.
const TEXTING = new RegExp(
  `(?<![\\p{L}\\p{N}_@/-])(?<!\\p{L}\\.)(${TEXTING_WORDS.join('|')})(?![\\p{L}\\p{N}_@/'-]|\\.\\p{L})`,
  'gu',
);

// Polish and Czech write "w", "u" and "k" as words ("w marcu", "u nas", "k vám"): in their text
// those are not texting for "with", "you" and "ok".
const WEST_SLAVIC =
  /[ąćęłńśźżěřůčšťďňľ]|(?<!\p{L})(nie|się|jest|jestem|proszę|prosze|dziękuję|dziekuje|czy|że|już|teraz|bardzo|jsme|děkuji|prosím|nás|vám)(?!\p{L})/iu;

/**
 * Smileys, as emoji (🙂 😅 🤣 🥲 ☺) or typed (":)", ";-)", ":D", ":("). Not the hands between
 * them (U+1F918–1F91F: 🤝 🤞 🤙): a handshake alone is an answer.
 */
const FACES =
  /[\u{1F600}-\u{1F644}\u{1F910}-\u{1F917}\u{1F920}-\u{1F92F}\u{1F970}-\u{1F97A}\u{263A}\u{2639}]\uFE0F?|(?<!\S)[:;][-']?[()DPp\][/|]+(?!\S)/gu;

/**
 * A sentence telling the reader how to opt out: "…just reply STOP", "ответьте «отписаться»".
 * It starts only where a sentence does: tried at every character, a long unpunctuated reply
 * was crossed once per character (a second for 20,000 characters).
 */
const OPT_OUT_INSTRUCTION =
  /(?<![^.!?])[^.!?]*((\bto|if you('d| would)? (like|wish|want) to) (unsubscribe|opt out|stop receiving)[^.!?]{0,40}\b(click|visit|follow|go to|tap)\b|\bclick (here|the link|below) to (unsubscribe|opt out|manage)|чтобы отписаться,? (нажмите|перейдите|пройдите)|\b(reply|respond|answer|write back)\b[^.!?]{0,30}?"?\b(unsubscribe|stop|remove|opt[- ]?out)\b"?|(ответьте|напишите|пришлите)[^.!?]{0,30}?"?(отписаться|стоп|удалить)"?)[^.!?]*[.!?]?/g;

/**
 * The last step: words that are neither a request nor a complaint of ours. "We had a spam problem
 * with our last vendor" is someone else's spam; "how do you handle opt-outs?" asks about the
 * product and asks nobody to stop.
 */
const noneOfOurs = (t: string) => optOutsAsSubject(spamOfOthers(t));

/**
 * A reply's text as the classifier reads it: laid out as typed (layout.ts), greeting, courtesies
 * and sign-off cut, lower case, ё as е, straight quotes, single spaces, shorthand spelled out,
 * double negatives and hedges said plainly (hedges.ts), a mention of the spam folder as "filtered
 * mail". The rules and the trained model both read this form, so training and use agree.
 */
export const normalise = (s: string) => readingsOf(unwrapped(s)).answer;

/**
 * Both readings of a text already laid out as typed (`unwrapped`): the person's answer, with its
 * pleasantries cut, and the text as sent, which keeps them (an auto-responder's "Thanks for
 * reaching out!" is what marks it). The second costs nothing when there were none. `written` is
 * the answer before it is read: its capitals tell names.
 */
export function readingsOf(typed: string): { answer: string; asSent: string; written: string } {
  const signedOff = withoutSignOff(typed);
  const written = withoutPleasantries(signedOff);
  const asSent = read(signedOff);
  return { answer: written === signedOff ? asSent : read(written), asSent, written };
}

/** The rest of the reading, after the cuts. */
const read = (s: string) => {
  const slavic = WEST_SLAVIC.test(s);
  return noneOfOurs(
    saidPlainly(
      linksAsWords(s)
        .toLowerCase()
        .replace(/ё/g, 'е')
        .replace(/[\u2018\u2019\u02bc]/g, "'")
        .replace(/[\u201c\u201d«»]/g, '"')
        // A paragraph ends its sentence even without a full stop: "…we're on Salesforce\n\nCan you
        // show me…?" asks about showing, not about Salesforce. (List items stay one sentence: a
        // list under "Two questions:" asks in every line.)
        .replace(/([^\s.!?:;,])[ \t]*\n(?=[ \t]*\n)/g, '$1.\n')
        // A face is tone, not words: "Pass 🙂" and "Pass :)" say what "Pass" says. (Thumbs, crosses
        // and "no" hands stay: alone, they are the answer.)
        .replace(FACES, ' ')
        // An emoji's skin tone and gender say nothing of the answer: "🙅‍♀️" is "🙅", "👍🏽" is "👍".
        .replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F]|\u200D[\u2640\u2642]/gu, '')
        .replace(/\s+/g, ' ')
        // Texting shorthand and dropped apostrophes ("pls", "thx", "u", "whats", "im", "til"), so
        // "whats the price range" reads as "what's the price range".
        .replace(TEXTING, (w) => (slavic && w.length === 1 ? w : (TEXTING_FORMS[w] ?? w)))
        // A typo in a word the rules turn on ("intersted", "unsubcribe", "спсибо").
        .replace(/[a-zа-яе]{4,}/g, spelled)
        // "Trail" is a word, but a "trail version" is a trial one ("audit trail" stays).
        .replace(/\btrail (version|period|account|licen[cs]e|run|subscription)\b/g, 'trial $1')
        // "im" is German and Dutch too ("nicht im Büro"): "i'm" only before English.
        .replace(
          /\bim (?=(out|in|not|on|off|away|the|a|an|interested|good|fine|happy|busy|back|sorry|afraid|currently|traveling|travelling|going|looking|open|free|available|just|still|no|sure|ok|okay|all|at|with|leaving|based|now)\b)/g,
          "i'm ",
        ),
    )
      // Our own pitch's opt-out line, when a quote was not recognised ("if you'd rather not hear
      // from me, reply unsubscribe"): an instruction to the prospect, never their request.
      .replace(OPT_OUT_INSTRUCTION, ' ')
      // "It went to my spam folder" is where our mail landed, not a complaint about it.
      .replace(
        /\b(spam|junk) (folder|filters?|box|bin)\b|\b(looks?|looked|seems?|seemed) (spammy|like spam) to (our|my|the) (filters?|mail server|gateway|spam filter)|\b(went|gone|go|goes|going|ended up|end up|ends up|landed|caught) (straight |directly |automatically )?(in|to|into) (my |the |our )?(spam|junk)\b( (folder|box|bin)\b)?( automatically)?|(попада(ет|ют|ло|ли)|попадани[а-я]*|попал[аои]?|оказал[аоси]*|лежал[аои]?) в (папк[уеи] )?(спам|нежелательн)[а-я]*|в папке (спам|нежелательн)[а-я]*/g,
        'filtered mail',
      ),
  ).trim();
};
