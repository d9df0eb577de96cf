import { flagsOf, kindOf, referredTo, said, waitOf } from '../support/read-reply.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "The earliest time there is room, a question put
 * as what the writer does not follow"): 108 replies of every kind, 83 right as shipped, 101 once my
 * labels followed the corpus's; now 108.
 */
describe('the first time there is room', () => {
  test('when the earliest the writer could look is a month, then it is a wait until that month', () => {
    expect(
      waitOf(
        "We're in the middle of a Salesforce migration that won't wrap until end of Q1, so the earliest I could look at anything new is April.",
      ),
    ).toEqual(['not_interested', '2027-04-01']);
  });

  test('when the writer will have bandwidth after a dated kickoff, then it waits until that day', () => {
    expect(waitOf("I'll have bandwidth after our kickoff on Jan 20.")).toEqual([
      'not_interested',
      '2027-01-20',
    ]);
  });

  test('when the talk is said to belong to a half of a named year, then it waits until that half', () => {
    expect(waitOf('Probably a 2027 H2 conversation.')).toEqual(['not_interested', '2027-07-01']);
    expect(waitOf("Let's revisit H1 2028.")).toEqual(['not_interested', '2028-01-01']);
  });

  test('when a Russian reply says the budget is already spent, then it is a wait', () => {
    expect(kindOf('Спасибо, но мы в этом году бюджет уже распределили.')).toEqual([
      'not_interested',
      'not_now',
    ]);
    expect(kindOf('Мы уже потратили весь бюджет на этот год.')).toEqual(['not_interested', 'not_now']);
  });

  test('when nothing new comes before autumn, then it waits for autumn, not for the new year', () => {
    expect(waitOf('Нового ничего не будет до осени.')).toEqual(['not_interested', '2027-09-01']);
    expect(waitOf('Напишите после Нового года.')).toEqual(['not_interested', '2027-01-01']);
  });
});

describe('a question put as what the writer does not follow', () => {
  test('when the writer does not understand how we differ, then it asks about the offer', () => {
    expect(said("I don't really understand how you're different from Outreach.")).toEqual(['interested', []]);
    expect(said('Не совсем понимаю, чем вы отличаетесь от Битрикса.')).toEqual(['interested', []]);
  });

  test('when the writer does not understand why we wrote, then it is no question', () => {
    expect(kindOf('Не понимаю, зачем вы мне пишете.')).toEqual(['other', 'none']);
  });
});

describe('topics in other words', () => {
  test('when a statement of work is asked for, then it asks about the contract', () => {
    expect(said('Can you send a sample SOW and a reference from a company our size (~200 reps)?')).toEqual([
      'interested',
      ['contract'],
    ]);
  });

  test('when a Russian reply asks which CRMs or mail it works with, then it asks about integration', () => {
    expect(said('С какими CRM вы работаете?')).toEqual(['interested', ['integration']]);
    expect(said('Хотелось бы понять, как это работает с нашей почтой.')).toEqual([
      'interested',
      ['integration'],
    ]);
  });

  test('when a commercial proposal is asked for in Portuguese, then it asks about pricing', () => {
    expect(said('Olá, podem enviar a proposta comercial?')).toEqual(['interested', ['pricing']]);
  });

  test('when a Dutch reply asks whether the data is stored in the EU, then it asks about security', () => {
    expect(said('Goedemiddag, is de data opgeslagen in de EU?')).toEqual(['interested', ['security']]);
  });

  test('when a Polish reply asks us to contact the purchasing department at an address, then it refers us there', () => {
    expect(referredTo('Dzień dobry, proszę o kontakt z naszym działem zakupów: zakupy@firma.pl')).toEqual([
      'zakupy@firma.pl',
    ]);
  });
});

describe('harsh words of their own, and the spam folder judged', () => {
  test('when a buyer calls the problem we describe embarrassing and asks for a call, then it is a yes with no complaint', () => {
    expect(
      flagsOf(
        "Hey - saw your email. We have the exact problem you describe (three reps hit the same account last week, embarrassing). Can we get 30 min on the calendar? I'm pretty open Wed/Thu.",
      ),
    ).toEqual(['interested', []]);
  });

  test('when our mail landing in spam is called about right, then it is a no and a complaint', () => {
    expect(flagsOf('This landed in my spam folder, which feels about right.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
  });
});
