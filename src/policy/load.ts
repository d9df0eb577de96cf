import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { type Policy, policySchema } from './schema.js';

/** `members[2].timezone`: the path a person looks for in their YAML. */
export function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function issuesToLines(issues: z.core.$ZodIssue[]): string[] {
  return issues.map((i) => `${formatPath(i.path) || '(top level)'}: ${i.message}`);
}

/** References between sections: every id a field names must be defined once. */
export function crossReferenceProblems(policy: Policy): string[] {
  const problems: string[] = [];
  const memberIds = new Set(policy.members.map((m) => m.slack));
  const teamIds = new Set(policy.teams.map((t) => t.id));
  const seen = new Map<string, number>();
  policy.members.forEach((m, i) => {
    if (seen.has(m.slack))
      problems.push(`members[${i}].slack: ${m.slack} is already members[${seen.get(m.slack)}]`);
    seen.set(m.slack, i);
    if (!teamIds.has(m.team))
      problems.push(`members[${i}].team: no team "${m.team}" in teams (known: ${[...teamIds].join(', ')})`);
    if (m.backup && !memberIds.has(m.backup))
      problems.push(`members[${i}].backup: ${m.backup} is not a member`);
    if (m.backup === m.slack) problems.push(`members[${i}].backup: a member cannot be their own backup`);
  });
  const emails = new Map<string, number>();
  policy.members.forEach((m, i) => {
    if (emails.has(m.email))
      problems.push(`members[${i}].email: ${m.email} is already members[${emails.get(m.email)}]`);
    emails.set(m.email, i);
  });
  policy.teams.forEach((t, i) => {
    t.leads.forEach((lead, j) => {
      if (!memberIds.has(lead)) problems.push(`teams[${i}].leads[${j}]: ${lead} is not a member`);
    });
  });
  const accountDomains = new Map<string, number>();
  policy.accounts.forEach((a, i) => {
    a.domains.forEach((d, j) => {
      const other = accountDomains.get(d);
      if (other !== undefined)
        problems.push(`accounts[${i}].domains[${j}]: ${d} already belongs to accounts[${other}]`);
      accountDomains.set(d, i);
    });
  });
  const accountNames = new Map(policy.accounts.map((a, i) => [a.name.toLowerCase(), i]));
  policy.accounts.forEach((a, i) => {
    if (a.owner && !memberIds.has(a.owner)) problems.push(`accounts[${i}].owner: ${a.owner} is not a member`);
    if (a.parent && !accountNames.has(a.parent.toLowerCase()))
      problems.push(`accounts[${i}].parent: no account named "${a.parent}"`);
    // Follow the parents: coming back to this account is a cycle.
    const seen = new Set([i]);
    for (let p = a.parent; p !== undefined; ) {
      const j = accountNames.get(p.toLowerCase());
      if (j === undefined) break;
      if (seen.has(j)) {
        problems.push(`accounts[${i}].parent: "${a.parent}" leads back to "${a.name}" (a cycle)`);
        break;
      }
      seen.add(j);
      p = policy.accounts[j]?.parent;
    }
  });
  policy.routing.overrides.forEach((o, i) => {
    o.to.forEach((id, j) => {
      if (!memberIds.has(id)) problems.push(`routing.overrides[${i}].to[${j}]: ${id} is not a member`);
    });
  });
  policy.routing.sources.forEach((src, i) => {
    if (!memberIds.has(src.owner)) problems.push(`routing.sources[${i}].owner: ${src.owner} is not a member`);
  });
  for (const role of ['compliance', 'fallback'] as const) {
    if (!memberIds.has(policy.roles[role]))
      problems.push(`roles.${role}: ${policy.roles[role]} is not a member`);
  }
  return problems;
}

/** Validates a parsed policy object; throws ConfigError naming the file and each bad path. */
export function parsePolicy(raw: unknown, source = 'policy'): Policy {
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(source, issuesToLines(parsed.error.issues));
  const problems = crossReferenceProblems(parsed.data);
  if (problems.length > 0) throw new ConfigError(source, problems);
  return parsed.data;
}

export function parsePolicyYaml(text: string, source = 'policy'): Policy {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      source,
      doc.errors.map((e) => `line ${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0]}`),
    );
  }
  return parsePolicy(doc.toJS(), source);
}

export function loadPolicyFile(file: string): Policy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, [`cannot read the policy file: ${(e as Error).message}`]);
  }
  return parsePolicyYaml(text, file);
}
