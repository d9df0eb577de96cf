import { read } from '../support/read-reply.js';

/**
 * Replies later in a thread (after a follow-up), a mixed set and a Russian set written only to
 * measure, all on 2026-12-03 after the day's other lessons (docs/reply-classifier.md, "Probes": 17 of 20, 36 of 40
 * and 27 of 30 first sight), two more mixed sets (29 of 40, 33 of 40), fifteen sarcastic replies
 * (10 of 15) and a last set of thirty (24 of 30). What they found, each beside the sense it must keep.
 */

describe('what the thread probes taught', () => {
  test('when a keen yes is put off by days, then it is a yes; put off by months, a not-now', () => {
    expect(read('Still interested, just buried. Give me till Friday.').category).toBe('interested');
    expect(read('Still interested, but swamped until March.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-03-01',
    });
    expect(read('Swamped until March.').intent).toEqual({ kind: 'not_now', followUp: '2027-03-01' });
  });

  test('when a stop comes after a sigh or as "asking you to stop", then it is a stop', () => {
    expect(read('Ugh, stop.').category).toBe('unsubscribe');
    expect(read('stop it').category).toBe('unsubscribe');
    expect(read("This is the third time I'm asking you to stop.").category).toBe('unsubscribe');
    expect(read('Откуда у вас мой адрес? Удалите.').category).toBe('unsubscribe');
    // Stopping a trial is a question about it.
    expect(read('Can we stop the trial early?').category).toBe('interested');
  });

  test('when a reply says "wrong Tom" before a dash, then it is the wrong person', () => {
    expect(read('Wrong Tom — I think you want Tom Becker.').intent).toEqual({ kind: 'wrong_person' });
    expect(read('Wrong timing — try me in March.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-03-01',
    });
  });

  test('when a question asks how it works with territories, then it asks no integration', () => {
    expect(read('Can we see how it works with two overlapping territories?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Does it work with HubSpot?').intent).toEqual({ kind: 'question', topics: ['integration'] });
  });

  test("when a reply asks the difference between two of the offer's ideas, then it asks about the offer", () => {
    expect(
      read("Re-reading your first email: what's the difference between a claim and an activation window?")
        .intent,
    ).toEqual({ kind: 'question', topics: [] });
  });

  test('when a Russian reply names who handles purchases, awaits an offer, or is away and will discuss after the holidays, then it reads as meant', () => {
    expect(
      read('Вопросами закупок ПО у нас занимается Ирина Ковалёва, i.kovaleva@severtrans.ru').intent,
    ).toEqual({
      kind: 'referral',
      people: [{ email: 'i.kovaleva@severtrans.ru', name: 'Ирина Ковалёва' }],
    });
    expect(read('Отлично, жду коммерческое предложение на почту.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read('Я в отпуске до 10 января, после праздников обсудим.').category).toBe('out_of_office');
    // Asked to write after the holidays, with nobody away: a not-now.
    expect(read('Напишите после праздников.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
  });

  test('when the last mixed set asks in its own words, then each reads as meant', () => {
    expect(read("I'm not involved in tooling anymore, sorry.").intent).toEqual({ kind: 'wrong_person' });
    expect(read("Let's revisit in H2.").intent).toEqual({ kind: 'not_now', followUp: '2027-07-01' });
    expect(read("We'd need SSO via Okta and SCIM provisioning.").intent).toEqual({
      kind: 'question',
      topics: ['security', 'integration'],
    });
    // Bringing in someone of ours is a request, not a hand-off of theirs.
    expect(read('Could you loop in your solutions engineer? We have technical questions.').category).toBe(
      'interested',
    );
    expect(read('Contract renewal with our current vendor is in June. Talk in May?')).toMatchObject({
      category: 'interested',
      intent: { kind: 'none' },
    });
    expect(read("Our data can't leave Canada. Is that possible?").intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    expect(read("We're evaluating Clari and Gong. Where do you fit?").intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('Is there a cancellation fee?').intent).toEqual({
      kind: 'question',
      topics: ['pricing', 'contract'],
    });
    expect(read("Please don't email my colleagues either.").category).toBe('unsubscribe');
    expect(read('Мы на праздниках до 11 января.').category).toBe('out_of_office');
    expect(read('А что будет с данными после окончания подписки?').intent).toEqual({
      kind: 'question',
      topics: ['security', 'contract'],
    });
  });

  test("when sarcasm drops everything, can't wait for another tool, or answers in one word, then it is a no", () => {
    expect(read('Sure, let me drop everything for your 15-minute demo.').category).toBe('not_interested');
    expect(read("Can't wait to add yet another Slack bot my reps will ignore.").category).toBe(
      'not_interested',
    );
    expect(read('Yes, because what my team needs is more notifications.').category).toBe('not_interested');
    expect(read('Wow, a cold email about cold emails. Bold.').category).toBe('not_interested');
    expect(read('Шучу, конечно интересно. Когда можно посмотреть?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    // Sincere eagerness stays a yes.
    expect(read("Can't wait to see it!").category).toBe('interested');
  });

  test('when a question asks what happens to something or how the product handles it, then it asks about the offer; how we found them asks nothing', () => {
    expect(read('What happens to claims when a rep leaves?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read("I'm curious how you handle ties.").intent).toEqual({ kind: 'question', topics: [] });
    expect(read('Just curious — how did you find me?')).toMatchObject({
      category: 'other',
      intent: { kind: 'none' },
    });
    // Whether a time works is scheduling, not a product question.
    expect(read('Let me know if it works for Thursday.').intent).toEqual({ kind: 'none' });
  });

  test('when the last set names a colleague who will write if interested, wants to see it, is on jury duty, or asks where data is hosted, then each reads as meant', () => {
    expect(read("Our SDR manager, Kelly, will reach out if there's interest.").intent).toEqual({
      kind: 'wrong_person',
    });
    // The writer keeping the thread hands nothing on.
    expect(read("We'll get back to you if there's interest.").intent).toEqual({ kind: 'none' });
    expect(read("Would love to see it. I'm booked this week, next week is open.").intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read("I'm on jury duty until Thursday, will reply then.").category).toBe('out_of_office');
    expect(read('Which regions do you host data in?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    expect(read('How long have you been around? Who backs you?').intent).toEqual({
      kind: 'question',
      topics: [],
    });
    // An assistant who books the time keeps the yes; the corpus reads it as a yes, not a referral.
    expect(read('Sure, set something up with my assistant Ana (ana@brightline.io).')).toMatchObject({
      category: 'interested',
      intent: { kind: 'none' },
    });
    // Copied in as well (2026-12-05, "Longer replies" in docs/reply-classifier.md): still the yes.
    expect(
      read(
        "Hi Alex, sorry for the slow reply - been traveling. Yes, let's find 30 min. My assistant Dana (dana@acme.com) manages my calendar, I've cc'd her here.",
      ),
    ).toMatchObject({ category: 'interested', intent: { kind: 'none' } });
  });
});
