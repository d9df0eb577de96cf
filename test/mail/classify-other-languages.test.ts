import { read } from '../support/read-reply.js';
import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Replies in French, German, Spanish, Italian, Portuguese and Dutch (2026-12-04): fifteen whole
 * mails from localised mail clients (Outlook's "De :", "Von:", "Van:", Apple's "Am … schrieb",
 * Thunderbird's "a écrit :") were all right but one, an Outlook reply in French, "Merci, mais ce
 * n'est pas pour nous.", read as `other`. These languages' no's, not-nows and yeses are read by
 * rules (their question topics are not).
 */
describe('no, later and yes in other European languages', () => {
  test('when a French Outlook reply says "pas pour nous" above the quoted pitch, then it is a no, and the pitch\'s demo and pricing ask nothing', async () => {
    const m = await wholeMail(
      [
        "Merci, mais ce n'est pas pour nous.",
        '',
        'De : Sam Ortiz <sam@ourco.io>',
        'Envoyé : lundi 23 novembre 2026 09:12',
        'À : Maria Keller <m.keller@hartwell.de>',
        'Objet : Quick question about your outbound',
        '',
        'Would a 20-minute demo next week make sense? Happy to share pricing for your team.',
      ].join('\r\n'),
      { from: 'Maria Keller <m.keller@hartwell.de>', subject: 'RE: Quick question about your outbound' },
    );
    const c = classifyMail(m);
    expect([c.category, c.intent, c.flags.priority]).toEqual(['not_interested', { kind: 'none' }, []]);
  });

  test('when a reply says "not for us" or "not interesting" in another language, then it is a no', () => {
    for (const text of [
      'Danke, das ist nichts für uns.',
      'Gracias, pero no es para nosotros.',
      'Grazie, ma non fa per noi.',
      'Obrigado, mas não é para nós.',
      'Bedankt, maar dit is niets voor ons.',
      'Nicht interessant für uns, danke.',
      'Pas intéressant, merci.',
    ])
      expect([text, read(text).category]).toEqual([text, 'not_interested']);
  });

  test('when a reply asks us to come back in a named month in another language, then it waits until then', () => {
    for (const text of [
      'Pas maintenant, recontactez-moi en mars.',
      'Nicht jetzt, melden Sie sich im März wieder.',
      'Ahora no, escríbame en marzo.',
      'Non ora, ricontattatemi a marzo.',
      'Agora não, me procure em março.',
      'Nu niet, neem in maart contact op.',
    ])
      expect([text, read(text).intent]).toEqual([text, { kind: 'not_now', followUp: '2027-03-01' }]);
    // "Contact me for a demo" asks for no later.
    expect(read("Contactez-moi pour une démo, s'il vous plaît.").intent.kind).not.toBe('not_now');
  });

  test('when a reply says yes in another language, then it is a yes', () => {
    for (const text of [
      'Sehr interessant. Können Sie mir die Preise schicken?',
      'Oui, avec plaisir. Mardi à 10h ?',
      'Sí, claro. ¿Me puede enviar una demo?',
      'Graag, stuur maar een uitnodiging.',
    ])
      expect([text, read(text).category]).toEqual([text, 'interested']);
  });
});

// Fortieth session (docs/reply-classifier.md, "Maybe next year, in five languages"): 14 of 15 as shipped.
test.each([
  ['Vielleicht nächstes Jahr wieder.', '2027-01-01'],
  ['Peut-être l’année prochaine.', '2027-01-01'],
  ['Quizás el próximo año.', '2027-01-01'],
  ['Forse l’anno prossimo.', '2027-01-01'],
  ['Misschien volgend jaar.', '2027-01-01'],
  ['Melden Sie sich im nächsten Quartal wieder.', '2027-01-01'],
])('%j waits until %s', (text, followUp) => {
  const r = read(text);
  expect([r.category, r.intent]).toEqual(['not_interested', { kind: 'not_now', followUp }]);
});
