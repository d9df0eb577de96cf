/**
 * Answers written into the quoted history. Outlook quotes with no ">" marks, so a buyer who
 * writes "See my answers below." and answers each of our questions under it, marking each answer
 * with their initials ("[DR] Not really, we are a team of three.", "DR: No thanks.") or a word
 * ("ANSWER: Tuesday works", "--> yes"), left us only "See below.": the answers sat in what was
 * cut as history. They are read only where the reply says they are there, and only marked lines.
 */

/** The reply says its answers are in the quote: "see below", "answers inline", "ответы ниже". */
const ANNOUNCED =
  /\b(see (my )?(answers?|responses?|replies|comments?|notes?|remarks?) ?(below|inline|in line|in (red|blue|green|bold|caps|yellow))|(see|answered|replied|responded|commented|answers?|responses?|replies|comments?|notes?)( are| is)? (below|inline|in-line|in line|in (red|blue|green|bold|caps|yellow))|(answers?|responses?|replies|comments?) (to your questions )?(below|inline|in line))\b|(?<![а-яё])(ответы|ответил[аи]?|комментарии|см\.?|смотрите) (ниже|в тексте|по тексту)|\b(antworten|anmerkungen|kommentare) (unten|im text)|\bsiehe unten\b|\b(voir )?(mes )?(réponses|commentaires) (ci-dessous|dans le texte)|\bvoir ci-dessous\b|\b(respuestas|comentarios) (abajo|a continuación|en el texto)|\bver abajo\b|\b(risposte|commenti) (sotto|nel testo)|\b(respostas|comentários) (abaixo|no texto)/iu;

/** A word that marks an answer: "ANSWER:", "Reply -", "Ответ:". */
const ANSWER_WORD =
  /^\s*\[?(answer|reply|response|ответ|antwort|réponse|respuesta|resposta|risposta)\]?\s*[:：–—-]\s*(.+?)\s*$/iu;
/** An arrow that marks an answer: "--> yes", "=> Tuesday", "→ no". */
const ARROW = /^\s*(-{1,2}>|=>|→|»)\s*(.+?)\s*$/u;

/**
 * The writer's initials as they mark their answers: "Dana Reyes" → "DR" (and "D.R."); Outlook's
 * "Reyes, Dana" → "DR" too.
 */
function initialsOf(name: string | undefined): string | undefined {
  const [last, first] = (name ?? '').split(',').map((p) => p.trim());
  const ordered = first && last ? `${first} ${last}` : (name ?? '');
  const words = ordered.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2 || words.length > 4) return undefined;
  return words.map((w) => w[0]).join('');
}

/** Said where a reply starts (the pattern is long: over a 200 kB mail of short lines it took 30 ms). */
export const saysAnswersAreBelow = (reply: string) => ANNOUNCED.test(reply.slice(0, ANNOUNCED_WITHIN));
const ANNOUNCED_WITHIN = 1_000;

/** The answers marked in the quoted history, in order, without their marks. */
export function answersInline(history: string[], writer?: string): string[] {
  const initials = initialsOf(writer);
  // "DR" as written with or without dots: "D.R.".
  const dotted = initials?.split('').join('\\.?');
  // "[DR] …", "DR: …", "(DR) …", "D.R.: …": only the writer's own initials (a pitch's "PS:" or
  // "FYI:" is none of them).
  const byInitials = dotted
    ? new RegExp(`^\\s*[[(]?${dotted}\\.?[\\])]?\\s*[:：–—-]?\\s+(.+?)\\s*$`, 'u')
    : undefined;
  // "Would you be open to a demo? [JP: yes, send times]": an answer bracketed at the end of the
  // question it answers, marked with the writer's initials.
  const bracketed = dotted
    ? new RegExp(`[[(]${dotted}\\.?\\s*[:：–—-]\\s*([^\\])]+?)\\s*[\\])]\\s*$`, 'u')
    : undefined;
  return history.flatMap((line) => {
    const m = byInitials?.exec(line) || bracketed?.exec(line) || ANSWER_WORD.exec(line) || ARROW.exec(line);
    const said = m?.[m.length - 1]?.trim();
    return said ? [said] : [];
  });
}
