import { kindOf, referredTo, said } from '../support/read-reply.js';

/**
 * Fifty-third session (docs/reply-classifier.md, "Who you want, three new views"): twenty everyday
 * English replies 17 of 20 (19 once my labels followed the corpus's); fifteen Russian ones 12 (14);
 * fifteen machine notes 7 (8), one read as a complaint; ten referrals 8.
 */
describe('a referral said as "who you want", an assistant to book it', () => {
  test('when the writer names an address as who we want, then it is a referral to it', () => {
    expect(referredTo('dana.lee@acme.com is who you want.')).toEqual(['dana.lee@acme.com']);
  });

  test.each(['Dana is the person you want.', 'Dana is your guy.'])('%j is the wrong person', (text) => {
    expect(kindOf(text)).toEqual(['other', 'wrong_person']);
  });

  test.each(['Price is the one you need to worry about.', 'Tuesday is your best bet.'])(
    '%j hands nothing on',
    (text) => {
      expect(kindOf(text)[1]).not.toBe('wrong_person');
    },
  );

  test('when the writer asks us to email their assistant to set a time, then it is a yes, not a hand-off', () => {
    expect(kindOf('Please email my assistant at ea@northwind.io to set a time.')).toEqual([
      'interested',
      'none',
    ]);
  });
});

describe('a product for bigger companies, data that might leak', () => {
  test('when the writer finds it aimed at enterprise, then it is a no', () => {
    expect(kindOf("This seems aimed at enterprise. We're 15 people.")).toEqual(['not_interested', 'none']);
  });

  test('when the writer asks whether it is built for enterprise, then it is a question', () => {
    expect(kindOf('Is this built for enterprise?')).toEqual(['interested', 'question']);
  });

  test('when the writer asks, in Russian, what guarantees we will not leak their data, then it asks about security', () => {
    expect(said('А где гарантия, что вы не сольёте наши данные?')).toEqual(['interested', ['security']]);
  });
});

describe('a video’s views, a report ready, prospects who replied: notices', () => {
  test.each([
    'Your Loom video "Pricing walkthrough" got 3 new views.',
    'Your weekly screen time report is ready.',
    'The meeting "Q1 kickoff" has been canceled by the organizer.',
    'Outreach: 14 prospects replied to your sequences this week.',
    'Apollo: Your export of 500 contacts is ready to download.',
    'Action needed: confirm your attendance for the all-hands on Friday.',
    'Your Gong call "Discovery - Acme" has been processed and is ready for review.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
