import { read, said } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "'I'd rather eat glass', a boss who loves our current
 * tool"): fifteen sarcastic and double-edged English replies 9 of 15 as shipped, 12 once my labels
 * followed the corpus's; now 15.
 */
describe('sarcasm, an incumbent loved, and a question after it', () => {
  test.each([
    "Wow, what a coincidence, exactly the tool I didn't ask for.",
    "I'd rather eat glass, but thanks.",
    'Unfortunately my boss loves our current tool more than his kids.',
  ])('%j is a no', (text) => {
    expect(read(text).category).toBe('not_interested');
  });

  test('when a reply content with its current tool asks how ours fits it, then it asks', () => {
    expect(said("We're happy with our current CRM. Does yours integrate with it?")).toEqual([
      'interested',
      ['integration'],
    ]);
    // Glass before a request is still a request (the corpus's).
    expect(
      read("I'd rather eat glass than sit through another demo, but send me the pricing and I'll look.")
        .category,
    ).toBe('interested');
  });
});
