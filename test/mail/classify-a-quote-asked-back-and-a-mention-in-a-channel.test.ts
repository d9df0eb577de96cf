import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-ninth session, the fifth to seventh rounds (docs/reply-classifier.md, "A quote asked back, a
 * mention in a channel"): 85 people's replies and 45 notes written after the first four rounds'
 * lessons, measured untaught, then taught.
 */
describe('people', () => {
  test('a request pointing back at the quotes named before asks about pricing', () => {
    expect(said('Our procurement requires three quotes. Could you send yours by Friday?')).toEqual([
      'interested',
      ['pricing'],
    ]);
    expect(said('Interested! Can we start with the 10-seat plan and expand later?')).toEqual([
      'interested',
      ['pricing'],
    ]);
  });

  test('a no and a yes in Dutch and Polish', () => {
    expect(kindOf('Hoi Sam, we gebruiken al HubSpot en zijn tevreden.')).toEqual(['not_interested', 'none']);
    expect(kindOf('Możemy porozmawiać w przyszłym tygodniu? Proszę o kilka terminów.')[0]).toBe('interested');
    expect(kindOf('Nie możemy porozmawiać, dziękuję.')[0]).not.toBe('interested');
  });

  test('"you have the wrong Jordan Lee — I\'m a dentist" is the wrong person; "the wrong idea" is not', () => {
    expect(kindOf("You have the wrong Jordan Lee — I'm a dentist in Ohio.")).toEqual([
      'other',
      'wrong_person',
    ]);
    expect(kindOf('You have the wrong idea about us. We grew 40% last year.')[1]).not.toBe('wrong_person');
  });

  test('"No longer at Acme, sorry. Good luck!" is someone who left, not a no', () => {
    expect(kindOf('No longer at Acme, sorry. Good luck!')).toEqual(['other', 'wrong_person']);
  });

  test('a call put off until after a date in Russian is a wait until then', () => {
    expect(waitOf('Давайте созвонимся после 15 января.')).toEqual(['not_interested', '2027-01-15']);
    expect(kindOf('Давайте созвонимся в 11 по Москве.')).toEqual(['interested', 'none']);
  });

  test('an address the writer says is dead is nobody to hand us to', () => {
    expect(
      kindOf('FYI your message to dana@acme.com could not be delivered, she left. Write to me instead.')[1],
    ).toBe('none');
    const r = read("Your email to rob@acme.com bounced — I'm the one to talk to now: lee@acme.com");
    expect(r.intent.kind === 'referral' && r.intent.people.map((p) => p.email)).toEqual(['lee@acme.com']);
    expect(kindOf('Talk to dana@acme.com, she runs this.')[1]).toBe('referral');
  });
});

describe('notes', () => {
  test.each([
    "Slack: Dana Lee mentioned you in #deal-acme: 'can you check pricing?'",
    "Your Gong call 'Acme discovery' has been analyzed. 3 topics detected: pricing, security, integration.",
  ])('%j is a notice, no question of the writer’s', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test("a webinar's new registrants are a notice", () => {
    expect(kindOf("Your Zoom webinar 'Ownership 101' has 25 new registrants.")).toEqual([
      'out_of_office',
      'auto_ack',
    ]);
  });

  test('a delay reported as text is a temporary bounce, its address no referral', () => {
    const r = read(
      'This is a notification that your email to dana@acme.com has been delayed. The server will keep trying to deliver it for 2 more days.',
    );
    expect([r.category, r.bounce?.permanent, r.bounce?.address]).toEqual(['bounce', false, 'dana@acme.com']);
  });

  test('"Mail undeliverable." heads a report', () => {
    const r = read('Mail undeliverable. The address has been disabled: joe@initrode.com');
    expect([r.category, r.bounce?.address]).toEqual(['bounce', 'joe@initrode.com']);
  });

  test('a server’s sentence naming the address it could not deliver to opens a report', () => {
    const r = read(
      'Unfortunately your message to legal@globex.com could not be delivered. The recipient’s mailbox is over its storage limit.',
    );
    expect([r.category, r.bounce?.address]).toEqual(['bounce', 'legal@globex.com']);
  });
});
