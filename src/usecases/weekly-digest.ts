import type { Deps } from '../deps.js';
import { header } from '../views/blocks.js';
import { metricsBlocks } from '../views/metrics.js';
import { AUDIT_ITEMS, replyAuditMessage } from '../views/reply-audit.js';
import { auditLinks, replyAudit } from './reply-audit.js';
import { lastWeek, teamMetrics } from './team-metrics.js';

/** The reply audit as of now, links included (also `/claims audit`). */
export async function replyAuditNow(deps: Deps) {
  const audit = await replyAudit(deps);
  const links = await auditLinks(deps, audit, AUDIT_ITEMS);
  return replyAuditMessage(audit, links, deps.directory.nameOf, deps.directory.opsTimezone());
}

/** The last seven days' metrics: the whole team, then each team. */
export async function weekInNumbers(deps: Deps) {
  const rows = await teamMetrics(deps, lastWeek(deps.clock.now()));
  const text = 'The week in numbers';
  return { text, blocks: [header(text), ...metricsBlocks(rows, 'Last 7 days, everyone')] };
}
