/** A closing word on its own line: "Thanks,", "Best regards", "С уважением,". */
const SIGN_OFF =
  /^(thanks|thank you|many thanks|thanks again|thx|best|best regards|kind regards|warm regards|regards|cheers|sincerely|all the best|br|спасибо|с уважением|всего доброго|всего хорошего|благодарю)[,.!]*$/i;
/** A line of a signature: a name or title (a few words, no sentence), a number, an address, a rule. */
const SIGNATURE_LINE = (l: string) =>
  (l.split(/\s+/).length <= 5 && !/[.?!]$/.test(l)) ||
  /@|https?:|www\.|\+?\d[\d ()-]{6,}|\|/.test(l) ||
  /^[-_=*]{3,}$/.test(l);

/**
 * Where a footer the sender's mail system adds begins: a confidentiality notice, an unsubscribe
 * link for their own newsletters, "please consider the environment". It says nothing about us.
 */
const FOOTER =
  /^[*\s]*(((confidentiality|legal|privacy|e-?mail) )?(notice|disclaimer|statement|warning|caution)|important)?\s*:?\s*(this (e-?mail|message|communication|transmission)\b.{0,80}\b(confidential|privileged|intended (solely|only)|scanned)|the (information|contents?) (contained )?in this (e-?mail|message|communication)|if you (are not|have received) (the intended|this (e-?mail|message|communication) (in error|by mistake))|please consider the environment|(to|click here to) unsubscribe\b|if you (no longer|do not) wish to receive|unsubscribe\s*\||manage (your )?(e-?mail |subscription )?preferences|(это|данное) (письмо|сообщение)[^.]{0,60}конфиденциальн|если вы получили (это|данное) (письмо|сообщение) по ошибке)/i;

/** The reply above a footer its mail system added (never cut at the first line). */
function withoutFooter(lines: string[]): string[] {
  const at = lines.findIndex((l, i) => i > 0 && FOOTER.test(l.trim()));
  return at === -1 ? lines : lines.slice(0, at);
}

/**
 * The reply without its sign-off: "Lol no.\n\nThanks,\nMichael Brown\nVP Sales | Initech" reads
 * as "Lol no.", as the same words sent without a signature do. Cut only where every line under
 * the closing word looks like a signature, never at the first line.
 */
export function withoutSignOff(text: string): string {
  const lines = withoutFooter(text.split('\n'));
  const at = lines.findIndex(
    (l, i) =>
      i > 0 &&
      SIGN_OFF.test(l.trim()) &&
      lines
        .slice(i + 1)
        .filter((u) => u.trim())
        .every((u) => SIGNATURE_LINE(u.trim())),
  );
  const kept = at === -1 ? lines : lines.slice(0, at);
  // A rule left under the reply (an HTML mail's <hr>) says nothing either.
  while (kept.length > 1 && /^\s*([-_=*]{3,})?\s*$/.test(kept.at(-1) as string)) kept.pop();
  return kept.join('\n');
}

/**
 * A reply's text as the classifier reads it: sign-off cut, lower case, ё as е, straight quotes,
 * single spaces, a mention of the spam folder as "filtered mail". The rules and the trained
 * model both read this form, so training and use agree.
 */
export const normalise = (s: string) =>
  withoutSignOff(s)
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
