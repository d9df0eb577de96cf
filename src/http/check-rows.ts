import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export const MAX_CHECK_ROWS = 10_000;

export interface CheckInputRow {
  row: number;
  input: string;
  /** Who the list gives the row to (a `member`, `owner` or `rep` column): a Slack id, email or name. */
  member?: string;
  /** The sequence it will be enrolled in, and the mailbox it will be sent from (the locks). */
  sequence?: string;
  mailbox?: string;
}

const assigned = {
  member: z.string().optional(),
  sequence: z.string().max(200).optional(),
  mailbox: z.string().max(320).optional(),
};
const jsonRows = z.array(
  z.union([
    z.string(),
    z.object({ email: z.string(), ...assigned }),
    z.object({ domain: z.string(), ...assigned }),
  ]),
);

/**
 * The rows of a /api/check body or a CLI file: a JSON list (strings, or {email} / {domain}
 * objects, each with an optional `member`) or CSV (a column named email, domain or website,
 * else the first column; an optional member, owner or rep column). Row numbers
 * are 1-based data rows, as a spreadsheet shows them after the header.
 */
export function parseCheckRows(body: unknown, kind: 'json' | 'csv'): CheckInputRow[] {
  if (kind === 'json') {
    const list = jsonRows.safeParse(body);
    if (!list.success)
      throw new Error(
        'send a JSON list of emails or domains, e.g. ["acme.com", "jane@beta.io"] or [{"email": "jane@beta.io"}]',
      );
    return list.data.map((item, i) => ({
      row: i + 1,
      input: typeof item === 'string' ? item : 'email' in item ? item.email : item.domain,
      ...(typeof item === 'string'
        ? {}
        : { member: item.member, sequence: item.sequence, mailbox: item.mailbox }),
    }));
  }
  const text = String(body ?? '');
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true, bom: true });
  } catch (e) {
    throw new Error(`the CSV could not be read: ${(e as Error).message}`);
  }
  const head = (records[0] ?? []).map((h) => h.toLowerCase());
  const named = head.findIndex((h) => h === 'email' || h === 'domain' || h === 'website');
  const column = named >= 0 ? named : 0;
  const memberColumn = head.findIndex((h) => h === 'member' || h === 'owner' || h === 'rep');
  const cell = (r: string[], name: string) => {
    const i = head.indexOf(name);
    return i >= 0 && r[i] ? r[i] : undefined;
  };
  // A first row naming the column, or with nothing that looks like a domain, is a header.
  const looksLikeTarget = (cell: string) => cell.includes('@') || cell.includes('.');
  const hasHeader = named >= 0 || !head.some(looksLikeTarget);
  const data = hasHeader ? records.slice(1) : records;
  return data.map((r, i) => ({
    row: i + 1,
    input: r[column] ?? '',
    member: memberColumn >= 0 && r[memberColumn] ? r[memberColumn] : undefined,
    sequence: cell(r, 'sequence'),
    mailbox: cell(r, 'mailbox'),
  }));
}
