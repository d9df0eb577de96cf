import { kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-third session (docs/reply-classifier.md, "We use Gong for this, a payout on its way"):
 * fifteen more machine notes 7 of 15, a web form's entry read as a yes; twenty replies with two
 * intents or a condition 12 of 20 (16 once my labels followed the corpus's); fifteen terse ones 14;
 * fifteen questions in other words 13 (14).
 */
describe('a code host’s, a form’s, a bank’s and a mailbox’s notices', () => {
  test.each([
    'GitHub: @mlee requested your review on pull request #482 "Fix pricing rounding".',
    'New form submission on "Contact us": Name: Jo Park, Company: Brightline, Message: Interested in a demo.',
    'Stripe: Your payout of $4,210.55 is on its way to your bank account.',
    'Your mailbox is almost full. You have used 98% of your 50 GB storage.',
    'You appeared in 14 searches this week.',
    'Google Alert - "ClaimDesk": 2 new results',
    'Your tickets for "SaaStr Europa 2027" are attached. See you in Barcelona!',
    'Welcome to Notion! Here are 3 tips to get started.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('a tool named for the job, a price per kind of user, a recording to watch', () => {
  test.each(['We use Gong for this.', 'we use gong for this', 'we run Outreach for that, thanks'])(
    '%j is a no',
    (text) => {
      expect(kindOf(text)).toEqual(['not_interested', 'none']);
    },
  );

  test('when the writer names the tool they use and asks how we differ, then it is a question', () => {
    expect(kindOf('We use Gong for this. How are you different?')).toEqual(['interested', 'question']);
  });

  test.each([
    'Do you charge for read-only users?',
    'Is there a charge for admins?',
    'Are admins charged?',
    'Do viewers count as paid seats?',
  ])('%j asks about pricing', (text) => {
    expect(said(text)).toEqual(['interested', ['pricing']]);
  });

  test('when the writer asks whether a day is free, then it is no pricing question', () => {
    expect(said('Is Tuesday free?')[1]).not.toEqual(['pricing']);
  });

  test.each(["We're not ready to buy, but I'd take a look at a recording.", 'Happy to watch a recording.'])(
    '%j asks for a demo',
    (text) => {
      expect(said(text)).toEqual(['interested', ['demo']]);
    },
  );

  test('when the writer asks for a case study on a condition, then it is a yes', () => {
    expect(kindOf('Not now. But if you have a case study from a 50-person team, send it along.')).toEqual([
      'interested',
      'none',
    ]);
  });

  test('when the writer needs a certificate first and asks to be pinged when we have it, then it is a wait', () => {
    expect(
      waitOf(
        "We'd need SOC 2 before anything, and it sounds like you don't have it yet. Ping me when you do.",
      ),
    ).toEqual(['not_interested', undefined]);
  });
});
