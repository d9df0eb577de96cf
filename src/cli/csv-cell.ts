/**
 * One CSV cell. A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return: "=HYPERLINK(…)" typed into a list) is prefixed with ' so it is read as text.
 */
export const csvCell = (v: unknown) => {
  const raw = v === undefined || v === null ? '' : String(v);
  const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
