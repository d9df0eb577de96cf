import { kindOf, referredTo, said } from '../support/read-reply.js';

/**
 * Fifty-fourth session, third round (docs/reply-classifier.md, "Yes to a recorded demo, an incident
 * acknowledged"): answers written inline, machine notes of travel, HR, monitoring and design tools,
 * two intents in one reply, Ukrainian.
 */
describe('an ask added to a yes', () => {
  test.each([
    ['Sure, and the SOC 2 report too.', ['security']],
    ['Sure, plus your security questionnaire.', ['security']],
  ])('%j asks for %j', (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  });

  test('"Yes, and the team agrees." asks nothing', () => {
    expect(said('Yes, and the team agrees.')).toEqual(['interested', 'none']);
  });
});

describe('travel, HR, monitoring and design tools’ notices', () => {
  test.each([
    "Your Lyft ride receipt: $23.40 for Monday's trip to SFO.",
    'Datadog: [Triggered] High error rate on claims-api (5.2%).',
    'Greenhouse: New application for Account Executive - Priya Shah.',
    'PagerDuty: Incident #8812 acknowledged by Sam Rivera.',
    'Confluence: Dana Lee mentioned you on the page "Q1 Territory Plan".',
    'Expensify: Your report "Nov travel" was approved by Lea Martin.',
    'Figma: Alex left 2 comments on "Pricing page v3".',
    'Your Okta verification code is 482913. It expires in 5 minutes.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    'I left 2 comments on "Pricing page v3" for you.',
    'Your report was approved by the board, so we can go ahead.',
  ])('%j is a person’s own words', (text) => {
    expect(kindOf(text)[1]).not.toBe('auto_ack');
  });
});

describe('two intents in one reply', () => {
  test('"No to the call, yes to a recorded demo." is a yes', () => {
    expect(kindOf('No to the call, yes to a recorded demo.')[0]).toBe('interested');
  });

  test('"No to the call. Just send info." still reads as before', () => {
    expect(kindOf('No to the call. Just send info.')[0]).toBe('interested');
  });

  test('"Not interested for my team, but our EMEA group might be" with an address refers us on', () => {
    expect(
      referredTo('Not interested for my team, but our EMEA group might be - ask Lars (lars.n@fjord.no).'),
    ).toEqual(['lars.n@fjord.no']);
  });

  test('without one it is the wrong person', () => {
    expect(kindOf('Not interested for my team, but our EMEA group might be.')).toEqual([
      'other',
      'wrong_person',
    ]);
  });
});

describe('Ukrainian', () => {
  test('"надішліть, будь ласка, ціни" asks the price', () => {
    expect(said('Доброго дня! Цікаво, надішліть, будь ласка, ціни.')).toEqual(['interested', ['pricing']]);
  });

  test('"Цим займається наш комерційний директор" with an address refers us on', () => {
    expect(referredTo('Цим займається наш комерційний директор, пишіть йому: o.koval@lviv-trade.ua')).toEqual(
      ['o.koval@lviv-trade.ua'],
    );
  });
});
