import { read, said } from '../support/read-reply.js';

/**
 * English as much of the world writes it to a vendor (two probes, 2026-12-04, 23 of 25 and 26 of
 * 30 at first sight; docs/reply-classifier.md, "Global English"): "we are having" for "we have",
 * "Kindly call" for "call me", "already" said last, "no requirement" for "no need", a messenger
 * for the conversation, built in-house, "please explain how your product…".
 */
describe('English as much of the world writes it', () => {
  test.each([
    ['We are already having similar solution. Thanks.', ['not_interested', 'none']],
    ['We have a similar tool already.', ['not_interested', 'none']],
    ['We use something similar already.', ['not_interested', 'none']],
    ['Plz call.', ['interested', 'none']],
    ['Kindly call.', ['interested', 'none']],
    // A second set, thirty in Nigerian, Filipino and Indian voices (26 of 30 at first sight).
    [
      'Thank you for your mail. Presently no requirement. Will contact you if required.',
      ['not_interested', 'none'],
    ],
    ['Send me a WhatsApp message on +234 803 123 4567.', ['interested', 'none']],
    ['We have our own in-house developers for this.', ['not_interested', 'none']],
    ['Please explain how your product is different from Outreach.', ['interested', []]],
    // Fifteen more written to measure on 2026-12-05 ("Business English" in docs/reply-classifier.md):
    ['Not required.', ['not_interested', 'none']],
    ['Not needed, thanks.', ['not_interested', 'none']],
    ['Noted with thanks. Will revert if any requirement.', ['not_interested', 'none']],
    // "your mail", not only "your email", is forwarded to a department.
    ['I have forwarded your mail to our purchase department.', ['other', 'wrong_person']],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    // A tool that sits beside ours, asked about: a question, not a "no".
    ['We have a CRM already, does yours integrate with it?', ['interested', ['integration']]],
    ['We have a similar tool already. How are you different?', ['interested', []]],
    // Someone else's phone is no request to be called.
    ['Please call our office instead.', ['other', 'none']],
    ["We're having a board meeting next week, then I'll decide.", ['other', 'none']],
    ["There's no requirement to sign a yearly contract, right?", ['interested', ['contract']]],
    ["Please don't WhatsApp me.", ['other', 'none']],
    ['We have an in-house team, can your API feed our warehouse?', ['interested', ['integration']]],
    ['Please explain why you keep emailing me.', ['other', 'none']],
    ['Noted. Will revert.', ['other', 'none']],
    ['Not required at the moment, maybe next year.', ['not_interested', 'not_now']],
  ])('when a reply says %j, then it is still read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

test('"we are not requiring this service at present" is a no, as "we are having a solution" is one (fortieth session)', () => {
  expect(read('Dear Sir, we are not requiring this service at present. Thanking you.').category).toBe(
    'not_interested',
  );
});
