/**
 * Questions that only ask whether our mail was lawful: "Is this even GDPR compliant?", "Это вообще
 * законно?", "I've asked our legal team to review whether you comply with CASL". Beside a threat
 * (the legal flag), they are the threat's own words, no buyer's question.
 */
const LAWFUL_ASKED =
  /^(and |so |but |also |seriously,? )?(is|was|are|were) (this|that|it|any of this|what you('re| are) doing|(this|your|these) (e-?mails?|outreach|emailing|mailing|list|messages?))( even| actually| really| at all)? (legal|lawful|allowed|permitted|((gdpr|ccpa|pecr|can-spam|casl) ?)?compliant)\b[^?]*\?$|^(а )?(это|так)( вообще| разве)? (законно|легально|можно|разрешено)[^?]*\?$|\b(legal|lawyers?|counsel|attorneys?|solicitors?)( team| department)? (to )?(review|check|look into|assess|determine|verify) whether (you|your|this|these)\b/;
export const onlyAsksIfLawful = (text: string): boolean => {
  const asked = text.split(/(?<=[.!?])\s+/).filter((s) => s.trimEnd().endsWith('?') || /\bwhether\b/.test(s));
  return asked.length > 0 && asked.every((s) => LAWFUL_ASKED.test(s.trim()));
};
