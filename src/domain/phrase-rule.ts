import { fromWordStart } from './word-start.js';

/** A phrase list and the signal it records when it decides. */
export interface TextRule {
  signal: string;
  pattern: RegExp;
}
/** A phrase list whose alternatives each begin at a word's start (word-start.ts). */
export const rule = (signal: string, pattern: RegExp): TextRule => ({
  signal,
  pattern: fromWordStart(pattern),
});
/** The first rule of a list that the text matches. */
export const hit = (list: readonly TextRule[], text: string) => list.find((r) => r.pattern.test(text));
