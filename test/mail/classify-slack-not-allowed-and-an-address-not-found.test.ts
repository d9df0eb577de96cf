import { flagsOf, kindOf, read } from '../support/read-reply.js';

/**
 * Sixtieth session, the tenth round (docs/reply-classifier.md, "Slack not allowed, an address not
 * found"): sixteen people's replies and six notes written after the ninth round's lessons, measured
 * untaught, then taught.
 */
describe('people', () => {
  test('"Slack isn\'t allowed here" is a no; a question after it asks', () => {
    expect(kindOf("Sorry, we're a Microsoft shop and Slack isn't allowed here.")[0]).toBe('not_interested');
    expect(kindOf("Slack isn't allowed here. Do you support Teams?")[0]).toBe('interested');
  });

  test('"Love the name. Not for us though." is a no with no complaint', () => {
    expect(flagsOf('Love the name. Not for us though.')).toEqual(['not_interested', []]);
  });
});

describe('notes', () => {
  test('Exchange\'s "The e-mail address you entered couldn\'t be found." is a bounce', () => {
    const r = read(
      "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. 550 5.1.1",
    );
    expect([r.category, r.bounce?.permanent]).toEqual(['bounce', true]);
  });
});
