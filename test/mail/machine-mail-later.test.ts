import { returnDateIn } from '../../src/domain/return-date.js';
import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Fifteen machine mails written blind (2026-12-04; README, "Machine mail, later"): help desks, a
 * marketing platform's thank-you, a read receipt, a scheduling assistant, bounces from GoDaddy,
 * iCloud, Proton, Fastmail, a German Exchange and Mail.ru, absence notes in Japanese and French.
 * 13 of 15 right as shipped; the misses: the marketing thank-you was read as a yes (its
 * List-Unsubscribe header was never seen: mailparser files List-* headers under "list"), and a
 * Japanese absence's return was its first day.
 */
const LUMEN = {
  from: 'Lumen Analytics <hello@lumen-analytics.io>',
  subject: 'Thanks for getting in touch with Lumen!',
};
const mail = (headers: string[], body: string) => wholeMail(body, { ...LUMEN, headers });

const THANK_YOU =
  "Hi there,\n\nThanks for reaching out! We're excited to learn more about you and your team.\n\nInterested in seeing Lumen in action? Book a demo with one of our product specialists: https://lumen-analytics.io/demo\n\nCheers,\nThe Lumen Team";

describe('machine mail written after the corpus, later', () => {
  test("when a mail carries a List-Unsubscribe header, then the parsed mail keeps it (mailparser files it under 'list')", async () => {
    const m = await mail(['List-Unsubscribe: <https://lumen-analytics.io/unsubscribe?id=123>'], THANK_YOU);
    expect(m.headers['list-unsubscribe']).toBe('https://lumen-analytics.io/unsubscribe?id=123');
  });

  test("when a marketing platform's thank-you with a List-Unsubscribe header offers a demo, then it is an acknowledgement, never a yes", async () => {
    const m = await mail(
      ['X-Mailer: Marketo', 'List-Unsubscribe: <https://lumen-analytics.io/u?id=1>'],
      THANK_YOU,
    );
    const c = classifyMail(m);
    expect([c.category, c.intent.kind, c.flags.priority]).toEqual(['out_of_office', 'auto_ack', []]);
    // The same words with no List-Unsubscribe header: no acknowledgement is read from them alone.
    const plain = await mail([], THANK_YOU);
    expect(classifyMail(plain).intent.kind).not.toBe('auto_ack');
  });

  test('when a Japanese or Chinese absence names a range and a day it answers from, then the return is that day', () => {
    const at = new Date('2026-11-22T23:00:00Z');
    expect(
      returnDateIn(
        '11月23日から11月29日まで休暇をいただいております。11月30日以降、順次対応させていただきます。',
        at,
      ),
    ).toBe('2026-11-30');
    expect(returnDateIn('11月23日(月)～11月27日(金)まで不在にしております。', at)).toBe('2026-11-27');
    expect(returnDateIn('12月1日より出社いたします。', at)).toBe('2026-12-01');
    expect(returnDateIn('我将于12月1日之后回复。', at)).toBe('2026-12-01');
    expect(returnDateIn('12月3日まで不在です。', at)).toBe('2026-12-03');
  });
});
