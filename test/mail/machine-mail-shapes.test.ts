import { classify } from '../../src/domain/classify.js';
import { wholeMail } from '../support/whole-mail.js';

/**
 * Machine mail in shapes written after the corpus (2026-12-03 probe: sixteen automatic replies
 * from help desks and mail clients not seen before, 11 of 16 right as shipped): each is an
 * automatic reply, asks about no topic, and never reaches RevOps as a complaint. Beside them,
 * the words that made the misses, as a person writes them.
 */
const at = new Date('2026-11-23T10:00:00Z');
const read = (subject: string, replyText: string, headers: Record<string, string> = {}) =>
  classify({ from: 'desk@brightline.io', subject, replyText, headers, receivedAt: at });

describe('help desks written after the corpus', () => {
  test.each([
    [
      'a German ticket system (OTRS)',
      '[Ticket#2026112310000123] Quick question',
      'Sehr geehrte Damen und Herren, vielen Dank für Ihre Anfrage. Wir haben Ihre Nachricht erhalten und unter der Ticketnummer 2026112310000123 erfasst.',
      { precedence: 'bulk' },
    ],
    [
      "Request Tracker's auto-reply",
      '[cobalt-labs.io #88213] AutoReply: Quick question',
      'Greetings, This message has been automatically generated in response to the creation of a trouble ticket regarding: "Quick question", a summary of which appears below. Your ticket has been assigned an ID of [cobalt-labs.io #88213].',
      {},
    ],
    [
      'an incident opened with its number between the words',
      'Incident INC0081234 has been opened on your behalf',
      'Your incident INC0081234 has been opened on your behalf. Short description: Quick question. Priority: 4 - Low',
      {},
    ],
  ])('when %s confirms, then it is an automatic acknowledgement', (_shape, subject, text, headers) => {
    const c = read(subject, text, headers);
    expect([c.category, c.intent.kind]).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a desk\'s confirmation says someone starts working on it, then no complaint is read ("one star" is not inside "someone starts")', () => {
    const c = read(
      '[JIRA] (OITS-5521) Quick question',
      "Reply above this line. Your request OITS-5521 has been received. We'll let you know when someone starts working on it. Powered by Jira Service Management",
      { 'auto-submitted': 'auto-generated' },
    );
    expect([c.category, c.intent.kind, c.flags.brand, c.flags.priority]).toEqual([
      'out_of_office',
      'auto_ack',
      undefined,
      [],
    ]);
    expect(read('Re: us', 'We got a one-star review because of your emails. Stop.').flags.brand).toBe(true);
  });

  test('when a desk\'s own header stands beside "we got your message", then it is the desk\'s acknowledgement; without it, the same words are not', async () => {
    const body =
      'Thanks so much for getting in touch with Juniper & Co! We got your message and our team will reply within 24-48 hours (Mon-Fri).';
    const fromDesk = await wholeMail(body, { headers: ['X-Gorgias-Ticket-Id: 55120'] });
    const c = classify({ ...fromDesk, from: fromDesk.from.address, receivedAt: at });
    expect([c.category, c.intent.kind]).toEqual(['out_of_office', 'auto_ack']);
    const plain = await wholeMail(body);
    expect(classify({ ...plain, from: plain.from.address, receivedAt: at }).intent.kind).not.toBe('auto_ack');
  });

  test('when an automatic reply offers a demo and pricing, or is away "with limited access to email", then it gives priority to no topic', () => {
    const desk = read(
      'Re: Quick question',
      "Thanks for reaching out to Meadowlark! We've received your message and someone from our team will be in touch soon. Check out our pricing or book a demo.",
      { 'auto-submitted': 'auto-replied' },
    );
    expect([desk.intent.kind, desk.flags.priority]).toEqual(['auto_ack', []]);
    expect(desk.signals.some((s) => s.startsWith('text:priority:'))).toBe(false);
    const away = read(
      'Auto Reply: Quick question',
      "I'm on vacation until Monday, November 30th with limited access to email.",
    );
    expect([away.category, away.flags.priority, away.returnDate]).toEqual([
      'out_of_office',
      [],
      '2026-11-30',
    ]);
  });

  test('when a person asks whether we need access to their mailbox, then it is still a security question', () => {
    const c = read('Re: Quick question', 'Would your tool need access to our mailboxes? Send pricing too.');
    expect(c.intent).toMatchObject({ kind: 'question' });
    expect(c.flags.priority).toContain('security');
  });

  test('when an absence names its month once for a range ("Nov 23–27"), then the return is the range\'s end', () => {
    const c = read(
      'Out of Office: Quick question',
      "Hi! I'm at a conference this week (Nov 23–27) and will have very limited access to email.",
      { 'auto-submitted': 'auto-replied' },
    );
    expect([c.category, c.returnDate]).toEqual(['out_of_office', '2026-11-27']);
    expect(read('Automatic reply: Quick question', 'Away December 1 to 4.').returnDate).toBe('2026-12-04');
    expect(
      read(
        'Automatic reply: Quick question',
        "I'm traveling with intermittent access to email through the 27th.",
      ).returnDate,
    ).toBe('2026-11-27');
  });
});
