import { kindOf, read } from '../support/read-reply.js';

/**
 * Fifty-eighth session, the eighth round and six whole mails (docs/reply-classifier.md, "A group
 * for members only, a call recorded"): fifteen people's replies and ten notes written after the
 * seventh round's lessons, and six delivery reports and absences as whole mails, measured untaught,
 * then taught.
 */
describe('notes', () => {
  test.each([
    'Your Salesloft email "Quick question" was opened 4 times by Dana Lee.',
    'Your call with Dana Lee has been recorded. View the recording and AI summary.',
    'Your meeting with Dana Lee has been scheduled for Wednesday, December 9 at 10:00 AM (PST).',
    'Your Zoom meeting "Weekly pipeline" has been rescheduled to Thursday 3:00 PM.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    'Your call was moved to Friday? I never got a notice.',
    'Your meeting with our CTO has been scheduled for Tuesday.',
  ])('%j is a person’s', (text) => {
    expect(kindOf(text)[0]).not.toBe('out_of_office');
  });

  test.each([
    [
      'Your message to the group sales-team@globex.com was rejected because you are not a member.',
      'sales-team@globex.com',
    ],
    [
      "The message you sent to bob@initech.com was blocked because it failed the organisation's spam policy.",
      'bob@initech.com',
    ],
  ])('%j, a server’s words pasted as text, is a permanent bounce of %s, no complaint', (text, address) => {
    const r = read(text);
    expect([r.category, r.bounce?.address, r.bounce?.permanent, r.flags.brand ?? false]).toEqual([
      'bounce',
      address,
      true,
      false,
    ]);
  });
});

describe('people', () => {
  test('a yes that loops in a colleague "to set up time" stays a yes', () => {
    expect(
      kindOf(
        "Hi Sam — yes, we have this problem constantly. I'll loop in our RevOps lead, Dev Patel (dev.patel@umbrella.io), to set up time.",
      )[0],
    ).toBe('interested');
  });
});
