import { absenceOf, kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Sixty-first session, the thirteenth to fifteenth rounds (docs/reply-classifier.md, "Who owns the
 * data, an address changed"): fifty people's replies and eighteen notes written after the twelfth
 * round's lessons, measured untaught, then taught.
 */
describe('people', () => {
  test('"Who owns the data if we leave?" asks about the data, not who owns the decision', () => {
    expect(said('Who owns the data if we leave?')).toEqual(['interested', ['security']]);
  });

  test('"Does it log who approved each handoff and when?" is a security question', () => {
    expect(said('Does it log who approved each handoff and when?')).toEqual(['interested', ['security']]);
  });

  test('"Could we run it in shadow mode first…?" asks for a trial', () => {
    expect(said('Could we run it in shadow mode first, alerts only, no blocking?')).toEqual([
      'interested',
      ['demo'],
    ]);
  });

  test('"How many seats minimum?" asks the price, as "Is there a per-seat minimum?" does', () => {
    expect(said('How many seats minimum?')).toEqual(['interested', ['pricing']]);
  });

  test('"Can admins lock certain strategic accounts…?" asks about the product', () => {
    expect(said('Can admins lock certain strategic accounts so only named reps can claim them?')).toEqual([
      'interested',
      [],
    ]);
  });

  test('"I stopped reading after the first line." is a no', () => {
    expect(kindOf("I'll be honest: I stopped reading after the first line.")[0]).toBe('not_interested');
  });

  test('"You clearly didn\'t research us." is a no without a complaint, as "Do your homework." is', () => {
    const r = read("You clearly didn't research us. We're a 5-person nonprofit.");
    expect([r.category, r.flags.brand ?? false]).toEqual(['not_interested', false]);
  });

  test('"Does ClaimDesk work for channel partners too…?" and "What\'s on your roadmap…?" ask about the product', () => {
    expect(said('Does ClaimDesk work for channel partners too, or only direct reps?')).toEqual([
      'interested',
      [],
    ]);
    expect(said("What's on your roadmap for 2027?")).toEqual(['interested', []]);
    expect(kindOf('Does Tuesday work for you?')[1]).not.toBe('question');
  });

  test('"I no longer handle vendor relationships." is the wrong person', () => {
    expect(
      kindOf('My company was acquired; I no longer handle vendor relationships. Try our parent company.'),
    ).toEqual(['other', 'wrong_person']);
  });

  test('"Let me loop back after our kickoff Jan 12." waits for the 12th, as "circle back" does', () => {
    expect(
      waitOf('Really appreciate the personalized note. Let me loop back after our kickoff Jan 12.'),
    ).toEqual(['not_interested', '2027-01-12']);
  });

  test('"Можно ли ограничить доступ менеджеров…?" is a security question', () => {
    expect(said('Можно ли ограничить доступ менеджеров только к своим клиентам?')).toEqual([
      'interested',
      ['security'],
    ]);
  });
});

describe('notes', () => {
  test('"Your email to Dana Ruiz has been delivered." is a delivery receipt', () => {
    expect(kindOf('Your email to Dana Ruiz has been delivered.')).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"I\'m taking a few days off to recharge and will reply next week." is an absence note', () => {
    expect(
      absenceOf("Thanks for writing! I'm taking a few days off to recharge and will reply next week.")[0],
    ).toBe('out_of_office');
  });

  test('"…will be answered in the order it was received" is a desk\'s acknowledgement', () => {
    expect(
      kindOf(
        'Your message has been received and will be answered in the order it was received. Current wait time: 2 days.',
      ),
    ).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"…Messages to this address are not forwarded." is a mailbox\'s notice; "my email address has changed to…" a move', () => {
    expect(
      kindOf(
        'This address has changed. Please update your records: j.kim@newdomain.com. Messages to this address are not forwarded.',
      )[0],
    ).toBe('out_of_office');
    expect(
      kindOf(
        'Hi, please note my email address has changed to dana.lee@northwind.io. This old mailbox will be closed at the end of the month.',
      ),
    ).toEqual(['other', 'referral']);
  });
});
