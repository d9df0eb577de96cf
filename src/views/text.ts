import { DateTime } from 'luxon';

/**
 * Untrusted text stays text: Slack mrkdwn treats &, < and > as control characters, so
 * `<!channel>` in an email subject would ping a whole channel. Escape before interpolating.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** "Mon 23 Nov, 14:35" in the reader's time zone. */
export function formatWhen(date: Date, timezone: string): string {
  return DateTime.fromJSDate(date, { zone: timezone }).toFormat('ccc d LLL, HH:mm');
}

/** Slack caps text objects; cut long user input with an ellipsis instead of failing the call. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
