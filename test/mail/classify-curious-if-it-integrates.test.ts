import { said } from '../support/read-reply.js';

/**
 * Forty-sixth session (docs/reply-classifier.md, "'If you integrate with Gong I'd be curious'"):
 * fifteen longer English replies with greetings and signatures 10 of 15 as shipped, 13 once my labels
 * followed the corpus's; now 15.
 */
describe('interest that hangs on an integration', () => {
  test.each([
    "We already have something similar built into HubSpot, so I doubt we'd get much value. That said, if you integrate with Gong I'd be curious.",
    "If you integrate with Gong I'd be curious.",
    "If it works with Gong, I'm interested.",
  ])('%j asks about integration', (text) => {
    expect(said(text)).toEqual(['interested', ['integration']]);
  });
});

describe('a constraint stated after a question', () => {
  test('when the writer is particular about how data is handled, then the question is about security', () => {
    expect(
      said(
        "Who else in the staffing industry uses this? We're very particular about how candidate and client data is handled.",
      ),
    ).toEqual(['interested', ['security']]);
  });
});
