import { kindOf } from '../support/read-reply.js';

/**
 * Fifty-third session (docs/reply-classifier.md, "Who told you, a comment on your post"): fifteen
 * more machine notes 8 of 15, one read as a yes and two as complaints; fifteen everyday replies 10
 * (14 once my labels followed the corpus's), "Who told you we were looking for this?" a yes.
 */
describe('"we were looking for" told of, not said now', () => {
  test('when the writer asks who told us they were looking, then it is no yes', () => {
    expect(kindOf('Who told you we were looking for this?')[0]).toBe('other');
  });

  test.each(["We're looking for something like this.", 'were looking for exactly this'])(
    '%j (a "we\'re" typed without its apostrophe too) is a yes',
    (text) => {
      expect(kindOf(text)[0]).toBe('interested');
    },
  );
});

describe('a tracker’s, a community’s, a network’s and a recorder’s notices', () => {
  test.each([
    'Jira: [SALES-231] "Update pricing page" status changed from In Progress to Done.',
    'Your meeting notes from "Weekly sync" have been shared with 4 attendees.',
    'A new answer was posted to your question in the HubSpot Community.',
    'Zoom: You have a new cloud recording for "Demo with Northwind".',
    'Your Uber Eats order from Sweetgreen is on its way!',
    'LinkedIn: Maria Chen commented on your post.',
    'Your Expensify report "Nov travel" was reimbursed.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each(['I liked your post.', 'The status changed from maybe to yes.'])(
    '%j is a person’s own words',
    (text) => {
      expect(kindOf(text)[1]).not.toBe('auto_ack');
    },
  );
});
