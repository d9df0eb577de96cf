import { IANAZone } from 'luxon';
import { z } from 'zod';
import { topics } from '../domain/classify-rules.js';
import { parseDuration } from '../domain/duration.js';

/**
 * The policy file's schema: the single source of truth for its fields. README documents each
 * one; `examples/policy.yaml` shows a realistic team.
 */

const timeZone = z
  .string()
  .refine((tz) => IANAZone.isValidZone(tz), { error: (i) => `unknown time zone "${i.input}"` });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like "09:00"');
const isoDate = z.iso.date('must be a date like "2026-12-25"');
const duration = z
  .string()
  .refine((d) => parseDuration(d) !== undefined, {
    error: (i) => `"${i.input}" is not a duration like 30m, 2h or 14d`,
  })
  .transform((d) => parseDuration(d) as number);
const slackUserId = z.string().regex(/^[UW][A-Z0-9]+$/, 'must be a Slack user id such as U01ABC');
const slackChannelId = z.string().regex(/^[CGD][A-Z0-9-]+$/, 'must be a Slack channel id such as C0123ABC');

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const roles = ['rep', 'lead', 'ops'] as const;
export const claimReasons = [
  'prospecting',
  'research', // a short look before deciding: hours, not days (claims.research)
  'active_sequence',
  'replied',
  'meeting_booked',
  'open_deal',
] as const;
export const routingSteps = ['thread', 'account', 'source', 'sequence', 'territory', 'fallback'] as const;

const hours = z
  .object({ days: z.array(z.enum(weekdays)).min(1), start: clock, end: clock })
  .refine((h) => h.start < h.end, { error: 'start must be before end', path: ['end'] });

const member = z.object({
  slack: slackUserId,
  name: z.string().min(1).max(80),
  email: z.email().transform((e) => e.toLowerCase()),
  roles: z.array(z.enum(roles)).min(1).default(['rep']),
  team: z.string().min(1),
  territory: z.string().optional(),
  segment: z.string().optional(),
  timezone: timeZone.optional(),
  hours: hours.optional(),
  backup: slackUserId.optional(),
  /** Out of office, inclusive ISO dates: round robin skips them, their backup takes it. */
  away: z.array(z.object({ from: isoDate, until: isoDate })).default([]),
  /** Left the team on this date: their claims move to their backup, else their team lead. */
  left: isoDate.optional(),
});

const team = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  leads: z.array(slackUserId).min(1),
  channel: slackChannelId,
});

/** A known account: its name (for `/claim Acme Corp`) and its domains; the first is the primary. */
const account = z.object({
  name: z.string().min(1).max(120),
  domains: z
    .array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a lowercase domain such as acme.com'))
    .min(1),
  segment: z.string().optional(),
  territory: z.string().optional(),
  /** The account's standing owner (member id): a permanent claim on it, which never expires, wins
   *  routing's account step and blocks everyone else in /claim, /check and /api/check. */
  owner: slackUserId.optional(),
  /** The account's id in the CRM, for reference in exports and imports. */
  crmId: z.string().min(1).max(100).optional(),
  /** A subsidiary: the parent account's name. It routes and locks as the parent. */
  parent: z.string().min(1).optional(),
  /** Routed to its owner even outside their hours (no off-hours cover). */
  vip: z.boolean().default(false),
});

/** Default decision rules: weigh the signals, or always favour one side. */
export const defaultRules = ['signals', 'holder_keeps', 'challenger_takes'] as const;

export const policySchema = z.object({
  timezone: timeZone.default('UTC'),
  hours: hours.default({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' }),
  holidays: z.array(isoDate).default([]),
  members: z.array(member).min(1, 'list at least one member'),
  teams: z.array(team).min(1, 'list at least one team'),
  channels: z.object({ ops: slackChannelId, triage: slackChannelId }),
  roles: z.object({ compliance: slackUserId, fallback: slackUserId }),
  claims: z
    .object({
      activation: duration.default(48 * 60),
      expiry: duration.default(14 * 24 * 60),
      stale: duration.default(30 * 24 * 60),
      hardBlockReasons: z
        .array(z.enum(claimReasons))
        .default(['active_sequence', 'replied', 'meeting_booked', 'open_deal']),
      /** A recorded outbound or a routed reply on an account nobody holds claims it for that member. */
      autoClaim: z.boolean().default(true),
      /** How long a `research` claim lasts unless the command names a time (`/claim acme.com research 2h`). */
      research: duration.default(4 * 60),
      /** A reply this recent makes its contact the reply owner's: a hard block for everyone else. */
      replyBlock: duration.default(14 * 24 * 60),
      /** A contact who answered "not interested": nobody on the team writes to them for this long. */
      notInterestedBlock: duration.default(90 * 24 * 60),
      /** Strict mode: a target nobody owns is "blocked: claim it first" in the pre-send check. */
      requireOwner: z.boolean().default(false),
    })
    .prefault({}),
  escalation: z
    .object({
      rep: duration.default(30),
      lead: duration.default(120),
      ops: z.union([z.literal('end_of_day'), duration]).default('end_of_day'),
      /** What applies when a tier's timebox runs out; `signals` is the rule in the README. */
      defaults: z
        .object({
          rep: z.enum(defaultRules).default('signals'),
          lead: z.enum(defaultRules).default('signals'),
          ops: z.enum(defaultRules).default('signals'),
        })
        .prefault({}),
    })
    .prefault({}),
  routing: z
    .object({
      order: z
        .array(z.enum(routingSteps))
        .min(1)
        .default([...routingSteps]),
      /**
       * Lead sources (referral, inbound, a list vendor) and who owns their replies. Labels
       * from sequencers and CRMs vary ("Apollo", "apollo.io", "APOLLO export"): `aliases` and
       * the name itself match case-insensitively, ignoring punctuation and trailing words.
       */
      sources: z
        .array(
          z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), owner: slackUserId }),
        )
        .default([]),
      /** Round robin within the account's segment first (enterprise replies to enterprise reps). */
      splitBySegment: z.boolean().default(false),
      /** How long the owner has to answer a reply, in their business time. */
      sla: duration.default(120),
      /**
       * An owner outside their hours is covered like one who is away (backup, else lead, else
       * fallback, whoever is working). False: off hours the reply waits for the owner.
       */
      coverOffHours: z.boolean().default(true),
      /**
       * Questions on these topics go to a named member or a pod (round robin over the list):
       * `instead` of the owner, or `with` them (the owner keeps the reply; a group DM of the two holds it).
       */
      overrides: z
        .array(
          z.object({
            topics: z.array(z.enum(topics)).min(1),
            to: z
              .union([slackUserId, z.array(slackUserId).min(1)])
              .transform((to) => (Array.isArray(to) ? to : [to])),
            mode: z.enum(['instead', 'with']).default('instead'),
          }),
        )
        .default([]),
    })
    .prefault({}),
  accounts: z.array(account).default([]),
  /** The team's sequences by name; when listed, a record or a list row naming another is refused. */
  sequences: z.array(z.string().min(1).max(200)).default([]),
});

export type Policy = z.infer<typeof policySchema>;
export type Member = Policy['members'][number];
export type Team = Policy['teams'][number];
export type Hours = z.infer<typeof hours>;
export type Account = Policy['accounts'][number];
export type ClaimReason = (typeof claimReasons)[number];
