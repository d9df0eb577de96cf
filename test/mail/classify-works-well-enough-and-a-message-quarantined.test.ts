import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Fifty-eighth session, the second round (docs/reply-classifier.md, "Works well enough, a message
 * quarantined"): twenty people's replies and fifteen notes written after the first round's
 * lessons, measured untaught, then taught.
 */
describe('notes', () => {
  test.each([
    "Hi there! Our team is currently offline. We'll get back to you as soon as we're back online.",
    'Your G2 review of ClaimDesk has been published.',
    'Your HubSpot form "Contact us" has a new submission.',
    'Lee Chen declined your LinkedIn invitation.',
    'Thank you! Your RSVP for "Revenue Summit 2027" is confirmed.',
  ])('%j is a notice, no complaint', (text) => {
    const r = read(text);
    expect([r.category, r.intent.kind, r.flags.brand ?? false]).toEqual(['out_of_office', 'auto_ack', false]);
  });

  test('a message quarantined "and will not be delivered" is a permanent bounce of its recipient, not its sender', () => {
    const r = read(
      'This is an automatic notification: the message from sam@claimdesk.io to lee@initech.com was quarantined by policy and will not be delivered.',
    );
    expect([r.category, r.bounce?.permanent, r.bounce?.address]).toEqual(['bounce', true, 'lee@initech.com']);
  });
});

describe('people', () => {
  test.each([
    'Hi Sam,\n\nI appreciate the note. We looked at a few tools in this space last quarter and landed on doing it in Salesforce with a custom object. Works well enough for us.\n\nThanks,\nRita',
    'Works well enough for us.',
    "We're a 3-person company. No sales team. Wrong target.",
    'Wrong audience, we sell to consumers.',
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test.each([
    'Thursday works fine for us, see you then.',
    'Honestly? Your subject line made me laugh. Sure, 20 minutes, go.',
  ])('%j is a yes', (text) => {
    expect(kindOf(text)).toEqual(['interested', 'none']);
  });

  test('"We settled on doing it in HubSpot. Can yours sync with it?" asks', () => {
    expect(said('We settled on doing it in HubSpot. Can yours sync with it?')).toEqual([
      'interested',
      ['integration'],
    ]);
  });
});
