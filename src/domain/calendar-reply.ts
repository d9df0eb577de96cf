import type { Person } from './referrals.js';

/**
 * A prospect's answer to a meeting invitation (RFC 5546 iTIP: an iCalendar REPLY or COUNTER,
 * whichever calendar sent it: Google, Outlook, Apple, Yandex…), or their own invitation. The calendar writes the mail; the
 * person chose the answer and may have added a note. The mail around it is the calendar's
 * template ("To stop receiving future updates for this event, decline this event", "Yes | Maybe |
 * No"), which read as a person's words made an accepted demo a "no".
 */
export interface CalendarReply {
  answer: 'accepted' | 'tentative' | 'declined' | 'delegated' | 'new_time' | 'invited' | 'cancelled';
  /** What the person wrote with the answer, if anything: the only words the classifier reads. */
  note: string;
  /** DELEGATED-TO: whom they passed the meeting to. */
  delegatedTo: Person[];
}

/**
 * What the mail says: the attendee's PARTSTAT in a REPLY, a new time proposed (COUNTER), a
 * meeting the prospect sets up with us (REQUEST: they invited the rep) or calls off (CANCEL).
 */
export function answerOf(method: string, partstat: string | undefined): CalendarReply['answer'] | undefined {
  if (method === 'COUNTER') return 'new_time';
  if (method === 'REQUEST') return 'invited';
  if (method === 'CANCEL') return 'cancelled';
  if (method !== 'REPLY') return undefined;
  switch (partstat) {
    case 'ACCEPTED':
      return 'accepted';
    case 'TENTATIVE':
      return 'tentative';
    case 'DECLINED':
      return 'declined';
    case 'DELEGATED':
      return 'delegated';
    default:
      return undefined;
  }
}

/**
 * Saying yes, or maybe, or "yes, at another time" to a meeting is interest, as is inviting the
 * rep to one; a decline or a cancellation alone is not a "no".
 */
export const interestedIn = (answer: CalendarReply['answer']) =>
  answer === 'accepted' || answer === 'tentative' || answer === 'new_time' || answer === 'invited';
