import { read, said } from '../support/read-reply.js';

/**
 * Twenty replies from assistants, procurement and legal (fifteen English, five Russian), written only
 * to measure, 2026-12-04: 15 of 20 in category and 12 of 20 intents at first sight
 * (docs/reply-classifier.md, "Paperwork").
 */
describe('paperwork: orders, tenders, invoices', () => {
  test.each([
    ['Do you accept purchase orders?', ['interested', ['contract']]],
    ["We're putting out an RFP for this in January. Want to be included?", ['interested', 'none']],
    ['Please add ap@acme.com to the invoice contact. Signed order form attached.', ['interested', 'none']],
    ['Invoices should go to ap@acme.com. Looking forward to kicking off.', ['interested', 'none']],
    ['Подписанный договор во вложении.', ['interested', 'none']],
    ['Наша служба безопасности просит заполнить анкету. Во вложении.', ['interested', ['security']]],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test('when a hand-off names who handles billing, then it is still a referral to them', () => {
    expect(
      read('Wrong person — talk to Dana (dana@acme.com), she handles billing and vendor contracts.').intent,
    ).toEqual({ kind: 'referral', people: [{ email: 'dana@acme.com', name: 'Dana' }] });
  });

  test("when a reply only says it will pass the mail to a director, then it names no hand-off (the corpus's label)", () => {
    expect(read("Thanks, I'll pass this to our sales director.").intent.kind).toBe('none');
  });
});
