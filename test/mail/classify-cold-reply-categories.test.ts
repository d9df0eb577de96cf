import { read, said } from '../support/read-reply.js';

/**
 * Replies in the categories the cold-email tools sort by, from the forty-first session's probes
 * (docs/reply-classifier.md, "Not the best person, companies like ours, 'I'd rather you not email me'").
 */
test.each([
  "I'm not the best person for this — try reaching out to our Director of Sales Operations.",
  'Not the best person to ask, sorry.',
])('%j is the wrong person, as "not the right person" is', (text) => {
  expect(said(text)).toEqual(['other', 'wrong_person']);
});

test('"not the best person to judge" beside a yes stays a yes', () => {
  expect(said("I'm not the best person to judge, but it looks useful. Send the deck.")[0]).toBe('interested');
});

test.each(['What companies like ours are using you?', 'Which teams of our size use this?'])(
  '%j asks about the offer (who else uses it)',
  (text) => {
    expect(said(text)).toEqual(['interested', []]);
  },
);

describe('"I\'d rather you not email me"', () => {
  test.each(["I'd rather you not email me at work.", "We'd rather you didn't contact us again."])(
    '%j is a stop',
    (text) => {
      expect(read(text).category).toBe('unsubscribe');
    },
  );

  test.each([
    "I'd rather you didn't email me, call me instead.",
    "I'd rather you didn't contact my team directly; send it to me instead.",
  ])('%j is no stop (another way to reach them, or someone else not to contact)', (text) => {
    expect(read(text).category).not.toBe('unsubscribe');
  });
});

test.each([
  ['How does renewal work?', ['contract']],
  ['Can I export all my data if we leave?', ['integration']],
])(
  '%j asks about %j (a renewal is the contract; data exported, as "export everything to CSV", an integration)',
  (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  },
);
