import { actions, button, section } from './blocks.js';
import type { SlackMessage } from './claims-list.js';
import { consentActions } from './ids.js';
import { escapeMrkdwn } from './text.js';

export function consentRequestMessage(
  requesterName: string,
  email: string,
  domain: string,
  note: string,
  requestId: string,
): SlackMessage {
  const why = note ? `\n> ${escapeMrkdwn(note)}` : '';
  return {
    text: `${requesterName} asks to claim ${email} inside your account ${domain}`,
    blocks: [
      section(
        `:handshake: *${escapeMrkdwn(requesterName)}* asks to claim the contact *${escapeMrkdwn(email)}* inside your account *${escapeMrkdwn(domain)}*.${why}`,
      ),
      actions(
        button('Approve', consentActions.approve, requestId, 'primary'),
        button('Decline', consentActions.decline, requestId, 'danger'),
      ),
    ],
  };
}

export function consentAnsweredMessage(text: string): SlackMessage {
  return { text, blocks: [section(escapeMrkdwn(text))] };
}
