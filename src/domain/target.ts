import { domainToASCII } from 'node:url';
import freeMailDomains from 'email-providers';
import { parse } from 'tldts';
import { badInput } from '../errors.js';

/**
 * What a rep can claim: an account (a company's registrable domain) or a contact (an email
 * inside an account). `key` is the lock key; one live claim per key.
 */
export type Target =
  | { level: 'account'; domain: string; key: string }
  | { level: 'contact'; domain: string; email: string; key: string };

const freeMail = new Set(freeMailDomains);
const MAX_INPUT = 320; // the longest possible email address
const EXAMPLE = 'Try `/claim acme.com` or `/claim jane@acme.com`.';

export const accountKey = (domain: string) => `account:${domain}`;
export const contactKey = (email: string) => `contact:${email}`;
export const isFreeMailDomain = (domain: string) => freeMail.has(domain);

/** `https://www.Acme.com./pricing` → `acme.com`; undefined when it is not a registrable domain. */
function registrableDomain(host: string): { domain?: string; problem?: string } {
  const ascii = domainToASCII(host.toLowerCase().replace(/\.$/, ''));
  if (!ascii) return { problem: `"${host}" is not a valid domain name.` };
  const parsed = parse(ascii);
  if (parsed.isIp) return { problem: 'IP addresses cannot be claimed: claim the company domain instead.' };
  if (ascii === 'localhost' || !ascii.includes('.')) return { problem: `"${host}" is not a public domain.` };
  if (!parsed.domain) {
    return parsed.publicSuffix === ascii
      ? {
          problem: `"${host}" is a public suffix (like co.uk), not a company: add the company's name, e.g. acme.${ascii}.`,
        }
      : { problem: `"${host}" is not a public domain.` };
  }
  return { domain: parsed.domain };
}

/** Known accounts from the policy: a name ("Acme Corp") and alias domains map to the primary domain. */
export interface AccountResolver {
  byName(name: string): string | undefined;
  primaryDomain(domain: string): string;
}

const noAccounts: AccountResolver = { byName: () => undefined, primaryDomain: (d) => d };

/** Parses what a rep typed after `/claim`, `/check` or `/release` into a target. */
export function parseTarget(input: string, accounts: AccountResolver = noAccounts): Target {
  const text = input.trim();
  if (!text) throw badInput('Say what to claim: a company domain or a contact email.', EXAMPLE);
  if (text.length > MAX_INPUT)
    throw badInput(`That is ${text.length} characters; a domain or email is at most ${MAX_INPUT}.`, EXAMPLE);
  if (/\p{Extended_Pictographic}/u.test(text))
    throw badInput('Domains and emails cannot contain emoji.', EXAMPLE);

  const email = /^mailto:/i.test(text) ? text.slice(7) : text;
  if (email.includes('@') && !/\s/.test(email)) {
    const at = email.lastIndexOf('@');
    const local = email.slice(0, at).toLowerCase();
    const host = registrableDomain(email.slice(at + 1));
    if (!local || !/^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local))
      throw badInput(`"${email}" is not an email address.`, EXAMPLE);
    if (!host.domain) throw badInput(host.problem ?? 'That is not an email address.', EXAMPLE);
    const fullHost = domainToASCII(
      email
        .slice(at + 1)
        .toLowerCase()
        .replace(/\.$/, ''),
    );
    const address = `${local}@${fullHost}`;
    return {
      level: 'contact',
      domain: accounts.primaryDomain(host.domain),
      email: address,
      key: contactKey(address),
    };
  }

  const known = accounts.byName(text);
  if (known) return { level: 'account', domain: known, key: accountKey(known) };

  let host = text;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      host = new URL(text).hostname;
    } catch {
      throw badInput(`"${text}" is not a valid URL.`, EXAMPLE);
    }
  } else if (/[\s/]/.test(text)) {
    throw badInput(`"${text}" is not a domain, an email or a known account name.`, EXAMPLE);
  }
  const { domain, problem } = registrableDomain(host);
  if (!domain) throw badInput(problem ?? `"${text}" is not a domain.`, EXAMPLE);
  if (isFreeMailDomain(domain)) {
    throw badInput(
      `${domain} is a free mail provider, not a company: it cannot be claimed as an account.`,
      `Claim the person instead: \`/claim jane@${domain}\`.`,
    );
  }
  const primary = accounts.primaryDomain(domain);
  return { level: 'account', domain: primary, key: accountKey(primary) };
}

/** How a target reads in messages: the email for a contact, the domain for an account. */
export const targetLabel = (t: Target) => (t.level === 'contact' ? t.email : t.domain);
