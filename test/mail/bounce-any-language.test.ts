import { classify } from '../../src/domain/classify.js';
import { parseMail } from '../../src/mail/parse.js';

/**
 * A mail server's report in a language whose failure words we do not know (Vietnamese, Thai,
 * Hebrew…): its SMTP reply code is the part every server writes the same way
 * (docs/reply-classifier.md, "'系统退信': a Chinese bounce read as a yes").
 */
async function read(from: string, subject: string, text: string) {
  const raw = `${from ? `From: ${from}\n` : ''}To: ava@ourco.io\nSubject: ${subject}\nMessage-ID: <m1@test>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${text}\n`;
  const mail = await parseMail(Buffer.from(raw.replace(/\n/g, '\r\n')), 'test');
  return classify({ ...mail, from: mail.from.address, receivedAt: new Date('2026-11-23T10:00:00Z') });
}

describe('a mail server writing in a language we do not read', () => {
  test("when a postmaster's report says only 'Không thể gửi thư đến nguyen@… 550 Hộp thư không tồn tại', then it is a permanent bounce for that address", async () => {
    const c = await read(
      'postmaster@cty.example',
      'Thư trả lại: Quick question',
      'Không thể gửi thư đến nguyen@cty.example\n\nLý do: 550 Hộp thư không tồn tại',
    );
    expect(c.category).toBe('bounce');
    expect(c.bounce).toEqual({ address: 'nguyen@cty.example', permanent: true });
    expect(c.signals).toContain('text:smtp-reply');
  });

  test('when the only code in such a report is a 4xx, then the bounce is a delay and the contact stays', async () => {
    const c = await read(
      'Mail Delivery System <postmaster@cty.example>',
      'Thư bị trì hoãn: Quick question',
      'Thư đến hoa@cty.example chưa được gửi.\n\n451 Tạm thời không khả dụng',
    );
    expect(c.bounce).toEqual({ address: 'hoa@cty.example', permanent: false });
  });

  test("when a person with no From, or from an ordinary address, writes '450 employees', then it is their reply, not a bounce", async () => {
    for (const from of ['', 'dana@acme.example']) {
      const c = await read(
        from,
        'Re: Quick question',
        "We're 450 people and we already use a tool. Not interested.",
      );
      expect(c.category).toBe('not_interested');
    }
  });
});
