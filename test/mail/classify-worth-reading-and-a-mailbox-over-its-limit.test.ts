import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-eighth session, the third and fourth rounds (docs/reply-classifier.md, "Worth reading, a
 * mailbox over its limit"): fifty-five people's replies in six languages and thirty notes written
 * after the second round's lessons, measured untaught, then taught.
 */
describe('notes', () => {
  test.each([
    'Important: Your mailbox has exceeded its storage limit.',
    'You have 5 pending connection requests.',
    'Your Box account is almost full.',
    'Daily standup in 10 minutes — join on Zoom.',
    'Heads up: Your API usage is at 80% of your monthly quota.',
    'Your Gusto payroll for Dec 15 has been approved.',
    'Your Miro board "Q1 planning" was shared with you by Tom.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each(['Your mailbox is full? Mine too, we should talk about pricing.', 'Call in 10 minutes?'])(
    '%j is a person’s',
    (text) => {
      expect(kindOf(text)[0]).not.toBe('out_of_office');
    },
  );

  test('Postfix\'s "Mail Delivery Subsystem:" heading over "…could not be delivered because the recipient\'s mailbox is unavailable" is a bounce', () => {
    const r = read(
      "Mail Delivery Subsystem: The following message could not be delivered because the recipient's mailbox is unavailable: tom@hooli.com",
    );
    expect([r.category, r.bounce?.address, r.bounce?.permanent]).toEqual(['bounce', 'tom@hooli.com', true]);
  });
});

describe('people', () => {
  test('"I get about 40 of these a day. What makes yours worth reading?" asks', () => {
    expect(said('I get about 40 of these a day. What makes yours worth reading?')).toEqual([
      'interested',
      [],
    ]);
  });

  test('"My team would love this but I can\'t get budget approved this year." waits for the new year', () => {
    expect(waitOf("My team would love this but I can't get budget approved this year.")).toEqual([
      'not_interested',
      '2027-01-01',
    ]);
  });

  test.each([
    'Hallo, wir sind bereits mit HubSpot zufrieden. Danke.',
    "I'll be honest, the price on your website is way above what we'd pay.",
    'У нас 5 менеджеров, это для нас избыточно.',
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test('"The price is above what we\'d pay. Any discount?" asks for a better price', () => {
    expect(said("The price is above what we'd pay. Any discount?")).toEqual(['interested', ['pricing']]);
  });

  test('"We need something that works for 300+ reps across 4 regions. Are you enterprise-ready?" asks', () => {
    expect(
      said('We need something that works for 300+ reps across 4 regions. Are you enterprise-ready?'),
    ).toEqual(['interested', []]);
  });

  test.each([
    'Hoi, graag meer informatie over de prijzen.',
    'Gerne mehr Informationen zu den Preisen.',
    'Me gustaría más información sobre los precios.',
    "J'aimerais plus d'informations sur vos tarifs.",
    "I'd like more information about your pricing.",
  ])('%j asks for the price', (text) => {
    expect(said(text)).toEqual(['interested', ['pricing']]);
  });

  test('"No thanks. I have all the information about your pricing I need." is a no', () => {
    expect(read('No thanks. I have all the information about your pricing I need.').category).toBe(
      'not_interested',
    );
  });
});
