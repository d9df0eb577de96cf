import { kindOf } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "Desks abroad: 'Un conseiller vous
 * recontactera'"): ten keen-sounding machine notes in seven European languages with no header 6 of
 * 10 as shipped, none a yes; now 10.
 */
describe("a desk's promise in other languages, with no machine header", () => {
  test.each([
    '¡Gracias por escribirnos! Hemos recibido tu mensaje y nos encanta que te interese. Te responderemos en 24 horas.',
    'Danke für Ihr Interesse an unserem Unternehmen! Ihre Anfrage wurde an das zuständige Team weitergeleitet.',
    'Merci de votre intérêt ! Un conseiller vous recontactera très rapidement.',
    'Dziękujemy za wiadomość! Odpowiemy najszybciej jak to możliwe.',
  ])('%j acknowledges', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
