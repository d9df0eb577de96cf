import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Sixtieth session, the fifth round (docs/reply-classifier.md, "A new CRO, a banned IP"): twenty-four
 * people's replies and ten notes written after the fourth round's lessons, measured untaught, then
 * taught.
 */
describe('people', () => {
  test('"not evaluating anything until our new CRO starts in February" waits until February', () => {
    expect(
      waitOf(
        "Hi Sam,\n\nThanks for the persistence. We're not evaluating anything until our new CRO starts in February, but I've flagged it for her.\n\nCheers,\nTom",
      ),
    ).toEqual(['not_interested', '2027-02-01']);
  });

  test('"заморозка бюджета до апреля" waits until April', () => {
    expect(waitOf('Коллеги, у нас заморозка бюджета до апреля.')).toEqual(['not_interested', '2027-04-01']);
  });

  test('paying in reais and servers in the US are pricing and security', () => {
    expect(said('Do you have a reseller in Brazil? We need to pay in BRL.')).toEqual([
      'interested',
      ['pricing'],
    ]);
    expect(said("Can you confirm you're not storing our emails on US servers?")).toEqual([
      'interested',
      ['security'],
    ]);
  });
});

describe('notes', () => {
  test.each([
    [
      "We were unable to deliver your message to sales@fabrikam.com. The recipient's server responded: 550 5.7.606 Access denied, banned sending IP.",
      'sales@fabrikam.com',
    ],
    ["Your message could not be delivered: the recipient's mailbox is disabled.", undefined],
  ])('%j is a bounce, no complaint', (text, address) => {
    const r = read(text);
    expect([r.category, r.bounce?.address, r.flags.brand]).toEqual(['bounce', address, undefined]);
  });

  test('a Russian desk passing a numbered request to a specialist acknowledges it', () => {
    expect(kindOf('Спасибо! Ваше обращение №77123 передано специалисту.')).toEqual([
      'out_of_office',
      'auto_ack',
    ]);
  });
});
