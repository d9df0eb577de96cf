import { said } from '../support/read-reply.js';

/**
 * Twenty everyday replies in German, French, Spanish, Portuguese and Italian, written only to
 * measure, 2026-12-05 ("Danke, kein Interesse.", "Merci de me retirer de votre liste.", "¿Cuánto
 * cuesta?", "Estoy de vacaciones hasta el 10 de enero."): 16 of 20 at first sight
 * (docs/reply-classifier.md, "Everyday replies in five languages").
 */
describe('everyday replies in five languages', () => {
  test.each([
    ['Was kostet das für 20 Nutzer?', ['interested', ['pricing']]],
    ['Oui, je suis disponible mardi pour une démo.', ['interested', 'none']],
    ['Ich habe am Dienstag Zeit.', ['interested', 'none']],
    ['Je ne suis plus chez Acme.', ['other', 'wrong_person']],
    ['Ich bin nicht mehr bei Acme.', ['other', 'wrong_person']],
    ['Ya no trabajo en Acme.', ['other', 'wrong_person']],
    // "remova" is Portuguese as written, no slip of "remove".
    ['Por favor, me remova da sua lista.', ['unsubscribe', 'none']],
    ['Per favore, cancellatemi dalla vostra lista.', ['unsubscribe', 'none']],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    // Not free, no time: no yes.
    ['Ich habe keine Zeit.', ['other', 'none']],
    ['Je ne suis pas disponible.', ['not_interested', 'none']],
  ])('when a reply says %j, then it stays %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
