import { read } from '../support/read-reply.js';
import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Thirty-five automatic replies written 2026-12-05 with no machine header (two sets), the way a
 * vacation responder or a sales desk set up by hand sounds ("Excited to catch up!", "I'd love to
 * connect when I'm back in March", "We'd love to help — a member of our team will get back to
 * you"): 11 of 20 and 8 of 15 in category at first sight, and **six and four read as interested** (docs/reply-classifier.md, "Absences that sound
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
    "Thanks for your email. I'm now on my summer break but would be delighted to chat upon my return in September.",
    'Автоответ: Здравствуйте! Я в отпуске до 14 декабря с ограниченным доступом к почте. С радостью обсудим по возвращении!',
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
    "Thanks for reaching out! Our team is currently experiencing high volume. We'll respond as soon as possible, usually within 1-2 business days.",
    "Hello! We're excited you're interested in Acme. Someone from our sales team will be in touch shortly to schedule your demo.",
    "We've received your email and one of our specialists will reach out within 48 hours. Interested in learning more in the meantime? Check out our blog!",
    'Спасибо за обращение! Ваш запрос передан менеджеру, он свяжется с вами в течение рабочего дня.',
  ])('when a desk writes %j, then it is an acknowledgement, nobody answering', async (body) => {
    expect(await mail(body)).toMatchObject({ category: 'out_of_office', intent: { kind: 'auto_ack' } });
  });

  test('when a list holds our mail for moderation, then it is no answer', async () => {
    const c = await mail('Your email has been received and is awaiting moderation by the list owner.');
    expect([c.category, c.intent.kind]).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    "I've forwarded your email to the appropriate department.",
    // A prospect's own colleagues getting back to us are no desk.
    'Thanks! Someone from our IT team will reach out to schedule the security review.',
    'A member of our legal team will be in touch about the DPA.',
    'Our team is experiencing high volume of vendor pitches, so not now.',
  ])('when a person writes %j, then it is no acknowledgement', (text) => {
    expect(read(text).intent.kind).not.toBe('auto_ack');
  });
});
