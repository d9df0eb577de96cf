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

/**
 * Twenty more, written after the lessons above (a tool in use, a later month, GDPR, a price list, a
 * quote): 10 of 20 at first sight (docs/reply-classifier.md, "Everyday replies in five languages").
 */
describe('everyday replies in five languages, once more', () => {
  test.each([
    ['Vielen Dank, aber wir haben bereits eine Lösung im Einsatz.', ['not_interested', 'none']],
    ['Ya tenemos una herramienta para eso, gracias.', ['not_interested', 'none']],
    // A wait since the fifty-third session, as the corpus reads "Not a priority for us at the moment."
    ['Al momento non è una priorità.', ['not_interested', 'not_now']],
    ['Não é o momento, fale comigo em abril.', ['not_interested', 'not_now']],
    ['Ist das DSGVO-konform?', ['interested', ['security']]],
    // The law named after "conforme" (2026-12-05, "CJK questions and their topics"'s European twenty).
    ['Est-ce conforme au RGPD ?', ['interested', ['security']]],
    ["Envoyez-moi une présentation, s'il vous plaît.", ['interested', 'none']],
    ['Possiamo fare una chiamata la prossima settimana?', ['interested', 'none']],
    ['Mandatemi il listino prezzi.', ['interested', ['pricing']]],
    ['Graag een offerte voor 10 gebruikers.', ['interested', ['pricing']]],
    ["Ne m'écrivez plus.", ['unsubscribe', 'none']],
    ['Parem de me enviar e-mails.', ['unsubscribe', 'none']],
    // 2026-12-05, forty-third session ("Who handles it on your side"'s European twenty): a
    // "bitte" inside the wait, and "let's talk" said in Spanish and Italian.
    ['Melden Sie sich bitte im März wieder.', ['not_interested', 'not_now']],
    ['Sí, hablemos el jueves.', ['interested', 'none']],
    ['Certo, sentiamoci giovedì.', ['interested', 'none']],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    // "Send me nothing more" is no request; a tool in use with a question after asks.
    ['Envoyez-moi plus rien.', ['other', 'none']],
    ['Wir haben bereits eine Lösung im Einsatz. Können Sie mit HubSpot?', ['interested', ['integration']]],
  ])('when a reply says %j, then it stays %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
