import { read, said } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "'Works fine', a Loom, three CRMs"): twenty terse
 * replies from founders and executives 17 of 20 as shipped; now 20.
 */
describe('terse founders: content with their own tool, a Loom, several CRMs', () => {
  test('when a reply names the tool it uses and says it works fine, then it is a no', () => {
    expect(read('We use Salesforce territories. Works fine.').category).toBe('not_interested');
    // A time that works is a yes.
    expect(read('Tuesday works fine.').category).toBe('interested');
  });

  test.each([
    ['Send me a Loom instead of a call.', ['demo']],
    ['Can your tool handle 3 CRMs at once? We acquired two companies.', ['integration']],
  ])('%j asks about %j', (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  });
});
