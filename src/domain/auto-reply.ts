import { absenceAhead } from './absence-ahead.js';
import { APP_NOTICE, appNotice } from './app-notice.js';
import type { ClassifyInput } from './classify.js';
import * as rules from './classify-rules.js';
import { hit } from './classify-rules.js';
import { followUpDateIn } from './follow-up-date.js';
import { withoutQuotes } from './mentions.js';
import { normalise } from './normalise.js';
import { noticeAbroad } from './notices-abroad.js';
import { referredPeople } from './referrals.js';

/**
 * Machine mail's signs: an automatic reply's headers and subjects, read receipts and sender
 * checks, ticket acknowledgements, and absence text a person would not write that way.
 */

type MachineInput = Pick<
  ClassifyInput,
  'headers' | 'subject' | 'replyText' | 'receivedAt' | 'from' | 'fromName'
>;

/**
 * A service writing about what someone did, on their behalf: "Jane Doe via Docusign"
 * <dse_na4@docusign.net>, "Jane Doe (via Google Drive)" <drive-shares-noreply@google.com>, named
 * after the service in its own address. Google Groups' "'Jane Doe' via Sales" <sales@acme.com> is
 * a person's mail through the company's group, whose address does not name a service.
 */
export function onBehalf(from: string, fromName: string | undefined): boolean {
  const via = /\(?\bvia ([\p{L}][\p{L}\d .&-]{0,30}?)\)?\s*$/iu.exec(fromName ?? '')?.[1];
  const service = via?.toLowerCase().split(/\s+/)[0] ?? '';
  return service.length >= 3 && (from.split('@')[1] ?? '').includes(service);
}

/**
 * The writer promising to answer once back ("will revert after that", "I'll reply when I'm back",
 * "I'd love to reconnect when I'm back", "тогда и обсудим").
 */
const WRITER_RETURNS =
  /\b((i|we)('ll| will| shall)|will) (\w+ )?(revert|get back|reply|respond|come back|be in touch|follow up)( to you)? (after that|post that|after this|then|when (i'?m|i am) back|when back|on my return|upon (my )?return|once (i'?m|i am) back|once back|after (i|i'?m|i am) (get |come )?back|after my return|post my return)\b|\b(i'?d|i would|i'?ll|i will) (love|like|be (happy|glad)) to (reconnect|connect|catch up|chat|talk) (when|once|after) (i'?m|i am|i get|i come) back\b|\b(i'?ll|i will|we'?ll|we will) (decide|discuss( it)?|look at it|review it) (then|after that|when (i'?m|i am) back|on my return|once (i'?m|i am) back)\b|(?<![а-яё])(тогда|потом|после (этого|возвращения|праздников|отпуска|каникул|нового года)),? (и )?(обсудим|решим|посмотрим|вернемся к (вопросу|этому)|отвечу|свяжусь)(?![а-яё])/g;

/** Someone else away, not the writer: "my boss is out until the 15th", "руководитель в отпуске до 15-го". */
const SOMEONE_ELSE_AWAY =
  /\b(my|our|the) ([a-z]+ )?(boss|admin|administrator|manager|director|ceo|cfo|cto|coo|cro|vp|head of [a-z]+|decision[- ]maker|team lead|founder|owner|counsel|general counsel|lawyer|attorney|legal team|cio|ciso|partner|buyer|procurement lead|colleague|assistant)( [a-z]+)? (is|are|'s) (out|away|off|travel(l)?ing|on (leave|vacation|holiday|pto|parental leave))\b|(?<![а-яё])(руководител[ья]|директор|начальник|шеф|собственник|владелец|лпр|юрист|бухгалтер|коллега)[а-яё]* (сейчас )?(в отпуске|в командировке|на больничном|отсутствует|уехал|будет)(?![а-яё])/;

/**
 * An absence note's warm words for later ("when I'm back", "on my return", "excited to catch up")
 * and its cover line ("if this is urgent, text me").
 */
const COURTESY_YES =
  /\b((when|once|after) (i'?m|i am|i|we'?re|we are|we) (back|return|get back)|(upon|on|after) (my|our) return|catch(ing)? up|hearing from you|can'?t wait to (dig in|catch up|read|get back)|looking forward to (connecting|speaking|chatting|talking|reading|working)|if (this|it|your [a-z]+) is urgent|if (it'?s|this'?s) urgent|if you need (an? )?(immediate|urgent|quick|quicker|faster|prompt) (response|reply|answer|help|assistance)|for (urgent|immediate) [a-z]+|for anything (urgent|pressing|time[- ]sensitive))\b|(?<![а-яё])(по возвращении|после (моего )?возвращения|когда вернусь|как вернусь|по срочным вопросам)(?![а-яё])/;

/**
 * A person away who still wants the offer: "I'll be out until the 10th but definitely want to see a
 * demo after that", "в отпуске до 7-го, потом с удовольствием посмотрю демо".
 */
const WANTS_THE_OFFER =
  /\b(want|would love|'d love|would like|'d like|keen|eager|happy|glad) to (see|get|have|book|do|schedule|take) (a |the |your )?(demo|walk-?through|pricing|quote|proposal|call)\b|(?<![а-яё])(с удовольствием|хочу|хотел[аи]? бы|буду рад[аы]?) (посмотр|увид|получ|обсуд)[а-яё]* (ваше |вашу |ваш )?(демо|презентаци|цен|прайс|кп|предложени)/;

/** The writer speaking for themself, not a company's "we". */
const FIRST_PERSON = /\b(i|i'?m|i'?ve|i'?ll|me|my)\b/;

/**
 * Something only a person does: "I've forwarded your note to my deputy" (an auto-reply forwards
 * nothing), or a colleague standing in who asks ("Алексей в отпуске до 10 декабря. Я его коллега,
 * могу чем-то помочь?").
 */
const PERSONAL_ACT =
  /\b(i'?ve|i have|i) (just |already )?(forwarded|passed|sent|copied|cc'?d|looped in) (your|this|it|him|her|them)\b|(?<![а-яё])(переслал|передал)[аи]? (ваше|ваш|это|письмо|ему|ей)|(?<![а-яё])я (его|её|ее) (коллега|заместитель|помощни[кц]а?)(?![а-яё])[^?]{0,40}\?|\b(i'?m|i am) (his|her|their) (colleague|deputy|assistant|teammate)\b[^?]{0,40}\?/;

/**
 * A help desk's own headers (OTRS, Request Tracker, Zendesk, Freshdesk, Gorgias, Help Scout…). An
 * agent answering by hand sends them too, so they count only beside acknowledgement text.
 */
const TICKET_SYSTEM_HEADER =
  /^(x-otrs-|x-zendesk-|x-freshdesk-|x-freshservice-|x-gorgias-|rt-ticket$|x-rt-|x-helpscout-|x-jira-|x-servicenow-|x-kayako-|x-zammad-|x-osticket-|x-spiceworks-|x-sysaid-|x-front-)/;
export const isTicketSystemHeader = (name: string) => TICKET_SYSTEM_HEADER.test(name.toLowerCase());
const fromTicketSystem = (headers: Record<string, string>) => Object.keys(headers).some(isTicketSystemHeader);

/** RFC 3834 Auto-Submitted (anything but "no"), vendor headers, subjects, absence text. */
export function autoSignals(input: MachineInput, text: string): string[] {
  const h = input.headers;
  const found: string[] = [];
  const autoSubmitted = h['auto-submitted']?.toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') found.push(`header:auto-submitted=${autoSubmitted}`);
  if (h['x-autoreply'] || h['x-autorespond']) found.push('header:x-autoreply');
  if (h['x-auto-response-suppress'] && /oof|autoreply|all/i.test(h['x-auto-response-suppress']))
    found.push('header:x-auto-response-suppress');
  if (/auto_reply|autoreply/i.test(h.precedence ?? '')) found.push('header:precedence=auto_reply');
  // The null sender (RFC 3834 3.3): only machines answer from no address; a person's mail has one.
  if (h['return-path']?.trim() === '<>') found.push('header:return-path=<>');
  const subject = normalise(input.subject);
  if (rules.autoReplySubject.pattern.test(subject)) found.push(rules.autoReplySubject.signal);
  // A read receipt or a list's holding notice: a machine reporting on our mail, nobody's answer;
  // so is a service's notice of what someone did with our document ("Jane Doe via Docusign").
  if (
    onBehalf(input.from, input.fromName) ||
    rules.mailNotice.subject.test(subject) ||
    rules.mailNotice.text.test(text) ||
    rules.serviceNotice.test(text) ||
    rules.workAppNotice.test(text) ||
    rules.accountNotice.test(text) ||
    noticeAbroad.test(text) ||
    /report-type=disposition-notification/i.test(h['content-type'] ?? '')
  )
    found.push(rules.mailNotice.signal);
  // An app's notice by its shape, when no rule reads a person's stop, yes, no or wait in it.
  else if (appNotice(input.replyText)) {
    const untitled = withoutQuotes(text);
    const said = [rules.unsubscribe, rules.interested, rules.notInterested, rules.notNow].some((list) =>
      hit(list, untitled),
    );
    if (!said) found.push(APP_NOTICE);
  }
  // A bot answering for a person or an inbox is a machine, whatever it offers (an absence-like note).
  if (rules.aiAssistant.test(text)) found.push('text:ai-assistant');
  if (h['list-unsubscribe'] && rules.bulkAck.text.test(text)) found.push(rules.bulkAck.signal);
  const ticketSubject = rules.autoAck.subject.pattern.test(subject);
  if (ticketSubject && rules.autoAck.text.pattern.test(text)) found.push(rules.autoAck.subject.signal);
  // Absence or acknowledgement text alone counts when a person would not write it that way:
  // "I'm no longer at the company, write to sarah@…" with no machine header is a person's referral.
  const absent = hit(rules.outOfOfficeText, text);
  const handsOver = () =>
    rules.referralPhrase.pattern.test(text) && referredPeople(input.replyText, []).length > 0;
  // "Out of the office until Monday; for urgent matters contact dana@…" hands over like a machine.
  // "Out next week, so try me in January": a person's own "not now", not an auto-reply.
  // "Out till the 5th. Will revert after that." is the writer coming back to us: no one asked to
  // wait, and "после праздников обсудим" is no yes either.
  const own = text.replace(WRITER_RETURNS, '');
  const asksForLater = () =>
    !!hit(rules.notNow, own) &&
    rules.comeBackLater.test(own) &&
    !!followUpDateIn(input.replyText, input.receivedAt);
  // In an auto-responder's wording, or beside an absence's cover ("If it's urgent, please call me"),
  // "I'd love to connect when I'm back" is a courtesy, not a yes; "Yes, send the pricing over"
  // still is, and so is any question to us.
  const yesNow = () =>
    (rules.autoResponderWording.test(text) || rules.absenceCover.test(text)) && !text.includes('?')
      ? own
          .split(/(?<=[.!])\s+/)
          .filter((s) => !COURTESY_YES.test(s))
          .join(' ')
      : own;
  if (
    absent &&
    (found.length ||
      (!hit(rules.interested, yesNow()) &&
        !WANTS_THE_OFFER.test(yesNow()) &&
        (!handsOver() || rules.absenceCover.test(text)) &&
        !asksForLater() &&
        !SOMEONE_ELSE_AWAY.test(text) &&
        !PERSONAL_ACT.test(text) &&
        // "Thanks but no. [signature] Out of office Dec 24 – Jan 2": a person's no, their
        // absence still ahead (a closure announced ahead with nothing else is still a notice).
        !(absenceAhead(text, input.receivedAt) && hit(rules.notInterested, own))))
  )
    found.push(absent.signal);
  else if (found.length && rules.leftCompany.pattern.test(text)) found.push(rules.leftCompany.signal);
  if (
    !found.length &&
    rules.autoAck.text.pattern.test(text) &&
    (rules.helpDesk.test(text) || fromTicketSystem(h)) &&
    // "I'm at a new job, this address is no longer monitored. Write to me at jo@…, happy to chat": a
    // person's own yes, in a help desk's words (a company's "book a time with our sales team" is none).
    // "Ticket #4421 is what I opened with you last month… Not interested anymore": so is a person's
    // no that names a ticket.
    (fromTicketSystem(h) ||
      !FIRST_PERSON.test(text) ||
      (!hit(rules.interested, yesNow()) && !hit(rules.notInterested, own)))
  )
    found.push(rules.autoAck.text.signal);
  return found;
}
