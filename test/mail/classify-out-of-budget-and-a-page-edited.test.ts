import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-ninth session, the tenth round (docs/reply-classifier.md, "Out of budget, a page edited"):
 * twenty people's replies and ten notes written after the ninth round's lessons, measured
 * untaught, then taught.
 */
describe('people', () => {
  test('"We\'re happy to take a look" is no "we\'re happy with what we have"; a demo named as a time is no topic', () => {
    expect(
      said("We're happy to take a look but need to understand pricing before we commit time to a demo."),
    ).toEqual(['interested', ['pricing']]);
    expect(kindOf("We're happy with what we have.")[0]).toBe('not_interested');
  });

  test('"out of budget until July" is a wait, no absence; "out until Friday" is one', () => {
    expect(waitOf("I'm out of budget until July, sorry.")).toEqual(['not_interested', '2027-07-01']);
    expect(kindOf("I'm out of time today, call me tomorrow?")[0]).not.toBe('out_of_office');
    expect(kindOf("I'm out until Friday.")[0]).toBe('out_of_office');
  });
});

describe('notes', () => {
  test('a page edited by someone is a notice', () => {
    expect(kindOf("Your Notion page 'Q1 territory plan' was edited by Dana Lee.")).toEqual([
      'out_of_office',
      'auto_ack',
    ]);
    expect(kindOf('Your page was updated? I still see the old price.')[0]).not.toBe('out_of_office');
  });

  test.each([
    ['Delivery to the following recipients failed.\n\n       ana@fabrikam.com', 'ana@fabrikam.com'],
    ['Mailbox full: the recipient bob@umbrella.io cannot receive new mail right now.', 'bob@umbrella.io'],
    [
      'Уведомление о недоставке: письмо для ivan@romashka.ru не доставлено, адрес не существует.',
      'ivan@romashka.ru',
    ],
  ])('%j is a bounce of %s', (text, address) => {
    const r = read(text);
    expect([r.category, r.bounce?.address]).toEqual(['bounce', address]);
  });
});
