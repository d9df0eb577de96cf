import { kindOf, read, waitOf } from '../support/read-reply.js';

/**
 * Fifty-ninth session, the first four rounds (docs/reply-classifier.md, "Until the deal closes, a
 * greylisted server"): 115 people's replies and 70 notes written fresh, measured untaught, then taught.
 */
describe('people', () => {
  test('praise turned by a deal that is not closed yet is a wait, not a yes', () => {
    expect(
      kindOf(
        "Honestly this looks great, but we're mid-acquisition and nothing new gets approved until the deal closes.",
      ),
    ).toEqual(['not_interested', 'not_now']);
    expect(kindOf("We're mid-merger right now.")).toEqual(['not_interested', 'not_now']);
    expect(waitOf('Looks great, but nothing new is approved until the new fiscal year.')).toEqual([
      'not_interested',
      '2027-01-01',
    ]);
  });

  test('"loop me in next quarter" is a wait; "loop me in next week when…" a yes', () => {
    expect(waitOf('Loop me in next quarter when we do planning.')).toEqual(['not_interested', '2027-01-01']);
    expect(kindOf('Loop me in next week when you talk to Dana.')[0]).toBe('interested');
  });

  test('"from all your mailing lists" stops the address named, and the writer when it is theirs', () => {
    const r = read('Please remove john.smith@acme.com from all your mailing lists, he retired last month.');
    expect([r.category, r.stopsFor]).toEqual(['other', ['john.smith@acme.com']]);
    expect(kindOf('Please remove me from all your mailing lists.')).toEqual(['unsubscribe', 'none']);
  });
});

describe('a server’s report pasted as text', () => {
  test.each([
    [
      'The following message could not be delivered:\nhost mx.globex.com[203.0.113.5] said: 450 4.2.0 <k.lee@globex.com>: Recipient address rejected: Greylisted, please try again in 300 seconds',
      'k.lee@globex.com',
      false,
    ],
    [
      'Your message could not be delivered: host mx.globex.com said: 550 5.1.1 <k.lee@globex.com>: Recipient address rejected: User unknown',
      'k.lee@globex.com',
      true,
    ],
    [
      'Your message could not be delivered. 450 4.2.0 Greylisted, please try again in 300 seconds',
      undefined,
      false,
    ],
    [
      'Message from the mail server at mx2.hooli.com:\n\n<dan@hooli.com>: Recipient address rejected: User unknown in virtual mailbox table',
      'dan@hooli.com',
      true,
    ],
    [
      'Message delivery failure: The message to lee@wonka.com could not be delivered because the domain name was not found.',
      'lee@wonka.com',
      true,
    ],
    [
      'Mail System Error - Returned Mail\n\nThe following recipient could not be reached:\n   mike@initrode.com\n   Reason: 5.1.1 unknown or illegal alias',
      'mike@initrode.com',
      true,
    ],
    [
      'The mailbox you tried to reach is full and cannot accept new messages at this time. Please try again later.',
      undefined,
      false,
    ],
    [
      'Il messaggio non è stato recapitato a lucia@esempio.it perché la casella di posta è piena.',
      'lucia@esempio.it',
      true,
    ],
    [
      'Ihre Nachricht an max@beispiel.de wurde nicht zugestellt, weil das Postfach voll ist.',
      'max@beispiel.de',
      true,
    ],
    [
      "Votre message à anne@exemple.fr n'a pas été remis car la boîte aux lettres est pleine.",
      'anne@exemple.fr',
      true,
    ],
    [
      'Su mensaje para luis@ejemplo.es no se ha entregado porque el buzón está lleno.',
      'luis@ejemplo.es',
      true,
    ],
    [
      'A sua mensagem para ana@exemplo.pt não foi entregue porque a caixa está cheia.',
      'ana@exemplo.pt',
      true,
    ],
  ])('%j is a bounce of %s (permanent: %s), no complaint and no threat', (text, address, permanent) => {
    const r = read(text);
    expect([
      r.category,
      r.bounce?.address,
      r.bounce?.permanent,
      r.flags.brand ?? false,
      r.flags.legal ?? false,
    ]).toEqual(['bounce', address, permanent, false, false]);
  });

  test("Gmail's sentence under its name is a bounce", () => {
    expect(
      read("Gmail: This message was not delivered to dana@acme.com because the recipient's inbox is full.")
        .category,
    ).toBe('bounce');
  });

  test.each([
    "Your email wasn't delivered to my colleague. Please resend it to me.",
    'Hi Sam, your message could not be delivered: 550 5.1.1 user unknown. Write to me instead.',
  ])('%j is a person’s note', (text) => {
    expect(read(text).category).not.toBe('bounce');
  });
});

describe('notes', () => {
  test.each([
    'Your Gong weekly digest: 34 calls recorded, 5 deals at risk.',
    'Your weekly LinkedIn analytics: 342 profile views.',
    "Your 'ClaimDesk demo' meeting starts in 15 minutes.",
    'Добрый день! Ваше письмо получено. Специалист свяжется с вами в ближайшее время.',
    "Your Apollo sequence step 'Follow up #2' was skipped for 3 contacts because they have an active claim.",
    "Salesforce: Opportunity 'Acme - Renewal' was updated by Dana Lee. Stage: Negotiation.",
  ])('%j is a notice, no complaint', (text) => {
    const r = read(text);
    expect([r.category, r.intent.kind, r.flags.brand ?? false]).toEqual(['out_of_office', 'auto_ack', false]);
  });

  test.each([
    'Our meeting starts in 15 minutes? I thought it was at 3.',
    'Я получил ваше письмо, наш специалист свяжется с вами завтра.',
    'Ваше письмо получено, спасибо. Нам это не интересно.',
    'Your sequence step was skipped? Why did that happen',
    'Dana: Your proposal was reviewed by legal. Budget: not this year.',
  ])('%j is a person’s', (text) => {
    expect(kindOf(text)[0]).not.toBe('out_of_office');
  });
});
