import { said } from '../support/read-reply.js';

/**
 * Twenty stops and near-stops written only to measure, 2026-12-05 ("Opt me out.", "Lose my number
 * and my email.", "Please cease and desist.", "Don't unsubscribe me, I'm interested", "Отказываюсь от
 * рассылки."): 14 of 20 in category at first sight (docs/reply-classifier.md, "Stops said other
 * ways").
 */
describe('stops said other ways', () => {
  test.each([
    ['Kindly delist me.', ['unsubscribe', 'none']],
    ['Drop me from your list.', ['unsubscribe', 'none']],
    ['Отказываюсь от рассылки.', ['unsubscribe', 'none']],
    ['Не надо мне больше звонить и писать.', ['unsubscribe', 'none']],
    ['Hold off for now.', ['not_interested', 'not_now']],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    // "Drop me a line", "hold off on" a step of a deal: neither a stop nor a put-off.
    ['Drop me a line next week.', ['not_interested', 'not_now']],
    ['Hold off on sending the contract until legal reviews.', ['other', 'none']],
    ["We'll hold off on the demo, but send pricing.", ['interested', ['pricing']]],
  ])('when a reply says %j, then it stays %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

/**
 * Twenty replies from deals going on or going away ("Management said no.", "We decided to build it
 * ourselves.", "Can you do $20/user instead of $30?", "I'm retiring at the end of the month"), written
 * only to measure, 2026-12-05: 17 of 20 in category at first sight (docs/reply-classifier.md, "Stops
 * said other ways").
 */
describe('projects shelved or on hold', () => {
  test.each([
    ['The project got shelved.', ['not_interested', 'none']],
    ['Our champion left, so this is on hold.', ['not_interested', 'not_now']],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    ['The project got shelved, but send pricing for next year.', ['interested', ['pricing']]],
    ['Can you put my account on hold?', ['other', 'none']],
  ])('when a reply says %j, then it stays %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

/**
 * Twenty stops in rarer words, written only to measure, 2026-12-05 (docs/reply-classifier.md,
 * "Stops in the sender's tools' words"): 15 of 20 at first sight, four of the misses read as no
 * stop at all, so the contact would have been written to again.
 */
describe("stops in the words of the sender's tools", () => {
  test.each([
    'Take me out of your sequence please',
    "I'd rather not get these anymore, thanks.",
    'Can you remove our whole domain from your outreach? Nobody here wants this.',
    'Please add me to your suppression list.',
    'Не надо мне писать.',
  ])('%j is a stop', (text) => {
    expect(said(text)).toEqual(['unsubscribe', 'none']);
  });

  test.each([
    // Their own sellers quoting what prospects reply, asking about the tool.
    [
      'Our SDRs often say "take me off your list" is the most common reply. Can your tool spot those?',
      ['interested', []],
    ],
    ['Do you remove the whole company from the sequence when one person opts out?', ['interested', []]],
    ["I'd rather not get on a call, but feel free to email me a one-pager.", ['interested', 'none']],
    ['Ваше письмо — образец того, как не надо писать клиентам.', ['not_interested', 'none']],
  ])('%j is no stop', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
