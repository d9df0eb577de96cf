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
});
