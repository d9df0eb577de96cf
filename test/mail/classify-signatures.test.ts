import { flagsOf, read } from '../support/read-reply.js';

/**
 * A probe of thirty replies with signatures, titles and disclaimers (2026-12-03; docs/reply-classifier.md,
 * "Signatures and the writer's job"): 26 right at first sight. The misses were the writer's job
 * read as what the reply says: a signature with no closing word above it ("J. Walsh / General
 * Counsel") and "I am the company's attorney" turned a plain stop into a legal threat.
 */
describe("the writer's signature and job", () => {
  test('when a signature opens with a name and no closing word, then its title is not read (no legal flag, no priority topic)', () => {
    expect(flagsOf('Please take me off your list.\n\nJ. Walsh\nGeneral Counsel\nNorthwind Traders')).toEqual([
      'unsubscribe',
      [],
    ]);
    const no = read('Not interested, thanks.\n\nTom Baker\nHead of Pricing Strategy | Brightline');
    expect([no.category, no.flags.priority]).toEqual(['not_interested', []]);
    // Words under the reply that are not a name and a title stay the reply's.
    expect(read('Can we talk?\n\nPricing for 12 seats\nSecurity review too').flags.priority).toEqual([
      'pricing',
      'security',
    ]);
  });

  test("when the writer says they are a lawyer and asks to stop, then it is a stop with no legal flag; a lawyer's warning still is one", () => {
    expect(
      flagsOf("Please remove me. I am the company's attorney and have no need for sales tools."),
    ).toEqual(['unsubscribe', []]);
    expect(flagsOf('Удалите меня из рассылки. Я юрист, мне это не нужно.')).toEqual(['unsubscribe', []]);
    expect(
      flagsOf(
        "I am the company's attorney. If we receive one more email from you, we will take legal action. Remove us.",
      ),
    ).toEqual(['unsubscribe', ['legal']]);
  });
});
