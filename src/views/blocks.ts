import type { ActionsBlock, Button, ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import { clip } from './text.js';

/** Small builders that keep Slack's limits in one place (text 3000, button text 75, value 2000). */
export const section = (text: string): SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: clip(text, 3000) },
});

export const context = (text: string): ContextBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: clip(text, 3000) }],
});

export const button = (
  text: string,
  action_id: string,
  value: string,
  style?: 'primary' | 'danger',
): Button => ({
  type: 'button',
  text: { type: 'plain_text', text: clip(text, 75) },
  action_id,
  value: clip(value, 2000),
  ...(style ? { style } : {}),
});

export const actions = (...elements: Button[]): ActionsBlock => ({ type: 'actions', elements });

export const header = (text: string): KnownBlock => ({
  type: 'header',
  text: { type: 'plain_text', text: clip(text, 150) },
});
