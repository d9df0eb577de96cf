import { read, referredTo, said } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "'Dafür ist mein Kollege zuständig'"): fifteen
 * everyday replies in German, French, Spanish, Italian, Dutch and Portuguese 13 of 15 as shipped;
 * now 15, with six more hand-offs written to try the rule.
 */
describe('a colleague named as the one who handles it, in other languages', () => {
  test.each([
    ['Dafür ist mein Kollege Herr Weber zuständig: weber@firma.de', 'weber@firma.de'],
    ['Zuständig ist Frau Klein: klein@firma.de', 'klein@firma.de'],
    ["C'est ma collègue Julie qui s'en occupe : julie@societe.fr", 'julie@societe.fr'],
    ['De eso se encarga mi compañero Luis: luis@empresa.es', 'luis@empresa.es'],
    ['Se ne occupa il mio collega Marco: marco@azienda.it', 'marco@azienda.it'],
  ])('%j refers us to %s', (text, email) => {
    expect(referredTo(text)).toEqual([email]);
  });

  test('when a department is named with no address, then it is the wrong person', () => {
    expect(read('Dafür ist unsere Einkaufsabteilung zuständig.').intent.kind).toBe('wrong_person');
    // The writer in charge is no hand-off.
    expect(read('Ich bin dafür zuständig. Schicken Sie mir bitte ein Angebot.').intent.kind).not.toBe(
      'wrong_person',
    );
  });

  test('when a French reply asks for a "proposition tarifaire", then it asks about pricing', () => {
    expect(said("Pouvez-vous m'envoyer une proposition tarifaire ?")).toEqual(['interested', ['pricing']]);
  });
});
