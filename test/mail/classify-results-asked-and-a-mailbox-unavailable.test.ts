import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Sixtieth session, the third round (docs/reply-classifier.md, "Results asked, a mailbox
 * unavailable"): forty-four people's replies and twenty notes written after the second round's
 * lessons, measured untaught, then taught.
 */
describe('people', () => {
  test('"What results have other teams seen?" asks about the offer', () => {
    expect(said('Not sure. What results have other teams seen?')).toEqual(['interested', []]);
    expect(said("What's the ROI for a team like ours?")[0]).toBe('interested');
  });

  test('"Удалите его." after "my address" is a stop; alone it is nothing', () => {
    expect(kindOf('Кто вам дал мой адрес? Удалите его.')[0]).toBe('unsubscribe');
    expect(kindOf('Удалите его.')[0]).not.toBe('unsubscribe');
  });
});

describe('notes', () => {
  test.each([
    [
      'Delivery failed permanently to:\n   max@globex.io\n\nTechnical details: 550 5.1.1 No such user',
      'max@globex.io',
    ],
    ['Mailbox unavailable. The recipient tom@wayfarer.example has been deactivated.', 'tom@wayfarer.example'],
  ])('%j is a bounce of %s', (text, address) => {
    const r = read(text);
    expect([r.category, r.bounce?.address, r.bounce?.permanent]).toEqual(['bounce', address, true]);
  });

  test('a message "received and forwarded to the appropriate department" is a help desk\'s', () => {
    expect(kindOf('Your email has been received and forwarded to the appropriate department.')).toEqual([
      'out_of_office',
      'auto_ack',
    ]);
    // A person who forwarded it says so in their own words.
    expect(kindOf("Thanks, I've forwarded this to our head of sales.")[0]).not.toBe('out_of_office');
  });
});
