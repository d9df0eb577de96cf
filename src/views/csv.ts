/**
 * One CSV cell. A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return: "=HYPERLINK(…)" typed into a list) is prefixed with ' so it is read as text.
 */
export const csvCell = (v: unknown) => {
  const raw = v === undefined || v === null ? '' : String(v);
  const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A CSV document: a header row, then one row per record, CRLF-ended as RFC 4180 says. */
export const csvDocument = (header: string[], rows: unknown[][]) =>
  [header, ...rows].map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
