import { referredPeople } from '../../src/domain/referrals.js';
import { read, said } from '../support/read-reply.js';

/**
 * A probe of thirty hand-offs and "not now"s (2026-12-03; docs/reply-classifier.md, "Hand-offs and later"): 25 of 30
 * intents right at first sight, two of the probe's own labels wrong by the corpus's conventions.
 * The three real misses, each beside the sense it must keep.
 */
describe('hand-offs written after the corpus', () => {
  test('when an address is spelled out so robots miss it, then it is still the person referred', () => {
    const c = read('Not me — try Dana Reyes, dana [at] acme [dot] com.');
    expect(c.intent).toEqual({ kind: 'referral', people: [{ email: 'dana@acme.com', name: 'Dana Reyes' }] });
    expect(referredPeople('write to j.smith(at)globex.co.uk', [])).toEqual([
      { email: 'j.smith@globex.co.uk' },
    ]);
    expect(referredPeople('mark at northwind dot io handles it', [])).toEqual([
      { email: 'mark@northwind.io' },
    ]);
    // A place is no address: "at" alone, or a word that is no mailbox.
    expect(referredPeople('Meet me at acme.com offices.', [])).toEqual([]);
    expect(referredPeople("We're at acme dot com now.", [])).toEqual([]);
  });

  test('when a reply says our email should go to another team, then it is the wrong person', () => {
    expect(read('This should go to our marketing team, not me.').intent).toEqual({ kind: 'wrong_person' });
    expect(read('This should go out to the whole team, great idea. Send pricing.').intent.kind).not.toBe(
      'wrong_person',
    );
  });

  test('when the colleague it was forwarded to "will reach out if interested", then the interest is theirs, not a yes', () => {
    const c = read("Forwarding to my colleague who handles this — she'll reach out if interested.");
    expect([c.category, c.intent.kind]).toEqual(['other', 'wrong_person']);
    expect(read("I'm interested, she'll reach out to set a time.").category).toBe('interested');
  });
});

/** Twenty-five yeses and questions (2026-12-03; docs/reply-classifier.md, "Hand-offs and later"): 24 of 25 categories at first sight. */
describe('a yes with a contract date said for the record', () => {
  test('when a reply says yes now and mentions when its contract ends, then it is a yes; asked to wait for the date, it is a not-now', () => {
    const yes = read("Sure, let's chat. FYI our contract with the current tool ends in March.");
    expect([yes.category, yes.intent.kind]).toEqual(['interested', 'none']);
    expect(read('Sounds cool but our contract with Outreach runs through next June.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-06-01',
    });
    expect(read('Happy to chat, but our contract runs through June - reach out in May.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-05-01',
    });
    expect(
      read('Sure, lets talk. Our contract with Gong ends in March, so we could switch then.').intent.kind,
    ).toBe('not_now');
  });
});

/** Found while checking layouts (2026-12-04; docs/reply-classifier.md, "Layout"): two wordings no rule read. */
describe('"not me" with who to ask, "reach back out around" a time, "won\'t be looking until"', () => {
  test('when "not me" is followed by who to ask instead, then it is the wrong person; asked again later, a not-now', () => {
    expect(said('Not me. Check with Hannah in finance.')).toEqual(['other', 'wrong_person']);
    expect(said('Не я, обратитесь к Марине.')).toEqual(['other', 'wrong_person']);
    expect(read('Not me. Ask me again after the budget review in April.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-04-01',
    });
  });

  test('when a reply asks us to reach back out around, or in the middle of, a month, then it is a not-now with that date', () => {
    expect(read('Please reach back out around the middle of March.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-03-15',
    });
    expect(read('Busy quarter. Reach back out mid-January.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-15',
    });
    expect(read('Get back in touch closer to June.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-06-01',
    });
  });

  test('when a reply says it will not be looking or buying until a time, then it is a not-now with that time', () => {
    expect(read("Just renewed with our vendor; we won't be evaluating anything until 2028.").intent).toEqual({
      kind: 'not_now',
      followUp: '2028-01-01',
    });
    expect(read('We are not going to be shopping for tools until after the holidays.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
  });
});

/**
 * A reply that only sends the rep to someone else, with no address (2026-12-04): "Please talk to
 * Priya.", "Contact our CTO.", "Talk to my colleague, Priya." were all `other` with no intent; the
 * corpus's rule ("Ask Mike.", "Ask sales.") makes them the wrong person.
 */
describe('a reply that sends the rep to someone else by name or role', () => {
  it.each([
    'Please speak with Imogen.',
    'You should really talk to Farid in operations.',
    'Contact our VP of Sales.',
    'Reach out to my co-worker, Lucia, instead.',
    'Ask your CFO.',
    'Best to check with Gustavo. He runs the SDR team.',
    'Get in touch with procurement, not me.',
  ])('%j is the wrong person', (text) => {
    expect(read(text).intent).toEqual({ kind: 'wrong_person' });
  });

  it.each([
    'Talk to you next week.',
    'Contact me after the holidays.',
    'Please email the security questionnaire.',
    'Email over some details.',
    'Reach out again in the spring.',
  ])('%j sends nobody elsewhere', (text) => {
    expect(read(text).intent.kind).not.toBe('wrong_person');
  });
});
