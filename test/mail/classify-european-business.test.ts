import { referredTo, said, waitOf } from '../support/read-reply.js';

/**
 * Forty-sixth session (docs/reply-classifier.md, "'Dinsdag past goed', 'il responsabile commerciale
 * è…', a contract 'bis Ende 2027'"): fifteen business replies in seven European languages 10 of 15
 * as shipped; now 15.
 */
describe('business replies in European languages', () => {
  test.each([
    ['Dag Ava, kunnen we volgende week bellen? Dinsdag past goed.', ['interested', 'none']],
    ['Olá, obrigado pelo contato. Vocês têm clientes no Brasil?', ['interested', []]],
    ['Hola, ¿los datos se alojan en la UE? Es un requisito para nosotros.', ['interested', ['security']]],
    ['Où sont hébergées les données ?', ['interested', ['security']]],
    ['¿Los datos están cifrados?', ['interested', ['security']]],
    ["Envoyez-moi le contrat, s'il vous plaît.", ['interested', ['contract']]],
  ])('%j is %j', (text, want) => {
    expect(said(text)).toEqual(want);
  });

  test('when the Italian reply names who handles sales and their address, then it refers us to them', () => {
    expect(
      referredTo('Ciao, il responsabile commerciale è Marco Bianchi, scrivete a m.bianchi@ferrotech.it'),
    ).toEqual(['m.bianchi@ferrotech.it']);
  });

  test.each([
    'Sehr geehrte Frau Stone, wir haben bereits einen Vertrag mit einem anderen Anbieter bis Ende 2027.',
    "Nous avons un contrat avec un autre prestataire jusqu'à fin 2027.",
    'Tenemos contrato con otro proveedor hasta finales de 2027.',
  ])('%j waits until the contract is over', (text) => {
    expect(waitOf(text)).toEqual(['not_interested', '2028-01-01']);
  });

  test('when a Dutch reply says Tuesday does not suit, then it is no yes', () => {
    expect(said('Dinsdag past niet goed.')[0]).not.toBe('interested');
  });
});
