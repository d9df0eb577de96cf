import { read, said } from '../support/read-reply.js';

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
