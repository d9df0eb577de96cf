import { isWeekday, MONTH_WORD } from './dates.js';
import { ruleReads } from './rule-words.js';
import { isRussianFirstName } from './russian-names.js';

/**
 * How a reply was laid out, undone before it is read: what a mail client did to its lines, and the
 * pleasantries a person writes around an answer (a greeting, "Thanks for reaching out.", "Have a
 * great weekend!"). None of it is part of what they said.
 */

/** A no-break space (an HTML mail's `&nbsp;`) or another wide space is a space. */
const ODD_SPACES = /[\u00a0\u2007\u202f\u2000-\u200a]/g;

/**
 * The text as the person typed it: no-break spaces as spaces, a phone's curly apostrophes as
 * straight ones, and lines a mail client broke at its width (Outlook's plain text at 76
 * characters) joined again, so "reach out in the second half of next\nyear" is one phrase. A
 * break is the client's when the line above is long and the line below goes on in lower case, or
 * when the line above is long and ends on a word in lower case ("…the second week of\nJanuary"),
 * which a signature's lines ("Director of Sales, EMEA") do not. A list's items and a short line
 * ("not now") keep their breaks.
 */
export function unwrapped(text: string): string {
  // A line is read up to its last non-space: a run of spaces before a break is crossed once, not
  // once for each space (a reply of 20,000 spaces took 0.2 s).
  return text
    .replace(ODD_SPACES, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(
      /^([^\n]{29,}?\S)[ \t]*\n[ \t]*(?=\p{Ll})|^([^\n]{40,}?(?<!\p{L})\p{Ll}+)[ \t]*\n[ \t]*(?=[\p{L}\d])/gmu,
      (line, short, long) => {
        const body = (short ?? long) as string;
        return /^\s*[-*•>]|^\s*\d+[.)]\s/.test(body) ? line : `${body} `;
      },
    );
}

/** Words that open a reply and are its answer, not a name: "Hey no, we're set." keeps its "no". */
export const NOT_A_NAME =
  /^(no|nope|nah|yes|yeah|yep|yup|sure|ok|okay|thanks|thank|stop|pass|remove|unsubscribe|absolutely|definitely|maybe|perhaps|sorry|unfortunately|honestly|seriously|please|interesting|later|again|wow|well|hmm|look|listen|agreed|correct|right|great|perfect|cool|fine|done|noted|understood|never|not|wrong|spam|нет|да|спасибо|стоп|хватит)$/iu;

/** The words a salutation opens with, in English and Russian. */
const SALUTATION =
  /^\s*(hi|hello|hey|hiya|howdy|greetings|dear|good (morning|afternoon|evening|day)|morning|afternoon|здравствуй(те)?|добр(ый|ого) (день|дня|вечер|вечера)|доброе утро|день добрый|привет(ствую)?|уважаем(ый|ая|ые))(?![\p{L}'’])/iu;
/** Who it greets: "Sam", "Mr. Ortiz", "team", "Иван Петрович"; then its mark or the line's end. */
const GREETED =
  /^(?:[ \t]*,)?((?:[ \t]+(?:mr|mrs|ms|dr)\.)?(?:[ \t]+[\p{L}'’&-]+){1,3}?)[ \t]*([,!.:;]|[—–-](?=\s)|(?=\n))\s*/iu;
/** A salutation with no one named: "Hi,", "Hello!", "Hey —", "Добрый день." */
const MARK = /^[ \t]*([,!.:;]|[—–-](?=\s)|(?=\n))\s*/u;
/** Lower-case words a greeting names people with: "hi all", "hello team and Sam". */
const GROUP =
  /^(and|&|team|all|everyone|everybody|there|folks|guys|both|y'all|sir|madam|colleagues|friends|коллеги|друзья|все|всем)$/iu;
/** A name alone on the first line, as a greeting: "Sam,". */
const NAME_ALONE = /^\s*(\p{Lu}[\p{Ll}'’-]+( \p{Lu}[\p{Ll}'’-]+)?),[ \t]*\n\s*/u;

/** How long the greeting above a reply is: "Hi Sam,", "Hello team —", "Dear Mr. Ortiz,",
 * "Good morning!", "Здравствуйте, Иван Петрович!", "Sam," alone on its line; 0 when none. */
function greetingLength(text: string): number {
  const name = NAME_ALONE.exec(text);
  if (name) return NOT_A_NAME.test(name[1] as string) ? 0 : name[0].length;
  const open = SALUTATION.exec(text);
  if (!open) return 0;
  const after = text.slice(open[0].length);
  const greeted = GREETED.exec(after);
  if (greeted) {
    const words = (greeted[1] as string).split(/[\s.]+/).filter((w) => w && !/^(mr|mrs|ms|dr)$/i.test(w));
    // "hi sam," is a greeting as typed; "hey not now." is an answer.
    const named = words.every(
      (w) =>
        GROUP.test(w) ||
        (!NOT_A_NAME.test(w) && (/^\p{Lu}/u.test(w) || (words.length === 1 && greeted[2] !== '.'))),
    );
    if (named) return open[0].length + greeted[0].length;
  }
  const mark = MARK.exec(after);
  return mark ? open[0].length + mark[0].length : 0;
}

/**
 * Whom a courtesy names: "Thanks, Sam.", "Hope you're well, Dana!". Not "thanks anyway", which is
 * a no's last word (a name cannot be told by its capital here: under the i flag \p{Lu} is any letter).
 */
const NAMED = String.raw`(,? (?!(anyway|anyways|though|tho|regardless|nonetheless|but)(?!\p{L}))\p{L}[\p{L}'’-]*)?`;

/**
 * A courtesy before the answer: "Thanks for reaching out.", "Hope you're well!", "Sorry for the
 * slow reply.", "Спасибо за письмо." Said to anyone about anything, it is no part of the answer
 * ("Thanks for reaching out.\n\nYes." is a yes), so it goes when something follows it; "Thanks
 * for reaching out, but…" is one sentence with the answer in it, and stays.
 */
const OPENING_COURTESY = new RegExp(
  [
    String.raw`^\s*((many |a lot of )?thanks|thank you|thx|ty)( (so|very) much| again)? for (reaching out|getting in touch|writing|following up|contacting (us|me)|thinking of (us|me)|your (e-?mail|note|message|mail|outreach|follow[- ]?up|interest|time|patience|reply)|the (e-?mail|note|message|mail|outreach|follow[- ]?up|info|information|details|reminder|nudge|ping|heads[- ]up|offer|invite|invitation))${NAMED}\s*[.!]+`,
    String.raw`^\s*(i |we )?(really )?appreciate (you|your) (reaching out|getting in touch|following up|e-?mail|note|message|outreach|follow[- ]?up)\s*[.!]+`,
    String.raw`^\s*(i |we )?hope (you're|you are|you've been|all is|this finds you|your week is)( doing)? (well|good|great)( and [^.!?,\n]{1,30})?${NAMED}\s*[.!]+`,
    String.raw`^\s*((so |very )?sorry|apologies|my apologies|i apologi[sz]e)( for (the|my) (slow|late|delayed|belated) (reply|response)| for (the|my) (delay|delayed (reply|response))| for (getting back|replying|responding) (so )?late| it took (me )?(so long|a while)( to (reply|respond|get back( to you)?))?)\s*[.!]+`,
    String.raw`^\s*(извините|простите|прошу прощения)(,)? за (задержку|долгий ответ|поздний ответ)( с ответом)?\s*[.!]+`,
    String.raw`^\s*(спасибо|благодарю|благодарим) (вам |большое )?за (письмо|ваше письмо|информацию|обращение|ваше обращение|предложение|ваше предложение|интерес)(?![а-яё])${NAMED}\s*[.!]+`,
  ].join('|'),
  'iu',
);

/** A courtesy after the answer: "Thanks!", "Thanks, Sam.", "Have a great weekend!", "Take care.", "Хорошего дня!". */
const CLOSING_COURTESY = new RegExp(
  String.raw`(^|[.!?)][ \t]+|\n[ \t]*)((have|enjoy) (a|the|your) (great|good|nice|lovely|wonderful|happy)? ?(day|week|weekend|one|evening|holiday|holidays|thanksgiving|christmas)|happy (holidays|thanksgiving|new year|friday)|take care|hope (this|that) helps|((many )?thanks|thank you|thx|cheers|спасибо|благодарю)( (so|very) much| again| in advance| for (your|the) (time|understanding|help|email|note))?${NAMED}|хорошего (дня|вечера|выходных)|хороших выходных|всего (доброго|хорошего|наилучшего))\s*[.!]*\s*$`,
  'iu',
);

/**
 * A name the answer is said to at its end: "No thanks, Sam.", "Not for us, Dana!", "Does it
 * integrate with HubSpot, Sam?", "Нет, спасибо, Сэм." It is no part of the answer ("Pass, Sam."
 * is "Pass"). A name after a person's role is who the reply hands over to and stays: "Talk to my
 * colleague, Priya.", "Please contact our head of IT, Omar." Nor is a day, a month or a word the
 * rules read a name ("Next week works, Tuesday.", "Not now, Later."). At the start ("Sam, yes.",
 * "Иван, нет.") a name is told from a word that opens an answer the same way ("Interesting, tell
 * me more.", "Пришлите, посмотрим.", "Oui, avec plaisir.") by what it is: a Russian word only when
 * it is a first name on the list, a Latin one when no rule reads it and it is not another
 * language's yes or no; and never when the sentence goes on about them ("Dana, our CFO, decides.").
 */
const TRAILING_NAME = /,[ \t]+(\p{Lu}\p{Ll}+)[ \t]*([.!?]*)[ \t]*$/u;
const LEADING_NAME =
  /^[ \t]*(\p{Lu}\p{Ll}+),[ \t]+(?!(our|my|the|who|and|or|&)\b)(?=[\p{Ll}\d\p{Extended_Pictographic}])/u;
const ROLE_BEFORE =
  /(?<!\p{L})(colleagues?|co-?workers?|manager|boss|lead|director|vp|cto|ceo|cfo|coo|cmo|cro|cio|ciso|founder|owner|person|assistant|partner|counterpart|replacement|successor|contact|buyer|admin|administrator|team|department|specialist|rep|representative|engineer|architect|officer|counsel|lawyer|attorney|(head|vp|director|manager|lead) of [\p{L} &]{1,30}|коллег\p{L}*|руководител\p{L}*|директор\p{L}*|менеджер\p{L}*|юрист\p{L}*)(['’]s)?[ \t]*$/iu;
/** A month's name, whole: "October", "Oct", "октября" (not "Marcus", which begins like March). */
const MONTH = new RegExp(`^${MONTH_WORD}$`, 'iu');
const isName = (word: string) =>
  !NOT_A_NAME.test(word) && !isWeekday(word) && !MONTH.test(word) && !ruleReads(word.toLowerCase());

const FOREIGN_ANSWER =
  /^(oui|non|ja|nein|nee|neen|si|sí|não|sim|merci|danke|dank|bedankt|gracias|grazie|obrigad[oa]|bien|bueno|claro|vale|certo|perfecto|parfait|genau|gerne|graag|prima|natuurlijk)$/iu;
const isLeadingName = (word: string) =>
  /^\p{Script=Cyrillic}/u.test(word) ? isRussianFirstName(word) : isName(word) && !FOREIGN_ANSWER.test(word);

/** A word that only opens the answer: "Honestly, no.", "To be honest, not for us.", "Look, we're set." */
const OPENER =
  /^[ \t]*(honestly|frankly|to be (honest|frank)|tbh|truthfully|candidly|in all honesty|realistically|respectfully|actually|well|hmm+|look|listen)[,.!—–-]*[ \t]+(?=\S)/iu;

/** The answer without an opener and without the name it is said to, before it or after it. */
function withoutOpenerOrName(text: string): string {
  const opened = text.replace(OPENER, '');
  const lead = LEADING_NAME.exec(opened);
  const rest = lead && isLeadingName(lead[1] as string) ? opened.slice(lead[0].length) : opened;
  const trail = TRAILING_NAME.exec(rest);
  if (!trail) return rest;
  const before = rest.slice(0, trail.index);
  return before.trim() && isName(trail[1] as string) && !ROLE_BEFORE.test(before)
    ? before + (trail[2] ?? '')
    : rest;
}

/**
 * The reply without what surrounds its answer: the greeting, a courtesy before it and one after
 * it, an opener ("Honestly,") and a name the answer is said to ("Sam, …", "…, Sam."). Each goes
 * only when something is left: a greeting alone ("Hi Sam!") or a thank-you alone is what they
 * wrote. What follows the greeting on its line stays: "Hi Sam, not for us." reads as "not for us.".
 */
export function withoutPleasantries(text: string): string {
  let rest = text.slice(greetingLength(text));
  for (
    let m = OPENING_COURTESY.exec(rest);
    m && rest.slice(m[0].length).trim();
    m = OPENING_COURTESY.exec(rest)
  )
    rest = rest.slice(m[0].length);
  const closing = CLOSING_COURTESY.exec(rest);
  if (closing && rest.slice(0, closing.index).trim())
    rest = rest.slice(0, closing.index + (closing[1] ?? '').length).trimEnd();
  rest = withoutOpenerOrName(rest.replace(/^\s+/, ''));
  return rest.trim() ? rest : text;
}
