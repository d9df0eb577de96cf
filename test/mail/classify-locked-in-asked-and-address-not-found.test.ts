import { kindOf, read, referredTo, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-seventh session, third round (docs/reply-classifier.md, "Locked in, asked; address not
 * found"): twenty everyday English replies, twelve Russian, twelve hand-offs and absences, ten in
 * European languages and fifteen notes.
 */
describe('bounces pasted as text', () => {
  test.each([
    "** Address not found **\n\nYour message wasn't delivered to kim@tallis.com because the address couldn't be found, or is unable to receive mail.",
    "Sorry, we were unable to deliver your message to the following address.\n\n<joe@brightline.io>:\n554: delivery error: dd This user doesn't have a yahoo.com account",
    'Ihre Nachricht konnte nicht zugestellt werden. Der Empfänger ist unbekannt.',
    "Votre message n'a pas pu être remis à paul@delft.fr. Adresse introuvable.",
  ])('%j is a bounce', (text) => {
    expect(read(text).category).toBe('bounce');
  });

  test('"Warning: message delayed. …will keep trying for 4 more days." is a delay', () => {
    const r = read(
      'Warning: message delayed. Your message has not been delivered yet. The server will keep trying for 4 more days.',
    );
    expect([r.category, r.bounce?.permanent]).toEqual(['bounce', false]);
  });
});

describe('notes', () => {
  test.each([
    'Your Salesforce password will expire in 5 days.',
    'A new file was uploaded to the shared folder "Contracts".',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('people', () => {
  test('"Can we cancel any time or is it locked in for a year?" asks about the contract', () => {
    expect(said('Can we cancel any time or is it locked in for a year?')).toEqual([
      'interested',
      ['contract'],
    ]);
  });

  test('"We\'re locked in for a year with Gong." still waits', () => {
    expect(kindOf("We're locked in for a year with Gong.")).toEqual(['not_interested', 'not_now']);
  });

  test('"Talk to me after our kickoff in late January." waits', () => {
    expect(waitOf('Talk to me after our kickoff in late January.')).toEqual(['not_interested', '2027-01-01']);
  });

  test('"Ask Jen. jen@orbit.io" refers us on', () => {
    expect(referredTo('Ask Jen. jen@orbit.io')).toEqual(['jen@orbit.io']);
  });

  test.each([
    'Gracias, pero ya usamos HubSpot.',
    'Danke, wir nutzen bereits HubSpot.',
    'Merci, nous utilisons déjà HubSpot.',
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });
});
