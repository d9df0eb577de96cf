import { kindOf, read, waitOf } from '../support/read-reply.js';

/**
 * Fifty-sixth session, fourth round (docs/reply-classifier.md, "Passed already, a workspace
 * closing"): twenty everyday English replies, fifteen notes, ten Russian and eight longer replies.
 */
describe('no’s and waits said in passing', () => {
  test('"We already talked to one of your colleagues last month and passed." is a no', () => {
    expect(kindOf('We already talked to one of your colleagues last month and passed.')[0]).toBe(
      'not_interested',
    );
  });

  test('"…and passed the security review." is not', () => {
    expect(kindOf('We ran the pilot and passed the security review.')[0]).not.toBe('not_interested');
  });

  test('"Honestly, not sure we have the problem you describe. Maybe I\'m wrong?" is a no', () => {
    expect(kindOf("Honestly, not sure we have the problem you describe. Maybe I'm wrong?")[0]).toBe(
      'not_interested',
    );
  });

  test('"Sounds good, but I\'m off for the rest of the year. January?" waits until January', () => {
    expect(waitOf("Sounds good, but I'm off for the rest of the year. January?")).toEqual([
      'not_interested',
      '2027-01-01',
    ]);
  });
});

test('"Please stop using my first name like we\'re friends." asks no stop to the mail', () => {
  expect(read("Please stop using my first name like we're friends.").category).not.toBe('unsubscribe');
});

test('"Please stop." still stops', () => {
  expect(read('Please stop.').category).toBe('unsubscribe');
});

describe('notes read as a complaint or as nothing', () => {
  test.each([
    'Your ClaimDesk workspace will be deleted in 7 days due to inactivity.',
    'Your webinar "Stop Rep Collisions" starts tomorrow at 10 AM PT. Add to calendar.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
