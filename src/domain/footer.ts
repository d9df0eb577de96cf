/**
 * Where a footer the sender's mail system adds begins, under the reply: a confidentiality notice,
 * a disclaimer, an unsubscribe link for the sender's own newsletters, "please consider the
 * environment", a virus-scan line. Its "delete this message" and "unsubscribe" are nobody's answer.
 */
const FOOTER_STARTS: readonly RegExp[] = [
  /^(confidentiality notice|confidential(ity)?:|disclaimer:|legal disclaimer|privileged (and|&) confidential)/i,
  /^[*\s]*(((confidentiality|legal|privacy|e-?mail) )?(notice|disclaimer|statement|warning|caution)|important)?\s*:?\s*(this|the) (e-?mail|message|communication|transmission)\b.{0,80}\b(confidential|privileged|intended (solely|only)|scanned)/i,
  /^[*\s]*((notice|disclaimer|important)\s*:\s*)?the (information|contents?) (contained )?(in|of) this (e-?mail|message|communication)/i,
  // A privacy or data-protection notice: "NOTICE: Acme is committed to protecting personal data…".
  /^[*\s]*((privacy|data protection|gdpr) )?(notice|statement|policy)?\s*:?\s*[\w&.,' -]{0,60}\b(is|are) committed to (protecting|safeguarding|respecting) (your |the )?(personal data|privacy|data)/i,
  /^[*\s]*any (views|opinions) (or opinions )?(expressed|presented|contained) in this (e-?mail|message)/i,
  /^[*\s]*((notice|disclaimer|important)\s*:\s*)?if you (are not the intended recipient|have received this (e-?mail|message|communication) (in error|by mistake))/i,
  // A row of link labels with an unsubscribe among them: "Gong | Unsubscribe from share notifications".
  /^(?=[^\n]*\|)(?=[^\n]*\bunsubscribe\b)[^\n]{0,120}$/i,
  /^(to (unsubscribe|stop receiving|opt out|manage your (email )?preferences).{0,60}(marketing|newsletters?|promotional|preferences)|click here to unsubscribe|to unsubscribe( from [^.,]{0,40})?,? (click|visit|go to|use|follow|please (click|visit))\b|if you (no longer|do not) wish to receive|unsubscribe\s*\||manage (your )?(e-?mail |subscription )?preferences|please consider the environment)/i,
  /^(конфиденциально|информация,? (содержащаяся )?в (этом|данном) (сообщении|письме)|(данное|это) (сообщение|письмо).{0,60}(конфиденциальн|предназначен)|если вы (получили (это|данное) (сообщение|письмо) по ошибке|(?<![а-яё])не являетесь (адресатом|получателем)))/iu,
];

/**
 * The warning a mail system puts above mail from outside ("CAUTION: This email originated from
 * outside of the organization…", "[EXTERNAL]", "You don't often get email from…", "Внешнее
 * письмо…"): the receiving side's words, not the sender's.
 */
const BANNER_LINES: readonly RegExp[] = [
  /\b(this (e-?mail|message) (has )?(originated|came|was sent|is|arrived) from (outside|an? external|someone outside)|(message|e-?mail) came from outside your|external (e-?mail|sender|message)\b.{0,40}\b(caution|careful|links|attachments))/i,
  /^[[*(\s]*(caution|warning|attention|notice|external)\b\s*[:\]!-]?\s*(external|this (e-?mail|message))/i,
  /^[[*(\s]*(external|ext)\s*(e-?mail|sender|message)?\s*[\]:!*)-]/i,
  /^(this message is from an external sender|you don'?t often get (e-?)?mail from|first-time sender|report this (e-?)?mail|protection by inky|learn why this is important)/i,
  /^(внимание\s*:?\s*)?(внешнее (письмо|сообщение)|(это |данное )?(письмо|сообщение) (получено |пришло |отправлено )?(от внешнего|из-за пределов|извне|с внешнего))/iu,
];
/** "[EXTERNAL] Re: Quick question" is the subject repeated under its tag; "[EXT] I'd like…" is the reply. */
const BANNER_TAG = /^\s*[[(](external|ext|extern|внешн[а-яё]*)[\])]\s*/iu;

/** The lines under a banner its mail system put above the reply. */
export function withoutBanner(lines: readonly string[]): string[] {
  let at = 0;
  const rest = [...lines];
  while (at < rest.length && at < 8) {
    const line = (rest[at] as string).trim();
    if (!line) at++;
    else if (BANNER_TAG.test(line)) {
      const after = line.replace(BANNER_TAG, '');
      if (!after || /^(re|fwd?|aw|wg|sv|ответ|отв|re\[\d+\])\s*:/i.test(after)) at++;
      else {
        rest[at] = after;
        break;
      }
    } else if (BANNER_LINES.some((re) => re.test(line))) at++;
    else break;
  }
  // Only a banner with something under it: a reply that is all banner keeps its words.
  return rest.slice(at).some((l) => l.trim()) ? rest.slice(at) : [...lines];
}

/** The index of the line a footer starts at (never the first line: that is what the person wrote), or -1. */
export function footerStart(lines: readonly string[]): number {
  return lines.findIndex((l, i) => i > 0 && FOOTER_STARTS.some((re) => re.test(l.trim())));
}

/** The lines between a banner and a footer its mail system added. */
export function withoutFooter(lines: string[]): string[] {
  const own = withoutBanner(lines);
  const at = footerStart(own);
  return at === -1 ? own : own.slice(0, at);
}
