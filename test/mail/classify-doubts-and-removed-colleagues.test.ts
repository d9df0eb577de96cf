import { classify } from '../../src/domain/classify.js';
import { at, read, said } from '../support/read-reply.js';

/**
 * Two shapes from the fortieth session's probes (docs/reply-classifier.md, "A doubt before a
 * question, and an address someone else asked us to remove"): a doubt said first and a question
 * about the offer after it, and a stop that names somebody else's address.
 */
describe('a doubt, then a question about the offer', () => {
  test.each([
    ['Not sure this is for us. What does it cost for 5 seats?', ['pricing']],
    ["Doubt it's a fit. Is it SOC 2 certified?", ['security']],
    ["I don't think we need this. How much is it?", ['pricing']],
    ["Not sure it's relevant. Do you integrate with HubSpot?", ['integration']],
    ['Probably not for us. What’s the pricing?', ['pricing']],
    ['Не уверен, что нам это нужно. Сколько стоит?', ['pricing']],
  ])('%j asks, and the rep answers', (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  });

  test.each([
    'Not interested. How much is it anyway?',
    'Not sure this is for us.',
    'Not interested. Also, how did you get this address?',
  ])('%j stays a no (a verdict, or no question about the offer)', (text) => {
    expect(read(text).category).toBe('not_interested');
  });
});

test('"would love to see how you handle territory overlaps" asks for a demo, as "how it works" does', () => {
  expect(
    said(
      'We tried building this internally and gave up. Would love to see how you handle territory overlaps.',
    ),
  ).toEqual(['interested', ['demo']]);
});

const from = (writer: string, replyText: string) =>
  classify({ from: writer, subject: 'Re: hello', replyText, headers: {}, receivedAt: at });

describe('an address someone else asked us to remove', () => {
  test('a colleague removing the address of someone who left: that address stops, the writer does not', () => {
    const r = from(
      'kim@acme.com',
      'Please remove john.doe@acme.com from your list, he left the company in June.',
    );
    expect([r.category, r.stopsFor]).toEqual(['other', ['john.doe@acme.com']]);
    expect(from('kim@acme.com', 'Уберите ivan@acme.ru из рассылки, он уволился.').stopsFor).toEqual([
      'ivan@acme.ru',
    ]);
  });

  test('the person they name instead is offered; the address removed is not', () => {
    const r = from(
      'kim@acme.com',
      'Remove jsmith@acme.com from your mailing list. jsmith left us in May, contact Mary Lu (mary@acme.com) instead.',
    );
    expect([r.intent, r.stopsFor]).toEqual([
      { kind: 'referral', people: [{ email: 'mary@acme.com', name: 'Mary Lu' }] },
      ['jsmith@acme.com'],
    ]);
  });

  test.each([
    // Nobody else is spoken of: perhaps the writer's other address. Both stop.
    ['tom.b@gmail.com', 'Please take tom@brightline.io off your distribution.', ['tom@brightline.io']],
    ['kim@acme.com', 'Please take jane@acme.com and me off your list.', ['jane@acme.com']],
    // Their own address named: one stop, theirs.
    ['kim@acme.com', 'Please remove kim@acme.com from your list.', undefined],
  ])('from %s, %j stops the writer too', (writer, text, stopsFor) => {
    const r = from(writer, text);
    expect([r.category, r.stopsFor]).toEqual(['unsubscribe', stopsFor]);
  });
});

test('"please don\'t follow up" rules out a later: a no, unless it says until when', () => {
  expect(said("Not the right time — we're in the middle of layoffs. Please don't follow up.")).toEqual([
    'not_interested',
    'none',
  ]);
  expect(read("Not now. Don't follow up until March.").intent).toEqual({
    kind: 'not_now',
    followUp: '2027-03-01',
  });
});

test('an assistant asking us to remove her boss marks the stop as another’s: the app finds whom our email went to', () => {
  const r = from(
    'nina@initech.com',
    'I am writing on behalf of Mr. Lumbergh. He has asked me to request that you remove him from your mailing list.',
  );
  expect([r.category, r.stopAskedForAnother, r.stopsFor]).toEqual(['other', true, undefined]);
  expect(from('nina@initech.com', 'Please remove me from your list.').stopAskedForAnother).toBeUndefined();
});

test('"our CTO will have questions about data residency" names the question’s topic', () => {
  expect(
    said('Can you loop in someone technical? Our CTO will have questions about data residency.'),
  ).toEqual(['interested', ['security']]);
  expect(said('Our legal team will have questions about the contract.')).toEqual([
    'interested',
    ['contract'],
  ]);
});
