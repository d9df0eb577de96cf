import { read, readUnder } from '../support/read-reply.js';

/**
 * Machine notes that arrive with no machine header, from the forty-first session's probes
 * (docs/reply-classifier.md, "Forwarded while away, email twice a day, an inbox no longer in use").
 */
const kind = (r: ReturnType<typeof read>) => [r.category, r.intent.kind];

test('an absence whose note says the email was forwarded to a colleague is an absence, as "contact my colleague" is', () => {
  const r = read(
    "I'm away from my desk until Thursday. Your email has been forwarded to my colleague Rachel Green (rachel@acme.com).",
  );
  expect(kind(r)).toEqual(['out_of_office', 'none']);
});

describe('checking email once or twice a day', () => {
  test.each([
    "Hey, I'm heads down on a product launch this week and checking email only once a day. If it's urgent, text me.",
    'I check email twice a day, at 10am and 4pm. If you need an immediate response, please call.',
  ])('%j is an absence note: its "text me" and "please call" are for urgent matters, no yes', (text) => {
    expect(readUnder('Re: Quick question', text).category).toBe('out_of_office');
  });

  test('a yes beside it is still a yes', () => {
    expect(read('I check email twice a day. Yes, send the pricing over.').category).toBe('interested');
  });
});

test('a desk thanking us for contacting "Acme HR" and asking for days to answer is an acknowledgement', () => {
  const r = read('Thank you for contacting Acme HR. Please allow 3-5 business days for a response.');
  expect(kind(r)).toEqual(['out_of_office', 'auto_ack']);
});

describe('an inbox no longer in use', () => {
  test('its note is machine mail, the address it gives offered', () => {
    const r = read('This inbox is no longer in use. Please email hello@acme.com.');
    expect(r.category).toBe('out_of_office');
    expect(r.intent).toMatchObject({ kind: 'referral', people: [{ email: 'hello@acme.com' }] });
  });

  test.each(['no longer monitored', 'no longer in use'])(
    'a person at a new job who says the old address is %s and is happy to chat is a yes with the new address',
    (words) => {
      const r = read(
        `I'm at a new job, this address is ${words}. Write to me at jo@newco.com, happy to chat.`,
      );
      expect(r.category).toBe('interested');
      expect(r.intent).toMatchObject({ kind: 'referral', people: [{ email: 'jo@newco.com' }] });
    },
  );
});
