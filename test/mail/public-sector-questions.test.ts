import { read } from '../support/read-reply.js';

/**
 * Questions in regulated and public-sector buyers' words (a probe of twenty, 2026-12-04: HIPAA and
 * a BAA, FedRAMP, EDU pricing, the GSA schedule, a supplier portal and a PO, PCI DSS; docs/reply-classifier.md,
 * "Russian, and regulated buyers"): 17 of 20 as shipped, intent 15.
 */
const topicsOf = (text: string) => {
  const { category, intent } = read(text);
  return [category, intent.kind === 'question' ? intent.topics : intent.kind];
};

describe("regulated and public-sector buyers' questions", () => {
  test('when a buyer asks after a certification or a card-data standard, then it is a security question', () => {
    expect(topicsOf("We're a federal agency. Are you FedRAMP authorized?")).toEqual([
      'interested',
      ['security'],
    ]);
    expect(topicsOf('Do you support PCI DSS? We handle card data.')).toEqual(['interested', ['security']]);
  });

  test('when a buyer names a purchasing vehicle or a purchase order, then it is a contract question', () => {
    expect(topicsOf('Are you on the GSA schedule?')).toEqual(['interested', ['contract']]);
    expect(
      topicsOf("You'll need to register in our supplier portal (Coupa) before we can issue a PO."),
    ).toEqual(['interested', ['contract']]);
  });
});
