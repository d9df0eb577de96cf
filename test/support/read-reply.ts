import { classify } from '../../src/domain/classify.js';

/** The day every probe reply arrives: Monday 23 November 2026 ("next week", "in March" count from it). */
export const at = new Date('2026-11-23T10:00:00Z');

/** A person's reply with this text (and headers), as the classifier reads it. */
export const read = (replyText: string, headers: Record<string, string> = {}) =>
  classify({ from: 'a@b.com', subject: 'Re: hello', replyText, headers, receivedAt: at });

/** A mail under this subject, as the classifier reads it (automatic-reply and receipt subjects). */
export const readUnder = (subject: string, replyText: string) =>
  classify({ from: 'a@b.com', subject, replyText, headers: {}, receivedAt: at });

/** A reply's category and which of the legal and brand flags it carries: [category, flags]. */
export const flagsOf = (text: string) => {
  const { category, flags } = read(text);
  return [category, (['legal', 'brand'] as const).filter((f) => flags[f])];
};

/** A reply's category, and its question's topics or else its intent's kind: [category, topics | kind]. */
export const said = (text: string) => {
  const r = read(text);
  return [r.category, r.intent.kind === 'question' ? r.intent.topics : r.intent.kind];
};

/** A reply's category and its return date, for absence notes: [category, returnDate]. */
export const absenceOf = (text: string) => {
  const r = read(text);
  return [r.category, r.returnDate];
};

/** A reply's category and its intent's kind: [category, kind]. */
export const kindOf = (text: string) => {
  const r = read(text);
  return [r.category, r.intent.kind];
};

/** A reply's category, its intent's kind and its brand and legal flags: [category, kind, brand, legal]. */
export const kindAndFlags = (text: string) => {
  const r = read(text);
  return [r.category, r.intent.kind, r.flags.brand, r.flags.legal];
};

/** A reply's category and, for a wait, its follow-up date (else its intent's kind): [category, date | kind]. */
export const waitOf = (text: string) => {
  const r = read(text);
  return [r.category, r.intent.kind === 'not_now' ? r.intent.followUp : r.intent.kind];
};

/** The addresses a reply refers us to, or false when it is no referral. */
export const referredTo = (text: string) => {
  const { intent } = read(text);
  return intent.kind === 'referral' && intent.people.map((p) => p.email);
};
