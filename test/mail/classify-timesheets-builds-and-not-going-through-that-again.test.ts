import { flagsOf, kindOf, read, waitOf } from '../support/read-reply.js';

/**
 * Fiftieth session (docs/reply-classifier.md, "A timesheet approved, a build failed, 'not going
 * through that again'"): twelve machine notes with no header 0 of 12, a Calendly booking and a
 * Russian payment reminder read as a yes and a domain's renewal as a complaint; twenty everyday
 * English ones 15 of 20 (18 once my labels followed the corpus's); six threats 4 of 6 (5).
 */
describe('notices a service sends its users, once more', () => {
  test.each([
    'Your timesheet for the week of Nov 16 has been approved.',
    'Build #4821 failed on main. View the logs.',
    'Your package is out for delivery today.',
    'Your bank transfer of $1,250.00 has been completed.',
    'New comment on your post: "Great insight!"',
    'Your Calendly meeting with Jordan is confirmed for Tuesday, Dec 1 at 10:00 AM.',
    'Your expense report "November travel" was submitted for approval.',
    'Your domain claimdesk.io renews in 30 days.',
    'You have a new follower on Twitter.',
    'Your LinkedIn Premium trial ends tomorrow. Keep your benefits.',
    'Ваша посылка прибыла в пункт выдачи.',
    'Напоминаем: оплатите счёт до 30 ноября.',
  ])('%j is a notice, never a yes or a complaint', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });

  test.each([
    "My package is delayed so I can't test the hardware, but I'd love a demo anyway.",
    'Your meeting with our CTO is confirmed for Tuesday at 10.',
  ])('when a person writes %j, then it is their yes', (text) => {
    expect(kindOf(text)[0]).toBe('interested');
  });
});

describe('everyday English', () => {
  test.each([
    'We cancelled a similar tool 3 months ago. Not going through that again.',
    "That doesn't interest me.",
    "Your free trial offer doesn't interest me.",
  ])('%j is a no', (text) => {
    expect(kindOf(text)[0]).toBe('not_interested');
  });

  test('when a wait follows "busy." in its own sentence, then it waits', () => {
    expect(
      waitOf("Our build failed twice this week because of a bad deploy, so we're busy. Next month?"),
    ).toEqual(['not_interested', '2026-12-01']);
  });

  test('when the writer moves us to a personal address and is happy to chat, then it is a yes with that address', () => {
    const r = read("Please don't email me here, use my personal address: kate.m@gmail.com. Happy to chat.");
    expect([r.category, r.intent]).toEqual([
      'interested',
      { kind: 'referral', people: [{ email: 'kate.m@gmail.com' }] },
    ]);
  });

  test('when a buyer asks the technical requirements, then it is a question', () => {
    expect(
      kindOf("I'm interested but need to loop in IT first. What are the technical requirements?"),
    ).toEqual(['interested', 'question']);
  });

  test('when a Russian buyer asks the minimum number of seats, then it is a question', () => {
    expect(kindOf('Сколько менеджеров минимально?')).toEqual(['interested', 'question']);
  });
});

describe('threats', () => {
  test('when the writer has asked their lawyers to review whether we comply with CASL, then it is a legal stop', () => {
    expect(flagsOf("I've asked our legal team to review whether you comply with CASL.")).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
  });

  test('when the writer says to delete a minor’s address, then it is a stop', () => {
    expect(kindOf("You emailed my kid's school address. Delete it now, this is a minor's account.")[0]).toBe(
      'unsubscribe',
    );
  });
});
