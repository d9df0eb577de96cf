import { read, said } from '../support/read-reply.js';

/**
 * Eighty everyday replies written blind (2026-12-04; docs/reply-classifier.md, "Put off, handed
 * on, asked beside a tool they have"): 75 of 80 categories and 68 of 80 intents at first sight, five
 * of the probe's own labels wrong by the corpus's conventions. The misses, each beside the sense it
 * must keep.
 */
describe('the whole conversation put off to a later time', () => {
  test('when a reply asks to push this to a month or a quarter, then it is a not-now on that date', () => {
    expect(read('Could we push this to early January? Things are hectic with year-end.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
    expect(read("Let's park it until Q2.").intent).toEqual({ kind: 'not_now', followUp: '2027-04-01' });
    expect(read('Can we push this out a couple of months?').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-23',
    });
  });

  test('when it pushes a call to a day or pushes the email to a team, then it is no not-now', () => {
    expect(said('Can we move the call to Friday?')[0]).toBe('interested');
    expect(read('Push this to my team.').intent.kind).not.toBe('not_now');
  });

  test('when it says to come back once the team has grown or the budget is there, then it is a not-now', () => {
    expect(said("Love the concept. We're too small right now — maybe when we hit 20 reps.")).toEqual([
      'not_interested',
      'not_now',
    ]);
    expect(said('Maybe when we have the budget.')).toEqual(['not_interested', 'not_now']);
    expect(said("Try us again once we've raised our Series A.")).toEqual(['not_interested', 'not_now']);
  });

  test('when a year is named by its part ("mid-2027"), then the follow-up is that part of it', () => {
    expect(read("We're locked into a contract with our current vendor until mid-2027.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-07-01',
    });
    expect(read('Try me in early 2027.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
    expect(read('Вернемся к этому в середине 2027 года.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-07-01',
    });
    // The end of a year keeps its own reading: the year after it.
    expect(read('No budget until the end of 2027.').intent).toEqual({
      kind: 'not_now',
      followUp: '2028-01-01',
    });
  });
});

describe('handed over, passed on, passing on', () => {
  test('when the writer handed or passed our email to a named colleague or a role, then it is the wrong person', () => {
    expect(said("I handed this over to Marcus on our ops team, he's cc'd.")).toEqual([
      'other',
      'wrong_person',
    ]);
    expect(said('I passed on your note to our head of sales.')).toEqual(['other', 'wrong_person']);
    expect(said("I'm handing this off to my manager.")).toEqual(['other', 'wrong_person']);
  });

  test('when "passing on this" declines, then it is a no, unless it is passed on to someone', () => {
    expect(said("We're passing on this one, thanks.")).toEqual(['not_interested', 'none']);
    expect(said("I'm passing on this to my boss.")).toEqual(['other', 'wrong_person']);
  });
});

describe('a question beside the tool they already use', () => {
  test('when a reply says what it already uses and asks whether ours works with it, then it is a question', () => {
    expect(said('We already use HubSpot sequences for this. Does yours integrate or replace it?')).toEqual([
      'interested',
      ['integration'],
    ]);
    expect(said('We already have a tool for this, does it play nicely with Salesforce?')).toEqual([
      'interested',
      ['integration'],
    ]);
  });

  test('when it asks why it would need ours, then it stays a no', () => {
    expect(said("We already use Salesloft's account ownership rules, why would we need this?")[0]).toBe(
      'not_interested',
    );
    expect(said('We already use Gong. Why would we replace it?')[0]).toBe('not_interested');
  });
});

describe('a stop put as a preference, and terms asked in plain words', () => {
  test('when a reply would rather we did not contact them again, then it is a stop; a channel preferred is not', () => {
    expect(said("I'd rather you didn't contact me again.")[0]).toBe('unsubscribe');
    expect(said('We would prefer it if you stopped emailing us.')[0]).toBe('unsubscribe');
    expect(said("I'd rather you didn't email me, text works better.")[0]).not.toBe('unsubscribe');
  });

  test('when it asks "month to month or annual" or about approved vendor lists, then it asks about the contract', () => {
    expect(said('Hey, quick q: is it month to month or annual?')).toEqual(['interested', ['contract']]);
    expect(said('We are a government agency. Are you on any approved vendor lists?')).toEqual([
      'interested',
      ['contract'],
    ]);
  });
});
