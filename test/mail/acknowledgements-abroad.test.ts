import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Ten automatic replies in German, French, Spanish, Italian, Portuguese and Dutch written only to
 * measure, 2026-12-05: every absence was read, but an acknowledgement ("Nous l'avons bien reçu et
 * vous répondrons dans les plus brefs délais") sent as an auto-reply was read as an absence with
 * no return date instead of "we got your mail" (docs/reply-classifier.md, "Acknowledgements abroad").
 */
const autoReplied = async (body: string) =>
  classifyMail(
    await wholeMail(body, { from: 'Info <info@firma.example>', headers: ['Auto-Submitted: auto-replied'] }),
  );

describe('acknowledgements abroad', () => {
  test.each([
    'Merci pour votre message. Nous l’avons bien reçu et vous répondrons dans les plus brefs délais.',
    'Vielen Dank für Ihre Anfrage. Wir melden uns schnellstmöglich bei Ihnen.',
    'Hemos recibido su correo y le responderemos a la mayor brevedad posible.',
    'Grazie per il suo messaggio. Abbiamo ricevuto la sua richiesta e le risponderemo al più presto.',
    'Obrigado pelo contato. Recebemos a sua mensagem e responderemos o mais breve possível.',
    'Bedankt voor uw bericht. Wij hebben uw e-mail ontvangen en nemen zo snel mogelijk contact met u op.',
  ])('when an auto-reply says %j, then it is an acknowledgement', async (body) => {
    const c = await autoReplied(body);
    expect([c.category, c.intent.kind]).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when an auto-reply in French is an absence that also promises an answer, then it is an absence with its return', async () => {
    const c = await autoReplied(
      'Je suis absent jusqu’au 6 janvier. Je vous répondrai dans les plus brefs délais à mon retour.',
    );
    expect([c.category, c.intent.kind]).toEqual(['out_of_office', 'none']);
    expect(c.returnDate).toBe('2027-01-06');
  });

  test('when a person writes that they got the mail, with no machine header, then it is no acknowledgement', async () => {
    const c = classifyMail(
      await wholeMail('Wir haben Ihre Nachricht erhalten, danke. Ich schaue es mir an.'),
    );
    expect(c.category).not.toBe('out_of_office');
  });
});

/**
 * Twelve automatic replies with no machine header written only to measure, 2026-12-05: 9 of 12 at
 * first sight, two of the misses my labels (a person who has left and names an address writes a
 * referral; "will reply within 48 hours" alone is a person's).
 */
describe('a desk that says it is busy', () => {
  test('when an acknowledgement says that, due to high volume, replies may take days, then it is an acknowledgement as text alone', async () => {
    const c = classifyMail(
      await wholeMail(
        'Your email has been received. Due to high volume, responses may take up to 3 business days.',
      ),
    );
    expect([c.category, c.intent.kind]).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a person says they got the mail and are busy, then it is no acknowledgement', async () => {
    const c = classifyMail(
      await wholeMail("Your email has been received. Due to high volume I'll answer next week, sorry."),
    );
    expect(c.category).not.toBe('out_of_office');
  });
});
