import { classify } from '../../src/domain/classify.js';
import { parseMail } from '../../src/mail/parse.js';

/**
 * Mail no person writes but anyone can send. How fast it is read is measured by the benchmark
 * (bench/odd-mail.ts); here, that what it says is still read whole.
 */
const mail = (body: string, type = 'plain') =>
  Buffer.from(
    [
      'From: Dana Ortiz <dana@acme.com>',
      'To: inbox@ourco.io',
      'Subject: Re: ClaimDesk for Acme',
      'Message-ID: <odd-1@acme.com>',
      `Content-Type: text/${type}; charset=utf-8`,
      'Content-Transfer-Encoding: 8bit',
      '',
      body,
    ].join('\r\n'),
  );
const read = async (raw: Buffer) => {
  const m = await parseMail(raw, 'odd');
  return { ...m, ...classify({ ...m, from: m.from.address, fromName: m.from.name, receivedAt: new Date() }) };
};

describe('mail no person writes', () => {
  test('when HTML leaves thousands of tags unclosed, then the reply is still read, not lost to an error', async () => {
    // html-to-text walks elements by recursion: 4,000 open <div>s overflowed its stack.
    const html = `<p>Yes, send pricing for 12 seats.</p>${'<div>'.repeat(4000)}<p>Dana &amp; team</p>`;
    const reply = await read(mail(html, 'html'));
    expect(reply.replyText).toMatch(/^Yes, send pricing for 12 seats\.\s+Dana & team$/);
    expect(reply.category).toBe('interested');
    const pasted = `<p>Not interested, thanks.</p>${'<sam@ourco.io> wrote: '.repeat(4000)}`;
    expect((await read(mail(pasted, 'html'))).category).toBe('not_interested');
  });

  test('when a line is thousands of characters long, then it reaches the reply whole, where it stands', async () => {
    // Long lines are put aside while the history is found, and put back.
    const long = `We would like a demo ${'and more '.repeat(400)}next week.`;
    const reply = await read(mail(`${long}\n\nCan you do Tuesday?\n\nDana`));
    expect(reply.replyText).toBe(`${long}\n\nCan you do Tuesday?\n\nDana`);
    const quoted = `Not for us.\n\nOn Mon, Nov 23, 2026 at 10:02 AM Sam Rep <sam@ourco.io> wrote:\n> ${long}\n> Sam`;
    expect((await read(mail(quoted))).replyText).toBe('Not for us.');
    const bottom = `On Mon, Nov 23, 2026 at 10:02 AM Sam Rep <sam@ourco.io> wrote:\n> ${long}\n\n${long}`;
    expect((await read(mail(bottom))).replyText).toBe(long);
  });

  test('when a reply is one long line of words with a question at its end, then the question is read', async () => {
    // Each question is looked for from where a sentence starts (200 kB of words on one line took
    // 0.3 s when it was looked for from every character; bench/odd-mail.ts).
    const body = `${'we might talk about this next quarter '.repeat(400)}but what does it cost for 12 seats?`;
    const reply = await read(mail(body));
    expect([reply.category, reply.intent]).toEqual(['interested', { kind: 'question', topics: ['pricing'] }]);
  });

  test('when blank or space-only lines run for thousands, then what comes before and after them is read', async () => {
    const body = `Please remove me from your list.${'\n   \n\t\n'.repeat(3000)}Dana Ortiz\nAcme`;
    const reply = await read(mail(body));
    expect(reply.replyText).toBe('Please remove me from your list.\n\nDana Ortiz\nAcme');
    expect(reply.category).toBe('unsubscribe');
  });
});
