/** Pieces the service-notice lists share (service-notices.ts, work-app-notices.ts, account-notices.ts). */

/** An order's, a ticket's or an invoice's number after its name: "#88231", "INV-2291". */
export const NUMBER = String.raw`( #?[\w-]*\d[\w-]*)?`;
/** A document's, an event's or a board's title in quotes: "Weekly sync", "Q1 Launch". */
export const TITLE = String.raw`"[^"]{1,60}"`;
/** The same title in double or single quotes, as apps write them: "Weekly sync", 'Q4 leads.csv'. */
export const ANY_TITLE = String.raw`(${TITLE}|'[^'!?\n]{1,60}')`;
/** The app's name a notice opens with: "Loom: ", "Google Drive: ". */
export const APP = String.raw`[\w .-]{1,20}: `;
/** Someone named in a notice, never the writer: "Dana Lee", not "I" or "we've". */
export const SOMEONE = String.raw`(?!(i|we|i'?ve|we'?ve|just|also)\b)[\w.'-]+( [\w.'-]+){0,2}`;
