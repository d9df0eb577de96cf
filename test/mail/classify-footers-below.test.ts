import { said } from '../support/read-reply.js';

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
