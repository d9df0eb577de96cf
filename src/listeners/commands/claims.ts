import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import type { Member } from '../../policy/schema.js';
import { listActiveClaims } from '../../store/claims.js';
import { replyAuditNow, weekInNumbers } from '../../usecases/weekly-digest.js';
import { claimsListMessage } from '../../views/claims-list.js';
import { requireMember } from '../members.js';

const USAGE =
  '`/claims` lists your claims, soonest expiry first. Leads and RevOps: `/claims @member` lists theirs. RevOps: `/claims audit` shows the reply audit and the week in numbers.';

/** `<@U123|sam>` (a mention), `@Sam Ortiz`, `sam@ourco.io` or `Sam Ortiz`: a member of the policy. */
function memberNamed(deps: Deps, text: string): Member | undefined {
  const mention = /^<@([A-Z0-9]+)(\|[^>]*)?>$/.exec(text)?.[1];
  if (mention) return deps.directory.member(mention);
  const plain = text.replace(/^@/, '').trim().toLowerCase();
  return (
    deps.directory.memberByEmail(plain) ??
    deps.directory.policy.members.find(
      (m) => m.name.toLowerCase() === plain || m.slack.toLowerCase() === plain,
    )
  );
}

/** `/claims`: my claims, soonest expiry first. `/claims audit` (RevOps): the weekly audit, now. */
export const claimsCommand =
  (deps: Deps) =>
  async ({ ack, command, respond }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await ack();
    const member = requireMember(deps.directory, command.user_id);
    const arg = command.text.trim().toLowerCase();
    if (arg === 'audit') {
      if (!member.roles.includes('ops')) {
        await respond({ response_type: 'ephemeral', text: `Only RevOps can run the audit. ${USAGE}` });
        return;
      }
      const [audit, numbers] = await Promise.all([replyAuditNow(deps), weekInNumbers(deps)]);
      await respond({
        response_type: 'ephemeral',
        text: `${audit.text} · ${numbers.text}`,
        blocks: [...audit.blocks, ...numbers.blocks],
      });
      return;
    }
    const other = arg ? memberNamed(deps, command.text.trim()) : undefined;
    if (other) {
      const mayLook =
        member.roles.includes('ops') ||
        (member.roles.includes('lead') && deps.directory.teamOf(other).leads.includes(member.slack));
      if (!mayLook) {
        await respond({
          response_type: 'ephemeral',
          text: `Only ${other.name}'s team lead and RevOps can list their claims.`,
        });
        return;
      }
      const claims = await listActiveClaims(deps.db, other.slack);
      await respond({
        response_type: 'ephemeral',
        ...claimsListMessage(
          claims,
          deps.directory.timezoneOf(member),
          other.name,
          member.roles.includes('ops') && claims.length > 0 ? other.slack : undefined,
        ),
      });
      return;
    }
    if (arg) {
      await respond({ response_type: 'ephemeral', text: USAGE });
      return;
    }
    const claims = await listActiveClaims(deps.db, member.slack);
    await respond({
      response_type: 'ephemeral',
      ...claimsListMessage(claims, deps.directory.timezoneOf(member)),
    });
  };
