/**
 * A reply's text as the classifier reads it: lower case, ё as е, straight quotes, single
 * spaces. The rules and the trained model both read this form, so training and use agree.
 */
export const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
