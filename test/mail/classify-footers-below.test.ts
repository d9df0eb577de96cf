import { flagsOf, said } from '../support/read-reply.js';

/**
 * Twelve short replies over the footers mail systems add (confidentiality notices in English and
 * Russian, "consider the environment", a virus-scan line, outside-mail warnings), written only to
 * measure, 2026-12-05: 10 of 12 at first sight (docs/reply-classifier.md, "Footers below the reply").
 */
describe('footers below the reply', () => {
  test.each([
    [
      'Интересно, пришлите КП.\n\nС уважением,\nИгорь\n\nВнимание: информация в этом письме является коммерческой тайной. Незаконное использование преследуется по закону.',
      ['interested', ['pricing']],
    ],
    [
      "We'd love a demo.\n\n[EXTERNAL] Caution: This email originated from outside the organization. Report suspicious emails to phishing@acme.com.",
      ['interested', ['demo']],
    ],
    [
      'Not now — maybe Q2.\n\nMike\n\nCAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.',
      ['not_interested', 'not_now'],
    ],
  ])('when a reply over a footer says %j, then the footer is not read: %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test("when the writer's own words name the law, then they are still read", () => {
    expect(
      said('Интересно, пришлите КП.\n\nНезаконное использование наших данных преследуется по закону.'),
    ).not.toEqual(['interested', ['pricing']]);
  });
});

/**
 * Ten short replies over signatures that offer a meeting ("Book a meeting with me", "Grab time with
 * me", a LinkedIn line, a hiring line), 2026-12-05: 8 of 10 at first sight; the two misses read the
 * signature's booking link as a yes (docs/reply-classifier.md, "Footers below the reply").
 */
describe("a signature's booking link", () => {
  test.each([
    ['Who is this?\n\n--\nJane | Schedule a call with me: https://calendly.com/jane', ['other', 'none']],
    ['Out until Monday.\n\nAnna | she/her\nGrab time with me: cal.com/anna', ['out_of_office', 'none']],
  ])('when a reply over a signature says %j, then the signature is not read: %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test('when the reply itself offers the booking link, then it is a yes', () => {
    expect(said('Schedule a call with me: https://calendly.com/jane')).toEqual(['interested', 'none']);
  });
});

describe('conduct called inappropriate', () => {
  test("when the writer calls how we wrote inappropriate, then it is a complaint (the brand model's retraining, after signatures were cut from its examples, no longer caught it)", () => {
    expect(flagsOf("You emailed my work address about my personal account. That's inappropriate.")).toEqual([
      'not_interested',
      ['brand'],
    ]);
  });

  test('when the writer asks whether something would be inappropriate, then it is no complaint', () => {
    expect(flagsOf('Is it inappropriate to ask for a discount?')).toEqual(['interested', []]);
  });
});
