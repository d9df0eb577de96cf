import ICAL from 'ical.js';
import { answerOf, type CalendarReply } from '../domain/calendar-reply.js';
import type { Person } from '../domain/referrals.js';

type Part = { contentType: string; filename?: string; content: Buffer };

const mailto = (v: unknown) =>
  String(v ?? '')
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();

/**
 * The answer to an invitation this mail carries (a text/calendar part, or an .ics attachment,
 * with METHOD:REPLY or COUNTER; REQUEST or CANCEL when the prospect organises), with the person's
 * note; undefined for any other mail. The
 * attendee who answered is the sender when several are listed. `body` is the mail's text, where
 * Google writes the note ("… has accepted this invitation and says: …") instead of the iCalendar.
 */
export function calendarReplyIn(
  parts: Part[],
  from: string,
  fromName: string | undefined,
  body: string,
): CalendarReply | undefined {
  const part =
    parts.find((p) => /^text\/calendar$/i.test(p.contentType)) ??
    parts.find((p) => /^application\/ics$/i.test(p.contentType) || /\.ics$/i.test(p.filename ?? ''));
  if (!part) return undefined;
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  } catch {
    return undefined; // not iCalendar after all: read as any other mail
  }
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) return undefined;
  const attendees = event.getAllProperties('attendee');
  const attendee = attendees.find((a) => mailto(a.getFirstValue()) === from) ?? attendees[0];
  const answer = answerOf(
    String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase(),
    String(attendee?.getParameter('partstat') ?? '').toUpperCase() || undefined,
  );
  if (!answer) return undefined;
  const written = [attendee?.getParameter('x-response-comment'), event.getFirstPropertyValue('comment')]
    .map((v) => String(v ?? '').trim())
    .find(Boolean);
  const summary = String(event.getFirstPropertyValue('summary') ?? '').trim();
  const delegatedTo: Person[] = [attendee?.getParameter('delegated-to')]
    .flat()
    .filter(Boolean)
    .map((v) => {
      const email = mailto(v);
      const cn = attendees.find((a) => mailto(a.getFirstValue()) === email)?.getParameter('cn');
      return cn ? { email, name: String(cn) } : { email };
    });
  return { answer, note: written ?? noteInText(body, summary, from, fromName), delegatedTo };
}

/** "Has accepted this invitation", "hat die Einladung angenommen", "принял(а) приглашение". */
const ANNOUNCES = /invitation|invite|event|meeting|einladung|invitación|приглаш|встреч/i;
const ANSWERS =
  /accept|declin|tentativ|propos|invited|cancel|angenommen|abgelehnt|eingeladen|acept|rechaz|invitad|refus|invité|annul|приня|отклон|под вопросом|пригласил|отмен/i;

/**
 * The note in a calendar's own text: what comes before the event's details (its title), less
 * the calendar's first line announcing the answer ("Raj Patel has accepted this invitation and
 * says:"). Outlook's text is the note alone.
 */
function noteInText(body: string, summary: string, from: string, fromName: string | undefined): string {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const title = summary.toLowerCase();
  const end = title ? lines.findIndex((l) => l.toLowerCase().includes(title)) : -1;
  const before = end === -1 ? lines : lines.slice(0, end);
  const first = before.findIndex((l) => l.trim());
  const announce = first !== -1 ? (before[first] as string).toLowerCase() : '';
  const named = [from, fromName?.toLowerCase()].some((n) => !!n && announce.includes(n));
  if (first !== -1 && (named || (ANNOUNCES.test(announce) && ANSWERS.test(announce))))
    before.splice(0, first + 1);
  return before.join('\n').trim();
}
