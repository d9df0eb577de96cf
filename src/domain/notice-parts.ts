/** Pieces the service-notice lists share (service-notices.ts, work-app-notices.ts). */

/** An order's, a ticket's or an invoice's number after its name: "#88231", "INV-2291". */
export const NUMBER = String.raw`( #?[\w-]*\d[\w-]*)?`;
/** A document's, an event's or a board's title in quotes: "Weekly sync", "Q1 Launch". */
export const TITLE = String.raw`"[^"]{1,60}"`;
