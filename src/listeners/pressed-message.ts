/** The message a button was pressed on (absent for Home tab and modal buttons), to edit it in place. */
export function pressedMessage(body: { container?: Record<string, unknown> }): {
  channel?: string;
  ts?: string;
} {
  const c = body.container ?? {};
  return {
    channel: typeof c.channel_id === 'string' ? c.channel_id : undefined,
    ts: typeof c.message_ts === 'string' ? c.message_ts : undefined,
  };
}
