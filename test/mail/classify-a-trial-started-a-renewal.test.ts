import { flagsOf, kindOf, read, referredTo, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-sixth session, second round (docs/reply-classifier.md, "A trial started, a renewal through
 * June"): twenty everyday English replies, fifteen notes, fifteen hand-offs and waits, ten in other
 * European languages, twelve product questions, ten threats, twelve Russian and fifteen more notes.
 */
describe('notes with no app named first', () => {
  test.each([
    'Your Salesforce sandbox refresh is complete.',
    "Your free trial of ClaimDesk has started! Here's how to invite your team.",
    'Your seat license for Gong has been assigned by your admin.',
    'There are 4 new replies in your Outreach inbox.',
    'ZoomInfo: 3 contacts at Northwind changed jobs.',
    "Congrats! You've completed 5 tasks this week.",
    'Thank you for your email. Due to high volume, please allow 3-5 business days for a response.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"Dana Lee (Northwind) just booked a meeting with you: …" is the prospect’s yes', () => {
    expect(
      kindOf('Dana Lee (Northwind) just booked a meeting with you: Intro call, Thu Dec 3 at 2pm.')[0],
    ).toBe('interested');
  });

  test('"My trial ends Friday, can we talk before then?" is still a person’s', () => {
    expect(kindOf('My trial ends Friday, can we talk before then?')[0]).toBe('interested');
  });
});

describe('waits said as what cannot happen before a time', () => {
  test.each([
    ["We're mid-renewal with Clari through June, so can't look before then.", '2027-06-01'],
    ["Give me until mid-January to get through year-end and then let's talk.", '2027-01-15'],
    ["We can't look at this until March.", '2027-03-01'],
  ])('%j waits until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });
});

describe('the wrong person', () => {
  test('"No longer relevant for me - I moved into a customer success role." is the wrong person', () => {
    expect(kindOf('No longer relevant for me - I moved into a customer success role.')).toEqual([
      'other',
      'wrong_person',
    ]);
  });

  test('"We moved to a new CRM." is not', () => {
    expect(kindOf('We moved to a new CRM.')[1]).not.toBe('wrong_person');
  });

  test('"Talk to Mei. She\'s out till Monday though." is Mei’s absence, not the writer’s', () => {
    expect(kindOf("Talk to Mei. She's out till Monday though.")).toEqual(['other', 'wrong_person']);
  });

  test('"Out till Monday." is still the writer’s', () => {
    expect(read('Out till Monday.').category).toBe('out_of_office');
  });

  test('a procurement team that handles new vendors, with its address, is a referral', () => {
    expect(referredTo('Our procurement team handles all new vendors: procurement@orbitfleet.com')).toEqual([
      'procurement@orbitfleet.com',
    ]);
  });
});

test('"I don\'t do cold calls or cold emails. Sorry." is a house rule, no complaint', () => {
  expect(flagsOf("I don't do cold calls or cold emails. Sorry.")).toEqual(['not_interested', []]);
});

test('"Are you GDPR compliant and do you sign DPAs?" asks about security and the contract', () => {
  expect(said('Are you GDPR compliant and do you sign DPAs?')).toEqual([
    'interested',
    ['security', 'contract'],
  ]);
});
