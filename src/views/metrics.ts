import type { KnownBlock } from '@slack/types';
import { categories } from '../domain/classify-rules.js';
import { tiers } from '../domain/escalation.js';
import type { Metrics } from '../usecases/team-metrics.js';
import { context, section } from './blocks.js';
import { csvDocument } from './csv.js';
import { escapeMrkdwn } from './text.js';

const conflictEnds = ['paused', 'handoff_requested', 'stood_down', 'proceeded', 'no_answer'] as const;

/** GET /api/reports/metrics: one row per scope, every figure its own column. */
export function metricsCsv(rows: Metrics[]): string {
  const header = [
    'scope',
    'id',
    'name',
    'replies',
    ...categories.map((c) => `replies_${c}`),
    'unassigned_now',
    'went_to_triage',
    'reassigned',
    'reassignment_rate',
    'first_response_median_min',
    'first_response_p90_min',
    'sla_due',
    'sla_met',
    'sla_attainment',
    'conflicts',
    ...conflictEnds.map((e) => `conflicts_${e}`),
    'disputes',
    ...tiers.map((t) => `disputes_reached_${t}`),
    'disputes_decided',
    'decision_median_hours',
    'default_decisions',
    'claims_lapsed',
    'duplicate_sends_prevented',
  ];
  return csvDocument(
    header,
    rows.map((m) => [
      m.scope,
      m.id,
      m.name,
      m.replies,
      ...categories.map((c) => m.byCategory[c] ?? 0),
      m.unassignedNow,
      m.wentToTriage,
      m.reassigned,
      m.reassignmentRate,
      m.firstResponseMedianMin,
      m.firstResponseP90Min,
      m.slaDue,
      m.slaMet,
      m.slaAttainment,
      m.conflicts,
      ...conflictEnds.map((e) => m.conflictOutcomes[e]),
      m.disputes,
      ...tiers.map((t) => m.disputesByTier[t]),
      m.disputesDecided,
      m.decisionMedianHours,
      m.defaultDecisions,
      m.claimsLapsed,
      m.duplicateSendsPrevented,
    ]),
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
const mins = (v: number | null) =>
  v === null ? '—' : v < 90 ? `${Math.round(v)} min` : `${(v / 60).toFixed(1)} h`;

/** The figures in a few lines of mrkdwn, for the weekly digest and RevOps' Home tab. */
export function metricsLines(m: Metrics): string {
  const cats = Object.entries(m.byCategory)
    .sort(([, a], [, b]) => b - a)
    .map(([c, n]) => `${c.replace(/_/g, ' ')} ${n}`)
    .join(', ');
  const ends = conflictEnds
    .filter((e) => m.conflictOutcomes[e] > 0)
    .map((e) => `${e.replace(/_/g, ' ')} ${m.conflictOutcomes[e]}`)
    .join(', ');
  return [
    `*Replies* ${m.replies}${cats ? ` (${cats})` : ''}` +
      (m.unassignedNow !== undefined ? ` · *unassigned now* ${m.unassignedNow}` : '') +
      ` · went to triage ${m.wentToTriage} · reassigned ${pct(m.reassignmentRate)}`,
    `*First response* median ${mins(m.firstResponseMedianMin)}, p90 ${mins(m.firstResponseP90Min)} · *SLA met* ${pct(m.slaAttainment)} (${m.slaMet}/${m.slaDue})`,
    `*Conflicts* ${m.conflicts}${ends ? ` (${ends})` : ''} · *disputes* ${m.disputes} (reached lead ${m.disputesByTier.lead}, ops ${m.disputesByTier.ops}), decided ${m.disputesDecided} in a median ${m.decisionMedianHours ?? '—'} h, ${m.defaultDecisions} by default`,
    `*Claims lapsed* ${m.claimsLapsed} · *duplicate sends prevented* ${m.duplicateSendsPrevented}`,
  ].join('\n');
}

/** The whole team's figures, then one line per team. */
export function metricsBlocks(rows: Metrics[], title: string): KnownBlock[] {
  const all = rows.find((m) => m.scope === 'all');
  const teams = rows.filter((m) => m.scope === 'team');
  const blocks: KnownBlock[] = [];
  if (all) blocks.push(section(`*${escapeMrkdwn(title)}*\n${metricsLines(all)}`));
  if (teams.length > 1)
    blocks.push(
      context(
        teams
          .map(
            (t) =>
              `*${escapeMrkdwn(t.name)}*: ${count(t.replies, 'reply', 'replies')}, SLA met ${pct(t.slaAttainment)}, reassigned ${pct(t.reassignmentRate)}, ${count(t.conflicts, 'conflict', 'conflicts')}, ${count(t.disputes, 'dispute', 'disputes')}`,
          )
          .join('\n'),
      ),
    );
  return blocks;
}
