import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Fiftieth session's leftover (docs/reply-classifier.md, "A colleague's note forwarded"): a prospect
 * forwarding a colleague's note with "She owns this now, please work with her directly" read as the
 * wrong person naming nobody, though her address stood in the forwarded header.
 */
const forwardOf = (note: string, author: string, said: string) =>
  wholeMail(
    [
      note,
      '',
      '---------- Forwarded message ---------',
      `From: ${author}`,
      'Date: Sun, Nov 22, 2026 at 8:01 PM',
      'Subject: Re: Two reps, one account',
      'To: Tom Becker <tom.becker@arcline.com>',
      '',
      said,
    ].join('\r\n'),
    { from: 'Tom Becker <tom.becker@arcline.com>', subject: 'Fwd: Re: Two reps, one account' },
  ).then(classifyMail);

describe("a colleague's note forwarded to us", () => {
  test('when the writer hands us to the colleague whose note they forward, then she is the referral', async () => {
    const c = await forwardOf(
      "Jordan - see Paula's note below. She owns this now, please work with her directly.",
      'Paula Grant <paula.grant@arcline.com>',
      'Tom, not for us this year. Our contract with Outreach runs through next fall.',
    );
    expect(c.intent).toEqual({
      kind: 'referral',
      people: [{ email: 'paula.grant@arcline.com', name: 'Paula Grant' }],
    });
  });

  test('when the writer only passes the note on, then nobody is referred to', async () => {
    const c = await forwardOf(
      "FYI, see Paula's answer below.",
      'Paula Grant <paula.grant@arcline.com>',
      'Tom, not for us this year.',
    );
    expect(c.intent.kind).not.toBe('referral');
  });

  test('when the note forwarded is our own pitch, then our rep is never the referral', async () => {
    const c = await forwardOf(
      "Wrong person, sorry - I'm in finance.",
      'Jordan Lee <jordan@claimdesk.io>',
      'Hi Tom, quick question about how your reps split accounts.',
    );
    expect([c.category, c.intent.kind]).toEqual(['other', 'wrong_person']);
  });
});
