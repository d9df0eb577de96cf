import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Fifteen automatic replies written 2026-12-04 (docs/reply-classifier.md, "Automatic replies, once
 * more"): none read as interested; what they taught is below.
 */
const autoReply = async (subject: string, body: string) =>
  classifyMail(
    await wholeMail(body, {
      from: 'Jane Doe <jane@acme.example>',
      subject,
      headers: ['In-Reply-To: <s1@ourco.io>', 'Auto-Submitted: auto-replied'],
    }),
  );

describe('automatic replies: a new job, and return dates in more languages', () => {
  test("when an automatic reply says 'I've joined Northwind… This address will stop working… Reach me at jane@northwind…', then it hands on to the new address and names no return date", async () => {
    const c = await autoReply(
      'Re: Quick question',
      "I'm excited to share that I've joined Northwind as VP Sales! This address will stop working on Dec 31. Reach me at jane@northwind.example, let's stay in touch!",
    );
    expect([c.category, c.intent, c.returnDate]).toEqual([
      'out_of_office',
      { kind: 'referral', people: [{ email: 'jane@northwind.example' }] },
      undefined,
    ]);
  });

  test.each([
    ['Automatická odpověď', 'Dobrý den, do 30. 11. jsem mimo kancelář. Děkuji, Jan', '2026-11-30'],
    ['자동 회신', '안녕하세요. 12월 1일까지 휴가 중입니다. 복귀 후 회신드리겠습니다.', '2026-12-01'],
    ['Abwesenheitsnotiz', 'Bis 4. 12. bin ich im Urlaub und lese keine E-Mails.', '2026-12-04'],
  ])(
    'when an absence note (%s) writes its date its own way, then the return date is read',
    async (subject, body, date) => {
      expect((await autoReply(`${subject}: Quick question`, body)).returnDate).toBe(date);
    },
  );

  test("when a German absence says it reads no email ('lese keine E-Mails'), then it is no stop; 'Bitte keine E-Mails mehr' still is", async () => {
    const away = await autoReply(
      'Abwesenheitsnotiz: Quick question',
      'Bis 4. 12. bin ich im Urlaub und lese keine E-Mails.',
    );
    const stop = await autoReply('Re: Quick question', 'Bitte keine E-Mails mehr.');
    expect([away.category, stop.category]).toEqual(['out_of_office', 'unsubscribe']);
  });
});
