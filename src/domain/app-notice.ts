import { withoutQuotes } from './mentions.js';

/**
 * A notice that names its app first and speaks to its user as a system does: "Chorus: Your meeting
 * with Northwind has been recorded and transcribed.", "Seamless.AI: You have 50 new credits
 * available.", 'Salesloft: Cadence "Enterprise Q4" step 3 is due today for 12 people.'. Work-app
 * notices come in more wordings than any list holds (work-app-notices.ts keeps the ones that need
 * no app's name); this is their common shape, and without it a notice with a time in it read as a
 * yes to the trained model ('Google Calendar: Reminder - "Pipeline review" at 3pm today.').
 *
 * The shape: the mail's first line opens with a capitalised name of one to three words and a colon
 * ("Seamless.AI:", "Google Calendar:", "[GitHub]"), not a word people head a line with ("Update:",
 * "Re:", "Pricing:"); the writer never speaks ("I", "we", "my", "let's") and asks nothing; the text
 * is a line or two; and it reads as a system's: "your" or "you have", a passive ("has been
 * recorded", "was opened by"), "new …", a quoted title, a reminder, a share of a whole, a switch
 * ("paused", "enabled"), a start in so many minutes. A person's
 * "Sam: your emails are spam." still carries its complaint (classify.ts reads flags first), and a
 * stop, a yes or a no a rule reads is left to be read (auto-reply.ts asks the rules first).
 *
 * Left to the rules that read them as a person's doing, which a rep must see: a calendar's answer
 * ("Accepted: Intro call…"), an envelope to sign ("Docusign: Please review and sign…") and a
 * meeting a prospect booked ("Calendly: New event scheduled with Dana…").
 */
const APP_FIRST =
  /^(?:\[([\w .-]{1,20})\]\s*:?|([A-Z][\w.&'-]*(?: (?:by )?[A-Z0-9][\w.&'-]*){0,2})\s*:)\s+(?=\S)/;

/** What people head a line with, never an app: "Update: …", "Re: …", "Pricing: …". */
const HEADINGS =
  /^(re|fw|fwd|fyi|ps|p\.?s\.?|nb|update|note|notes|edit|correction|question|questions|quick question|answer|answers|thanks|sorry|ok|okay|yes|no|nope|sure|pricing|price|budget|timing|context|summary|tl;?dr|bottom line|short answer|long answer|honestly|seriously|translation|caution|external|external email|warning|important|urgent|attention|reminder|agenda|next steps?|action items?|status|result|results|decision|feedback|ask|request|issue|problem|reason|point|example|subject|to|from|cc|date|sent|accepted|declined|tentative|tentatively accepted|invitation|updated invitation|canceled event|cancelled event|completed|voided|signed)$/i;

/** The writer speaking, or asking. */
const WRITER = /\b(i|im|ive|we|my|our|ours|me|us|lets)\b|\b(i|we|let)['’]|\?/i;

/** A system's wording. */
const SYSTEM =
  /\byour\b|\byou (have|'ve|got|were|are|can now)\b|\b(has|have) been [a-z]+(ed|en|t)\b|\b(was|were|is) [a-z]+(ed|en) (by|for|to)\b|^new\b|"[^"]{1,80}"|“[^”]{1,80}”|\breminder\b|\b\d{1,3}% of\b|\bis (now )?(ready|available|here|due|live|complete)\b|\b(paused|resumed|enabled|disabled|activated|deactivated|synced)\b|\b(starts|begins) in \d+ (minutes?|mins?|hours?)\b/i;

/** A person's doing a rep must see, told by an app: a meeting booked, an envelope to sign, a document signed. */
const SOMEONES_DOING =
  /\b(new )?(event|meeting|call|demo|appointment)s? (has been |was )?(scheduled|booked)\b|\b(review and sign|sign(ed)? the (document|envelope|agreement)|(signed|countersigned)(?! (in|up|out)\b))\b|\binvitation\b/i;

/** The signal an app's notice leaves. */
export const APP_NOTICE = 'text:app-notice';

/**
 * A name written as people's are ("Sam", "Dana Lee"), not a product's ("HubSpot", "Seamless.AI",
 * "Microsoft 365", "[GitHub]"): a salutation as often as an app.
 */
const PLAIN_NAME = /^[A-Z][a-z'-]+( [A-Z][a-z'-]+){0,2}$/;

/** A notice's call to act, the only sentence it adds: "View highlights.", "Reply to this email to reopen it." */
const CALL_TO_ACT =
  /^(view|open|see|track|join|reply|click|tap|review|check|download|verify|manage|upgrade|renew|learn more|get started|sign in|log in|start|watch|read|listen|respond|add|update|change|confirm|unsubscribe|go to)\b[^.!?]*[.!]?$/i;

/** A record's field a notice lists after its sentence: "Stage: Negotiation.", "Priority: High". */
const RECORD_FIELD =
  /^(stage|status|priority|severity|amount|value|owner|assignee|due( date)?|close date|probability|type|pipeline)\s*:\s*[^.!?:]{1,40}[.!]?$/i;

/** Whether this reply, as written, is an app's notice to its user. */
export function appNotice(written: string): boolean {
  const text = written.trim();
  const first = APP_FIRST.exec(text);
  const name = first?.[1] ?? first?.[2] ?? '';
  if (!first || HEADINGS.test(name)) return false;
  const rest = text.slice(first[0].length);
  // "Sam: Your proposal was reviewed by legal. Approved.": after a person's name, one sentence
  // and the notice's call to act at most.
  const [, ...more] = rest.split(/(?<=[.!])\s+(?=\S)/);
  const plain = !first[1] && PLAIN_NAME.test(name);
  return (
    text.length <= 240 &&
    text.split('\n').filter((l) => l.trim()).length <= 2 &&
    // 'New conversation from Dana - "Hi, do you integrate?"': the message an app passes on is not
    // the writer's.
    !WRITER.test(withoutQuotes(rest)) &&
    SYSTEM.test(rest) &&
    !SOMEONES_DOING.test(rest) &&
    (!plain || more.every((s) => CALL_TO_ACT.test(s.trim()) || RECORD_FIELD.test(s.trim())))
  );
}
