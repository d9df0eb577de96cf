import { classify } from '../../src/domain/classify.js';

/**
 * Help desks' and ticket systems' confirmations, in the shapes several systems write them
 * (a probe found four of them missed and one read as interest): each must be an automatic
 * acknowledgement, never a person's answer. Beside them, a person's note with the same words.
 */
const at = new Date('2026-11-23T10:00:00Z');
const read = (subject: string, replyText: string, headers: Record<string, string> = {}) =>
  classify({ from: 'desk@brightline.io', subject, replyText, headers, receivedAt: at });

describe("help desks' confirmations", () => {
  test.each([
    [
      'a desk that asks for the reply above a marker line, with a request number in brackets',
      '[Brightline] Re: Quick question',
      '##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed by our support staff.',
    ],
    [
      'a service desk that says someone will respond soon',
      'BSD-2231 Quick question',
      "Reply above this line.\n\nHi Ava,\n\nThanks for getting in touch. We've received your request and someone will respond soon.\n\nPowered by Jira Service Management",
    ],
    [
      'an incident opened on our behalf',
      'Incident INC0012345 has been opened on your behalf',
      'An incident has been opened on your behalf. Short description: Quick question. Please reference INC0012345 in any correspondence.',
    ],
    [
      'a chat desk that is offline',
      'Re: Quick question',
      "Thanks for your message. We'll be back online tomorrow at 9am. You'll get replies here and to ava@ourco.io.\n\nWe run on Intercom",
    ],
  ])('when %s, then it is an automatic acknowledgement', (_shape, subject, text) => {
    const c = read(subject, text);
    expect(c.category).toBe('out_of_office');
    expect(c.intent).toEqual({ kind: 'auto_ack' });
  });

  test("when a person says they received our note and will come back, then it is the person's answer", () => {
    const c = read(
      'Re: Quick question',
      "We've received your proposal, our team will review it and get back to you.",
    );
    expect(c.intent.kind).not.toBe('auto_ack');
    expect(c.category).not.toBe('out_of_office');
  });

  test('when a message from a no-reply address reads like interest, then it is no "yes": the owner is asked to check', () => {
    const c = classify({
      from: 'no-reply@brightline.io',
      subject: 'Your trial is ready',
      replyText: "Great news! Your workspace is ready. Let's get started: book your onboarding call today.",
      headers: {},
      receivedAt: at,
    });
    expect(c.category).toBe('other');
    expect(c.signals).toContain('from:no-reply');
  });

  // A probe of machine notices (2026-12-03): two read receipts and a list's holding notice were
  // read as *interested* by the model, a newsletter's own opt-out line as a stop.
  test.each([
    [
      'Outlook reports our mail was read',
      'Read: Quick question',
      'Your message\n\nTo: Tom Baker\nSubject: Quick question\nSent: Monday, November 23, 2026 9:02 AM\n\nwas read on Monday, November 23, 2026 10:15 AM.',
      {},
    ],
    [
      'a Russian client reports it was read',
      'Прочитано: Быстрый вопрос',
      'Ваше сообщение было прочитано 23.11.2026 в 12:15.',
      {},
    ],
    [
      'a disposition notification says so in its type',
      'Quick question',
      'The message sent on 23 Nov 2026 to tom@brightline.io with subject "Quick question" has been displayed.',
      { 'content-type': 'multipart/report; report-type=disposition-notification' },
    ],
    [
      'a mailing list holds our mail for its moderator',
      'Your message is awaiting moderator approval',
      "Your mail to 'Sales-list' with the subject Quick question is being held until the list moderator can review it for approval.",
      {},
    ],
  ])("when %s, then it is an automatic notice, nobody's answer", (_shape, subject, text, headers) => {
    const c = read(subject, text, headers);
    expect([c.category, c.intent.kind]).toEqual(['out_of_office', 'auto_ack']);
  });

  test("when a newsletter carries its own opt-out line, then it is no stop and no yes; a person's stop still is", () => {
    const c = read(
      'Thanks for subscribing!',
      "Welcome to the Brightline newsletter! You'll get our best stories every Friday. To unsubscribe, click here.",
      { 'list-unsubscribe': '<https://brightline.io/u>' },
    );
    expect(c.category).not.toBe('unsubscribe');
    expect(c.category).not.toBe('interested');
    expect(read('Re: Quick question', 'I want to unsubscribe, please update your list.').category).toBe(
      'unsubscribe',
    );
    expect(read('Re: Quick question', 'Was it read on Monday? No. Not interested.').category).toBe(
      'not_interested',
    );
  });

  test("when a help desk asks us to rate its support, then it is a notice, not a pricing question; a person's rate question still is one", () => {
    const survey = read(
      'How did we do?',
      "Hi, your recent request was marked solved. Please take a moment to rate your experience: Good, I'm satisfied / Bad, I'm unsatisfied.",
    );
    expect(survey.category).not.toBe('interested');
    expect(survey.signals).toContain('notice:mail');
    expect(read('Re: Quick question', "What's your rate per seat for a team of ten?").category).toBe(
      'interested',
    );
  });

  test('when an automatic reply invites interest or says the writer checks mail rarely, then it is still an automatic reply', () => {
    const promo = read(
      'Re: Quick question',
      "Hi! I'm currently at capacity and checking email twice a day. I'll get back to you within 48 hours. Interested in working together? Check out my services page.",
      { 'auto-submitted': 'auto-replied' },
    );
    expect(promo.category).toBe('out_of_office');
    expect(
      read(
        'Re: Quick question',
        "Thanks for your note. I'm checking email only twice a day this week and will reply when I can.",
      ).category,
    ).toBe('out_of_office');
    expect(
      read('Re: Quick question', "I'm checking email once a day this week, but yes, let's talk Thursday.")
        .category,
    ).toBe('interested');
  });
});

// Twenty absence notes, acknowledgements and receipts with no automatic header, and ten machine
// mails that sound keen, 2026-12-05 (docs/reply-classifier.md, "Acknowledgements in plain English,
// delivery receipts").
describe('acknowledgements in plain English and delivery receipts', () => {
  test.each([
    [
      'an enquiry received, a reply promised',
      'Re: Quick question',
      "Thanks for getting in touch! We've received your enquiry and will reply as soon as we can. Our office hours are Mon–Fri 9–5.",
    ],
    [
      'a message received, in the past tense',
      'Re: Quick question',
      'We received your message and will get back to you shortly.',
    ],
    [
      "Exchange's delivery receipt",
      'Delivered: Quick question',
      'Your message has been delivered to the following recipients:\n\ndana@acme.com (dana@acme.com)\n\nSubject: Quick question',
    ],
    [
      "newer Exchange's delivery receipt",
      'Re: Quick question',
      'Delivery to these recipients or groups is complete:\n\ndana@acme.com\n\nSubject: Quick question',
    ],
    [
      'a Russian delivery receipt',
      'Доставлено: Быстрый вопрос',
      'Ваше сообщение доставлено следующим получателям: dana@acme.ru',
    ],
    [
      "a company's answer to every inbound mail, with its sales team's booking link",
      'Re: Quick question',
      'Hi there! Thanks for reaching out to Acme. Our team is excited to learn more about your needs. Book a time with our sales team here: calendly.com/acme-sales',
    ],
  ])("when %s, then it is an automatic notice, nobody's answer", (_shape, subject, text) => {
    const c = read(subject, text);
    expect([c.category, c.intent.kind]).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    ["We've received your email and we'll get back to you. Honestly, it looks interesting.", 'interested'],
    ['We received your proposal. Not interested.', 'not_interested'],
    ['Thanks, we received your email and will discuss it internally.', 'other'],
    ['Sure! Book a time with me here: calendly.com/jane', 'interested'],
    ['Our team is excited to learn more about your product. Can we book a demo?', 'interested'],
  ])('when a person writes %j, then it is their answer', (text, category) => {
    expect(read('Re: Quick question', text).category).toBe(category);
  });

  test('when the receipt says the mail was not delivered, then it is a bounce', () => {
    const c = read(
      'Не доставлено: Быстрый вопрос',
      'Не удалось доставить сообщение следующим получателям: dana@acme.ru',
    );
    expect(c.category).toBe('bounce');
  });
});
