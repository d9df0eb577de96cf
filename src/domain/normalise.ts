/**
 * A reply's text as the classifier reads it: lower case, ё as е, straight quotes, single
 * spaces, a mention of the spam folder as "filtered mail". The rules and the trained model both read this form, so training and use agree.
 */
export const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/\s+/g, ' ')
    // "It went to my spam folder" is where our mail landed, not a complaint about it.
    .replace(
      /\b(spam|junk) (folder|filter|box|bin)\b|\b(went|gone|ended up|landed|caught) (in|to|into) (my |the )?(spam|junk)\b/g,
      'filtered mail',
    )
    .trim();
