import type { Target } from './target.js';

/** Rows of one list that should not all go out as they are. */
export interface ListDuplicate {
  /**
   * `same_contact`: one address twice; `same_account`: one company under different domains
   * (aliases, `www.` or a page URL of it, its name); `split_account`: contacts of one company
   * given to different members.
   */
  kind: 'same_contact' | 'same_account' | 'split_account';
  key: string;
  rows: number[];
  /** For `split_account`: the members the list gives them to. */
  members?: string[];
}

export interface ListRow {
  row: number;
  input: string;
  target: Target;
  /** Who the list assigns it to, resolved to a Slack id when the policy knows them. */
  member?: string;
}

/**
 * The duplicates inside a list, found before anyone sends: pure, one pass per rule. Rows
 * that failed to parse are not passed in (they have their own error).
 */
export function listDuplicates(rows: readonly ListRow[]): ListDuplicate[] {
  const found: ListDuplicate[] = [];
  const group = (keyOf: (r: ListRow) => string | undefined) => {
    const groups = new Map<string, ListRow[]>();
    for (const r of rows) {
      const key = keyOf(r);
      if (key) groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return groups;
  };
  for (const [key, same] of group((r) => (r.target.level === 'contact' ? r.target.key : undefined)))
    if (same.length > 1) found.push({ kind: 'same_contact', key, rows: same.map((r) => r.row) });
  for (const [key, same] of group((r) => (r.target.level === 'account' ? r.target.key : undefined))) {
    // The same account written differently (an alias domain, a URL, its name) is a duplicate;
    // the very same text twice is one too.
    if (same.length > 1) found.push({ kind: 'same_account', key, rows: same.map((r) => r.row) });
  }
  for (const [domain, contacts] of group((r) =>
    r.target.level === 'contact' && r.member ? r.target.domain : undefined,
  )) {
    const members = [...new Set(contacts.map((r) => r.member as string))];
    if (members.length > 1)
      found.push({
        kind: 'split_account',
        key: `account:${domain}`,
        rows: contacts.map((r) => r.row),
        members,
      });
  }
  return found;
}
