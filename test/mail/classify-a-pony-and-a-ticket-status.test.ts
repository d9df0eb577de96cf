import { kindOf, waitOf } from '../support/read-reply.js';

/**
 * Fifty-third session (docs/reply-classifier.md, "A pony, a ticket's status"): fifteen answers to a
 * break-up email 12 of 15 (13 once my label followed the corpus's); twelve sarcastic ones 9 (10), one
 * of them a yes; fifteen in seven European languages 13; twelve ticket acknowledgements 10.
 */
describe('sarcasm and a break-up email answered', () => {
  test.each([
    "Sure, and I'd also like a pony.",
    'Let me clear my schedule for this. Oh wait, no.',
    'Your "last email" was also your last email last month.',
    'Sure, when pigs fly.',
    'Please do close the loop. Thanks.',
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test('when the writer corrects a day with "wait, no", then it is no sarcasm', () => {
    expect(kindOf('Wait, no, Thursday is better.')[0]).not.toBe('not_interested');
  });
});

describe('a stop and a wait in German and Italian', () => {
  test('when the writer asks not to be written to again, in German, then it is a stop', () => {
    expect(kindOf('Kein Interesse, bitte nicht mehr anschreiben.')).toEqual(['unsubscribe', 'none']);
  });

  test.each([
    'Grazie, ma al momento non è una priorità.',
    "Merci, mais ce n'est pas une priorité pour le moment.",
    'Danke, das hat derzeit keine Priorität.',
  ])(
    '%j, "not a priority at the moment", is a wait with no date (as the corpus reads the English)',
    (text) => {
      expect(waitOf(text)).toEqual(['not_interested', undefined]);
    },
  );

  test('when it is "not a priority" with no time, in French, then it is a plain no, as "This isn\'t a priority." is', () => {
    expect(kindOf("Merci, mais ce n'est pas une priorité.")).toEqual(['not_interested', 'none']);
  });
});

describe('a ticket’s status', () => {
  test.each([
    'Request received: "Re: Quick question". Status: Open. You can reply to this email to add comments.',
    'To add additional comments, reply to this email.',
  ])('%j is a ticket system’s acknowledgement', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a person writes "Status: open to it", then it is their own words', () => {
    expect(kindOf('Status: open to it, but not before March.')).toEqual(['not_interested', 'not_now']);
  });
});
