import { read } from '../support/read-reply.js';
import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Twenty-five machine mails written 2026-12-04 in shapes a shared inbox meets (challenge-response
 * filters, a sales desk's thank-you, a company that moved, delay warnings, absences in Japanese,
 * Chinese and Spanish; docs/reply-classifier.md, "Challenges, sales desks and moved companies"):
 * none read as interested. What they taught is below.
 */
const mail = async (from: string, subject: string, body: string, headers: string[] = []) =>
  classifyMail(await wholeMail(body, { from, subject, headers: ['In-Reply-To: <s1@ourco.io>', ...headers] }));

describe('a challenge to prove we are human, with no machine header', () => {
  test.each([
    [
      "I'm protecting myself from receiving junk mail. Please click the link below to complete the verification process. You have to do this only once.\n\nhttp://verify.example.net/a2?Z1234",
    ],
    [
      'Please click the link below to complete the verification process. You have to do this only once.\n\nhttp://verify.example.net/a2?Z1234',
    ],
  ])(
    "when the person's own address sends %j, then it is an automatic acknowledgement, nobody's answer",
    async (body) => {
      const c = await mail(
        'Jane Doe <jane@acme.example>',
        'Re: Quick question [Verification Required]',
        body,
      );
      expect([c.category, c.intent]).toEqual(['out_of_office', { kind: 'auto_ack' }]);
    },
  );

  test.each([
    ["I'm protecting my inbox from junk like yours. Remove me.", 'unsubscribe'],
    ['Please complete the verification process on your side and send the SOC 2 report.', 'interested'],
  ])('when a person writes %j, then it is read as a person wrote it (%s)', (text, category) => {
    expect(read(text).category).toBe(category);
  });
});

describe("a sales desk's thank-you, a company that moved", () => {
  test("when an automatic reply says 'A member of our sales team will contact you within one business day', then it is an acknowledgement", async () => {
    const c = await mail(
      'Acme Sales <sales@acme.example>',
      'Re: Quick question',
      'Thanks for your interest in Acme! A member of our sales team will contact you within one business day. In the meantime, book a demo at acme.example/demo.',
      ['Auto-Submitted: auto-replied'],
    );
    expect([c.category, c.intent]).toEqual(['out_of_office', { kind: 'auto_ack' }]);
  });

  test("when an automatic reply says 'This address is no longer in use; please write to hello@northwind…', then it hands on to the new address", async () => {
    const c = await mail(
      'Acme <hello@acme.example>',
      'Re: Quick question',
      "We've moved! Acme is now Northwind. This address is no longer in use; please write to hello@northwind.example from now on.",
      ['Auto-Submitted: auto-replied'],
    );
    expect([c.category, c.intent]).toEqual([
      'out_of_office',
      { kind: 'referral', people: [{ email: 'hello@northwind.example' }] },
    ]);
  });

  test('when an absence note only says the writer works part-time, then it stays an absence with no one to write to', async () => {
    const c = await mail(
      'Jane Doe <jane@acme.example>',
      'Automatic reply: Quick question',
      'Thank you for your email. Please note that I now work part-time, Monday to Wednesday. I will respond on my next working day.',
      ['Auto-Submitted: auto-replied'],
    );
    expect([c.category, c.intent]).toEqual(['out_of_office', { kind: 'none' }]);
  });
});

/**
 * Fifteen absence notes with their return dates written every way (English, German, French,
 * Spanish, Russian), 2026-12-04: 12 of 15 dates right at first sight, one of the misses my label
 * (docs/reply-classifier.md, "Challenges, sales desks and moved companies").
 */
describe('return dates written short', () => {
  test.each([
    ['Out until Wed. Will reply then.', '2026-11-25'],
    ["I'm on sabbatical until Q2 2027 and not checking email.", '2027-04-01'],
    // A weekday in full, as before.
    ["I'm off today (Friday) and back Monday.", '2026-11-30'],
  ])('when an absence note says %j, then it is back on %s', async (body, date) => {
    const c = await mail('Jane Doe <jane@acme.example>', 'Automatic reply: Quick question', body, [
      'Auto-Submitted: auto-replied',
    ]);
    expect([c.category, c.returnDate]).toEqual(['out_of_office', date]);
  });
});
