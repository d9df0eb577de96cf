import { flagsOf, kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-sixth session, sixth round (docs/reply-classifier.md, "A price under $20, leaving on
 * Friday"): twenty everyday English replies, fifteen notes and eight longer replies.
 */
describe('everyday replies', () => {
  test('"We\'re not buying anything until our new VP Sales starts in February." waits until February', () => {
    expect(
      waitOf("Appreciate the note. We're not buying anything until our new VP Sales starts in February."),
    ).toEqual(['not_interested', '2027-02-01']);
  });

  test('"Honestly we just use a Google Sheet and it works." is a no', () => {
    expect(kindOf('Honestly we just use a Google Sheet and it works.')[0]).toBe('not_interested');
  });

  test('"Price is the issue - we\'d need it under $20/user/month." haggles: it asks the price', () => {
    expect(said("Price is the issue - we'd need it under $20/user/month.")).toEqual([
      'interested',
      ['pricing'],
    ]);
  });

  test('"Price is the main blocker for us." alone is still a no', () => {
    expect(kindOf('Price is the main blocker for us.')[0]).toBe('not_interested');
  });

  test('"Sounds great, but I\'m leaving the company Friday." is the wrong person', () => {
    expect(kindOf("Sounds great, but I'm leaving the company Friday.")).toEqual(['other', 'wrong_person']);
  });

  test('"Who is your data processor and where are they based?" asks about security', () => {
    expect(said('Who is your data processor and where are they based?')).toEqual([
      'interested',
      ['security'],
    ]);
  });

  test('"…We don\'t have a sales team yet… Is this built for teams our size, or should I come back later?" asks', () => {
    expect(
      said(
        "I'm the founder of a 12-person company. We don't have a sales team yet, just me and one SDR. Is this built for teams our size, or should I come back later?",
      ),
    ).toEqual(['interested', []]);
  });
});

describe('notes', () => {
  test.each([
    'Meeting ended: "ClaimDesk <> Northwind". Duration: 32 min. Notes will arrive shortly.',
    'Your expense "Client dinner - Northwind" needs a receipt.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"Dana Lee viewed your LinkedIn profile." is a notice, no complaint', () => {
    expect(flagsOf('Dana Lee viewed your LinkedIn profile.')).toEqual(['out_of_office', []]);
  });
});
