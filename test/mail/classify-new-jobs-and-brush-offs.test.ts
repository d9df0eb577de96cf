import { read, said } from '../support/read-reply.js';

/**
 * Twenty longer everyday replies from the fortieth session's probes (docs/reply-classifier.md, "A
 * yes from a new job, and 'we'll reach out if there's a fit'"): 16 of 20 as shipped, two of the
 * misses my labels.
 */
test('a yes from the writer’s new job offers the new address to claim, under no name', () => {
  const r = read(
    "Hey! I left Acme in September, I'm at Globex now. Happy to chat about it for my new team though — sam@globex.com",
  );
  expect([r.category, r.intent]).toEqual([
    'interested',
    { kind: 'referral', people: [{ email: 'sam@globex.com' }] },
  ]);
});

test('someone else named from the old job stays a hand-off', () => {
  expect(said("I'm at Globex now, talk to Maria (maria@acme.com) about Acme.")).toEqual([
    'other',
    'referral',
  ]);
});

test.each([
  "Good afternoon, we are currently reviewing our sales stack and will reach out if there's a fit.",
  "We'll reach out if there's a fit.",
])('%j is a polite no', (text) => {
  expect(said(text)).toEqual(['not_interested', 'none']);
});

test('a colleague who will reach out if there is a fit is still a hand-off', () => {
  expect(said("Forwarded to procurement. They'll reach out if there's a fit.")).toEqual([
    'other',
    'wrong_person',
  ]);
});

describe('a meeting aimed for a day within the month', () => {
  test.each([
    "I'm slammed until the 15th. Can we aim for the week of the 18th?",
    "I'm slammed until the 15th. Let's aim for the week of the 18th.",
    "Let's aim for the week of the 18th.",
  ])('%j is a yes: the rep books it now', (text) => {
    expect(said(text)).toEqual(['interested', 'none']);
  });

  test.each([
    ['Busy until January. Let’s talk then.', '2027-01-01'],
    ['We should aim for Q3, not now.', '2027-07-01'],
  ])('%j still waits until %s', (text, followUp) => {
    expect(read(text).intent).toEqual({ kind: 'not_now', followUp });
  });
});

describe('curiosity about us, and a wait until an event', () => {
  test('"Curious — how did you hear about us?" asks how we found them, no yes', () => {
    expect(said('Curious — how did you hear about us?')).toEqual(['other', 'none']);
    // Curiosity about the product is still a yes.
    expect(read('Curious how it handles duplicates.').category).toBe('interested');
  });

  test('"Can we push this to after our board meeting on the 10th?" waits until the 10th', () => {
    expect(read('Can we push this to after our board meeting on the 10th?').intent).toEqual({
      kind: 'not_now',
      followUp: '2026-12-10',
    });
    expect(read('Can we push this to after the launch?').category).toBe('not_interested');
  });
});

describe('hand-offs (fifteen more, 10 of 15 as shipped)', () => {
  test('"I’m the right person, but also cc’ing Raj (raj@…) from IT" is the writer’s yes, no hand-off', () => {
    expect(
      said(
        "Hey, I'm the right person, but also cc'ing Raj (raj@acme.com) from IT since he'll need to approve.",
      ),
    ).toEqual(['interested', 'none']);
  });

  test('"Вам лучше написать нашему IT-директору, Олегу." hands on', () => {
    expect(said('Вам лучше написать нашему IT-директору, Олегу.')).toEqual(['other', 'wrong_person']);
  });
});

test('"What does it do in one sentence?" asks what we sell, puzzled, no question about the offer (fortieth session, fifteen reactions to the pitch: 10 of 15)', () => {
  expect(said("I'm going to be honest, I skimmed it. What does it do in one sentence?")).toEqual([
    'other',
    'none',
  ]);
});
