import { DateTime } from 'luxon';

/**
 * Untrusted text stays text: Slack mrkdwn treats &, < and > as control characters, so
 * `<!channel>` in an email subject would ping a whole channel. Escape before interpolating.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** "Mon 23 Nov, 14:35 CET" in `timezone`: for plain text (CSV, notifications, Slack's fallback). */
export function formatWhen(date: Date, timezone: string): string {
  const local = DateTime.fromJSDate(date, { zone: timezone });
  if (!local.isValid) return local.toFormat('ccc d LLL, HH:mm ZZZZ'); // luxon says what is wrong
  return `${local.toFormat('ccc d LLL, HH:mm')} ${zoneAbbreviation(date, local.zoneName as string)}`;
}

// Luxon's ZZZZ builds a new Intl.DateTimeFormat on every call (about 1 ms: most of a /claim
// answer's own CPU time); one formatter per zone, kept, gives the same "EST" / "GMT+1".
const zoneNames = new Map<string, Intl.DateTimeFormat>();
function zoneAbbreviation(date: Date, zone: string): string {
  let names = zoneNames.get(zone);
  if (!names) {
    names = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    zoneNames.set(zone, names);
  }
  return names.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/**
 * A time in a Slack message: Slack shows it in each reader's own zone and clock ("today at
 * 2:35 PM", "Nov 24 at 09:00"), so a message read in Berlin and in LA is right for both. The
 * fallback (old clients, notifications) is `formatWhen` in `timezone`. Not for plain_text
 * fields, and never to be passed through escapeMrkdwn.
 */
export function slackWhen(date: Date, timezone: string): string {
  const epoch = Math.floor(date.getTime() / 1000);
  return `<!date^${epoch}^{date_short_pretty} at {time}|${formatWhen(date, timezone)}>`;
}

/** Slack caps text objects; cut long user input with an ellipsis instead of failing the call. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
