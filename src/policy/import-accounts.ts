import { parse } from 'csv-parse/sync';
import { ConfigError } from '../errors.js';
import { crossReferenceProblems } from './load.js';
import type { Account, Policy } from './schema.js';

/** One CSV row's fate: added, merged into an existing account, unchanged, or refused with why. */
export interface RowResult {
  row: number; // 1-based, after the header
  name: string;
  outcome: 'added' | 'merged' | 'unchanged' | 'error';
  detail: string;
}

export interface ImportPlan {
  rows: RowResult[];
  /** The policy's accounts after the import (only rows without errors), checked as a whole. */
  accounts: Account[];
  /** Problems of the merged result (a cycle of parents…), each naming the account. */
  problems: string[];
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const column = (r: Record<string, string>, ...names: string[]) =>
  (names.map((n) => r[n]).find((v) => v !== undefined && v.trim() !== '') ?? '').trim();

/**
 * Plans merging a CRM export into the policy's `accounts` (columns: name, domains, owner_email,
 * crm_id, parent, segment, territory, vip). An existing account (same CRM id, else same name)
 * gains the row's domains and takes its non-empty fields; others are added. A row
 * that cannot be read, names an unknown owner, or claims a domain another account has is refused
 * with its reason; the plan never writes anything.
 */
export function planImport(policy: Policy, csv: string): ImportPlan {
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      bom: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (e) {
    throw new ConfigError('import', [`the file is not CSV with a header row: ${(e as Error).message}`]);
  }
  const accounts = policy.accounts.map((a) => ({ ...a, domains: [...a.domains] }));
  const byEmail = new Map(policy.members.map((m) => [m.email.toLowerCase(), m.slack]));
  const rows = records.map((r, i) => planRow(r, i + 1, accounts, byEmail));
  // The whole list checked as the app checks it at start: parents that exist, no cycles.
  const problems = crossReferenceProblems({ ...policy, accounts }).filter((p) => p.startsWith('accounts'));
  return { rows, accounts, problems };
}

/** One row against the accounts so far (which it extends or merges into when it is good). */
function planRow(
  r: Record<string, string>,
  row: number,
  accounts: Account[],
  byEmail: Map<string, string>,
): RowResult {
  const name = column(r, 'name', 'account', 'account name');
  const refuse = (detail: string): RowResult => ({ row, name, outcome: 'error', detail });
  const domains = column(r, 'domains', 'domain', 'website')
    .toLowerCase()
    .split(/[\s;,|]+/)
    .map((d) =>
      d
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/.*$/, ''),
    )
    .filter(Boolean);
  if (!name) return refuse('no name');
  if (domains.length === 0) return refuse('no domain');
  const bad = domains.find((d) => !DOMAIN.test(d));
  if (bad) return refuse(`"${bad}" is not a domain`);
  const ownerEmail = column(r, 'owner_email', 'owner email', 'owner').toLowerCase();
  const owner = ownerEmail ? byEmail.get(ownerEmail) : undefined;
  if (ownerEmail && !owner) return refuse(`owner ${ownerEmail} is not a member of the policy`);
  const crmId = column(r, 'crm_id', 'crm id', 'id') || undefined;
  const vipText = column(r, 'vip').toLowerCase();
  if (vipText && !['true', 'yes', '1', 'false', 'no', '0'].includes(vipText))
    return refuse(`vip "${vipText}" is not yes or no`);
  const fields: Partial<Account> = {
    ...(owner ? { owner } : {}),
    ...(crmId ? { crmId } : {}),
    ...(column(r, 'parent') ? { parent: column(r, 'parent') } : {}),
    ...(column(r, 'segment') ? { segment: column(r, 'segment') } : {}),
    ...(column(r, 'territory') ? { territory: column(r, 'territory') } : {}),
    ...(vipText ? { vip: ['true', 'yes', '1'].includes(vipText) } : {}),
  };
  // The same account: its CRM id, else its name. A domain of another account is a conflict.
  const existing =
    (crmId && accounts.find((a) => a.crmId === crmId)) ||
    accounts.find((a) => a.name.toLowerCase() === name.toLowerCase());
  const taken = domains.find((d) => accounts.some((a) => a !== existing && a.domains.includes(d)));
  if (taken) {
    const other = accounts.find((a) => a.domains.includes(taken))?.name;
    return refuse(`${taken} already belongs to ${other}`);
  }
  if (!existing) {
    accounts.push({ name, domains, vip: false, ...fields });
    return { row, name, outcome: 'added', detail: domains.join(', ') };
  }
  const changes = [
    ...domains.filter((d) => !existing.domains.includes(d)).map((d) => `+ ${d}`),
    ...Object.entries(fields)
      .filter(([k, v]) => existing[k as keyof Account] !== v)
      .map(([k, v]) => `${k} → ${v}`),
  ];
  existing.domains.push(...domains.filter((d) => !existing.domains.includes(d)));
  Object.assign(existing, fields);
  return {
    row,
    name: existing.name,
    outcome: changes.length ? 'merged' : 'unchanged',
    detail: changes.join(', ') || 'nothing new',
  };
}
