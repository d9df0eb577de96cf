import { read } from '../support/read-reply.js';
import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Twenty automatic replies written 2026-12-05 with no machine header, the way a vacation
 * responder set up by hand sounds ("Excited to catch up!", "I'd love to connect when I'm back in
 * March", "We'd love to help — a member of our team will get back to you"): 11 of 20 in category
 * at first sight and **six read as interested** (docs/reply-classifier.md, "Absences that sound
 * keen"). No machine mail may be a yes.
 */
const mail = async (body: string) =>
  classifyMail(
    await wholeMail(body, {
      from: 'Jane Doe <jane@acme.example>',
      subject: 'Re: Quick question',
      headers: ['In-Reply-To: <s1@ourco.io>'],
    }),
  );

describe('absences that sound keen', () => {
  test.each([
    "Thank you for your message! I'm currently away at a conference and will have limited access to email. I'm interested in hearing from you and will reply as soon as I return on December 9.",
    "I'm currently on maternity leave and checking email infrequently. I'd love to connect when I'm back in March.",
    "Hi! I'm currently traveling with spotty connection. If this is urgent, text me. Otherwise, I'll reply when I'm back next week. Excited to catch up!",
    "Thanks for getting in touch! I'm out of office until Monday, 7 December with no access to email. Would love to set up a call when I'm back — feel free to grab time on my calendar: calendly.com/jlee",
  ])('when a note with no machine header says %j, then it is an absence, not a yes', async (body) => {
    expect((await mail(body)).category).toBe('out_of_office');
  });

  test.each([
    // A person away who still says yes now, or asks us something, is answering.
    ["I'm travelling and checking email sporadically. Yes, send the pricing over.", 'interested'],
    [
      "I'm on vacation with limited access to email, but happy to set up a call next week — does Tuesday work?",
      'interested',
    ],
  ])('when a person away writes %j, then it stays %j', (text, category) => {
    expect(read(text).category).toBe(category);
  });
});

describe('acknowledgements that sound keen', () => {
  test.each([
    "Hi there! Thanks for reaching out to Northwind. We'd love to help — a member of our team will get back to you within 24 hours. In the meantime, check out our help center.",
    'Thanks for your interest in Globex! Your inquiry has been forwarded to the appropriate department.',
    'Your message to sales@umbrella.io has been received. We look forward to speaking with you! Book a time here: calendly.com/umbrella/intro',
  ])('when a desk writes %j, then it is an acknowledgement, nobody answering', async (body) => {
    expect(await mail(body)).toMatchObject({ category: 'out_of_office', intent: { kind: 'auto_ack' } });
  });

  test('when a list holds our mail for moderation, then it is no answer', async () => {
    const c = await mail('Your email has been received and is awaiting moderation by the list owner.');
    expect([c.category, c.intent.kind]).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a person forwards our note to the right team by hand, then it is no acknowledgement', () => {
    expect(read("I've forwarded your email to the appropriate department.").intent.kind).not.toBe('auto_ack');
  });
});
