import { read } from '../support/read-reply.js';

/**
 * Long replies written on 2026-12-03 (docs/reply-classifier.md, "Probes": 6 of 10, then 10 of 12, then 8 of 10 first sight; ten
 * long Russian letters 7 of 10): context first,
 * the answer somewhere in the middle, a condition or a date near the end. What they found, each
 * beside the sense it must keep.
 */

describe('what the long replies taught', () => {
  test('when the writer cannot take anything on before a time and asks to be pinged in a week of a month, then it is a not-now', () => {
    const text =
      "We're in the middle of a Salesforce re-implementation that won't be done until end of February, and I can't take anything new on before then. If you ping me first week of March I'll happily take a look.";
    expect(read(text).intent).toEqual({ kind: 'not_now', followUp: '2027-03-01' });
    expect(read("I can't take on anything new until the audit is done.").category).toBe('not_interested');
    // Pinging a colleague is no time asked for.
    expect(read('Happy to take a look, ping me when the deck is ready.').category).toBe('interested');
  });

  test('when a question compares with what the team already has, then it asks, it does not decline', () => {
    const text =
      "I'm not sure I get what's different here from the territory rules we already have in Salesforce. Where does a claim live? In your tool or in Salesforce?";
    expect(read(text).intent).toEqual({ kind: 'question', topics: ['integration'] });
    expect(read('We already have a tool for this.').category).toBe('not_interested');
  });

  test('when a reply asks for no further follow-ups, then it is a no; no more emails is a stop', () => {
    expect(read('Please no further follow-ups.').category).toBe('not_interested');
    expect(read("I'd rather not receive further follow-ups.").category).toBe('not_interested');
    expect(read("I'd prefer not to get more emails.").category).toBe('unsubscribe');
  });

  test('when the person who would own it is named and copied, then it is a referral to them, yes or not', () => {
    const text =
      "Short version: yes, I'm interested, but the person who'd own this is our RevOps lead, Priya Nair (priya.nair@brightline.io). I've copied her here.";
    expect(read(text).intent).toEqual({
      kind: 'referral',
      people: [{ email: 'priya.nair@brightline.io', name: 'Priya Nair' }],
    });
  });

  test('when a reply sets terms the vendor could meet, then it asks about them', () => {
    const text =
      "If you can do a 30-day trial with no paid services and month-to-month after, I'll put you on the shortlist.";
    expect(read(text).intent).toEqual({ kind: 'question', topics: ['demo', 'contract'] });
  });

  test('when a Russian reply asks politely to write after a day of a month, then it is a not-now to that day', () => {
    expect(read('Напишите, пожалуйста, после 15 января — договоримся о демо.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-15',
    });
  });

  test('when a person away says they forwarded our note to a deputy with an address, then it is a referral, not an absence note', () => {
    const text =
      "I'm on a sabbatical until the end of January and only checking email occasionally. I've forwarded your note to my deputy, Sam Ortiz (sam.ortiz@brightline.io), who's running the team while I'm out.";
    expect(read(text).intent).toEqual({
      kind: 'referral',
      people: [{ email: 'sam.ortiz@brightline.io', name: 'Sam Ortiz' }],
    });
    // The same cover line with nothing done by hand is an absence note.
    expect(read("I'm out of office until Monday. For urgent matters contact dana@acme.com.").category).toBe(
      'out_of_office',
    );
  });

  test('when procurement says it accepts no unsolicited proposals, then it is a no', () => {
    const text =
      'Please be advised that Brightline does not accept unsolicited vendor proposals. All suppliers must register through our supplier portal.';
    expect(read(text).category).toBe('not_interested');
  });

  test('when an engineer has no idea who buys it, then it is the wrong person', () => {
    expect(
      read(
        "Not sure how you got my email, but I'm a software engineer, not in sales. I have no idea who buys this kind of thing here.",
      ).intent,
    ).toEqual({ kind: 'wrong_person' });
  });

  test('when a no hangs on a condition the product could meet, then the reply asks about it', () => {
    expect(
      read(
        "Unless your system prevents people from claiming half the market on day one, it's a hard no from me.",
      ).intent,
    ).toEqual({ kind: 'question', topics: [] });
    expect(read("It's a no unless it runs on-prem.").intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    // A no with its reason is still a no.
    expect(read('Not interested, unless you can prove it works.').category).toBe('not_interested');
  });

  test('when a stop threatens to go to our CEO, then it carries the brand flag', () => {
    const got = read(
      "Ava — please stop. I've replied 'not interested' to two of your colleagues already, and I'd rather not have to contact your CEO about it.",
    );
    expect([got.category, got.flags.brand]).toEqual(['unsubscribe', true]);
    expect(
      read('Happy to talk. Should I contact your head of sales of EMEA directly?').flags.brand,
    ).toBeUndefined();
  });

  test('when a reply asks "can you tell me what…" about the product\'s own SLA, then it asks about the offer, not a contract', () => {
    expect(
      read("Can you tell me what percentage of your users' reps actually respond to the DMs within the SLA?")
        .intent,
    ).toEqual({ kind: 'question', topics: [] });
    expect(read('Is there an uptime SLA?').intent).toEqual({ kind: 'question', topics: ['contract'] });
  });

  test('when a formal Russian letter asks "прошу направить…" or a casual one says "покажешь вживую", then it asks', () => {
    expect(
      read(
        'Прошу направить описание функционала и ориентировочную стоимость на 40 пользователей — включим вас в сравнение.',
      ).intent,
    ).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('Давай созвонимся на неделе, покажешь вживую.').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
  });
});
