/**
 * Where a footer the sender's mail system adds begins, under the reply: a confidentiality notice,
 * a disclaimer, an unsubscribe link for the sender's own newsletters, "please consider the
 * environment", a virus-scan line. Its "delete this message" and "unsubscribe" are nobody's answer.
 */
const FOOTER_STARTS: readonly RegExp[] = [
  /^(confidentiality notice|confidential(ity)?:|disclaimer:|legal disclaimer|privileged (and|&) confidential)/i,
  /^[*\s]*(((confidentiality|legal|privacy|e-?mail) )?(notice|disclaimer|statement|warning|caution)|important)?\s*:?\s*(this|the) (e-?mail|message|communication|transmission)\b.{0,80}\b(confidential|privileged|intended (solely|only)|scanned)/i,
  /^[*\s]*((notice|disclaimer|important)\s*:\s*)?the (information|contents?) (contained )?in this (e-?mail|message|communication)/i,
  /^[*\s]*((notice|disclaimer|important)\s*:\s*)?if you (are not the intended recipient|have received this (e-?mail|message|communication) (in error|by mistake))/i,
  /^(to (unsubscribe|stop receiving|opt out|manage your (email )?preferences).{0,60}(marketing|newsletters?|promotional|preferences)|click here to unsubscribe|to unsubscribe( from [^.,]{0,40})?,? (click|visit|go to|use|follow|please (click|visit))\b|if you (no longer|do not) wish to receive|unsubscribe\s*\||manage (your )?(e-?mail |subscription )?preferences|please consider the environment)/i,
  /^(конфиденциально|(данное|это) (сообщение|письмо).{0,60}(конфиденциальн|предназначен)|если вы (получили (это|данное) (сообщение|письмо) по ошибке|(?<![а-яё])не являетесь (адресатом|получателем)))/iu,
];

/** The index of the line a footer starts at (never the first line: that is what the person wrote), or -1. */
export function footerStart(lines: readonly string[]): number {
  return lines.findIndex((l, i) => i > 0 && FOOTER_STARTS.some((re) => re.test(l.trim())));
}

/** The lines above a footer its mail system added. */
export function withoutFooter(lines: string[]): string[] {
  const at = footerStart(lines);
  return at === -1 ? lines : lines.slice(0, at);
}
