import { kindOf, said } from '../support/read-reply.js';

/**
 * Fifty-first session (docs/reply-classifier.md, "Use this one going forward, a backup completed"):
 * ten with two intents 7 of 10, 8 once my label followed the corpus's, a move to the writer's own
 * address read as their stop; twelve machine notes with no header 2 of 12, a sign-in read as a yes.
 */
describe('a move to the address the writer writes from', () => {
  test('when the writer unsubscribes their old address and asks for a demo here, then it is a demo asked', () => {
    expect(
      said(
        'Unsubscribe my old address (j.kim@oldco.com) and use this one going forward - interested in a demo.',
      ),
    ).toEqual(['interested', ['demo']]);
  });

  test("when the writer erases their old address and says they are interested, then it is a yes (the corpus's)", () => {
    expect(
      kindOf("Please erase my old address from your list and use this one: it's the one I read. Interested."),
    ).toEqual(['interested', 'none']);
  });

  test('when the writer asks us to stop writing to this address, then it is still a stop', () => {
    expect(kindOf('Please stop emailing this address.')[0]).toBe('unsubscribe');
  });
});

describe('no budget, unless there is a startup plan', () => {
  test('when the writer has no budget but asks for a startup discount, then it is a price asked', () => {
    expect(said("We don't have budget now. If you have a startup discount, let me know.")).toEqual([
      'interested',
      ['pricing'],
    ]);
  });
});

describe('notices a service sends its users, the last round of the session', () => {
  test.each([
    'Your Notion workspace was accessed from a new device in Berlin, Germany.',
    "We've received your return. Your refund will be issued within 5-7 business days.",
    'Jamie invited you to edit "Territory map 2027".',
    'Your scheduled report "Pipeline by owner" is attached.',
    'Your cloud backup completed successfully.',
    'Your Uber Eats order is on its way! Estimated arrival 7:45 PM.',
    'A new sign-in was detected on your HubSpot account.',
    "Welcome back! It's been a while since you logged in. Here's what's new.",
    'Your feedback has been submitted. Thank you for helping us improve!',
    'Daily digest: 4 tasks due today, 2 overdue.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });

  test('when a person says our sync failed them, then it is theirs', () => {
    expect(kindOf('Your HubSpot sync failed on us twice last year. Not interested.')[0]).toBe(
      'not_interested',
    );
  });
});
