import { said } from '../support/read-reply.js';

/**
 * Replies about something other than buying from us, from the forty-first session's probes
 * (docs/reply-classifier.md, "A podcast, a freelance SDR, our product instead, the GSA schedule").
 */
test.each([
  "We'd love to feature ClaimDesk on our podcast. Interested?",
  "I'm a freelance SDR, happy to run outbound for you if you need help.",
  "Instead of buying, would you consider buying OUR product? Here's a link.",
])('%j is off the subject (their offer to us, not a yes to ours)', (text) => {
  expect(said(text)).toEqual(['other', 'none']);
});

test.each([
  ['Happy to check out your product, send the deck.', 'interested'],
  ['Are you on the GSA schedule?', 'interested'],
  ['We are a government agency and can only buy via GSA schedule.', 'not_interested'],
])(
  '%j is %s (the GSA schedule as a tender or a framework is: a policy stated is a no, asked a question)',
  (text, category) => {
    expect(said(text)[0]).toBe(category);
  },
);
