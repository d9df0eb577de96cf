import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-ninth session, the eighth and ninth rounds (docs/reply-classifier.md, "A payment model, a video
 * viewed"): sixty people's replies and thirty notes written after the seventh round's lessons,
 * measured untaught, then taught.
 */
describe('people', () => {
  test.each([
    ["We're a government agency; we can only buy through GSA. Are you on the schedule?", ['contract']],
    ['Какая у вас модель оплаты — за пользователя или за компанию?', ['pricing']],
    ['Hola, ¿tienen descuento para ONGs?', ['pricing']],
    ['Avete uno sconto per le scuole?', ['pricing']],
  ])('%j asks about %j', (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  });

  test('the product tried and judged is a no; a question about it asks', () => {
    expect(kindOf('Tried the demo on your site. The UI is clunky.')[0]).toBe('not_interested');
    expect(kindOf('The UI looks dated — is a redesign coming?')[0]).not.toBe('not_interested');
  });
});

describe('notes', () => {
  test.each([
    'Your Intercom conversation with Dana Lee was closed.',
    "Your Loom video 'ClaimDesk walkthrough' was viewed by Dana Lee.",
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('a person telling us who watched is theirs', () => {
    expect(kindOf('Your video was viewed by my CFO. She liked it.')[0]).not.toBe('out_of_office');
  });

  test('"not delivered because the recipient\'s address was not found" is a server\'s', () => {
    const r = read(
      "Your message was not delivered because the recipient's address was not found. Check the spelling and try again.",
    );
    expect([r.category, r.bounce?.permanent]).toEqual(['bounce', true]);
  });
});

describe('the ninth round', () => {
  test.each([
    ['We only work with vendors who have ISO 27001. Do you?', ['security']],
    ['Is this a one-time purchase or a subscription?', ['pricing']],
  ])('%j asks about %j', (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  });

  test('a call asked for in French, a talk put off in Italian, French and Spanish', () => {
    expect(kindOf('Merci pour votre message. Pouvez-vous me rappeler lundi ?')).toEqual([
      'interested',
      'none',
    ]);
    expect(waitOf('Grazie, ne parliamo a gennaio.')).toEqual(['not_interested', '2027-01-01']);
    expect(kindOf('Merci, on en reparle en janvier.')).toEqual(['not_interested', 'not_now']);
    expect(kindOf('Gracias, lo hablamos en enero.')).toEqual(['not_interested', 'not_now']);
    expect(kindOf('Ne parliamo a voce domani?')[1]).not.toBe('not_now');
  });

  test.each([
    'Dana Lee accepted your invitation to connect on LinkedIn.',
    "Your HubSpot import 'Q4 leads.csv' finished with 12 errors.",
    'Auto-Reply: Thank you for contacting Globex Procurement. All vendor inquiries are reviewed weekly.',
  ])('%j is a notice, no complaint', (text) => {
    const r = read(text);
    expect([r.category, r.intent.kind, r.flags.brand ?? false]).toEqual(['out_of_office', 'auto_ack', false]);
  });

  test.each([
    [
      '<kim@umbrella.io>: host mx.umbrella.io[10.0.0.5] said: 550 5.1.1 <kim@umbrella.io>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
      'kim@umbrella.io',
    ],
    [
      "The message you sent to ops@initech.com was rejected because the recipient's mailbox is disabled.",
      'ops@initech.com',
    ],
  ])('%j is a permanent bounce of %s', (text, address) => {
    const r = read(text);
    expect([r.category, r.bounce?.address, r.bounce?.permanent]).toEqual(['bounce', address, true]);
  });
});
