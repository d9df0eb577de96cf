type Part = { contentType: string; contentDisposition?: string; content: Buffer };

/** An emoji and nothing else (a skin tone, a joiner or a variation selector may be part of it). */
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s){1,32}$/u;

/**
 * An emoji reaction to our email instead of a written reply: RFC 9078's `Content-Disposition:
 * reaction` part (its text is the emoji), or Gmail's `text/vnd.google.email-reaction+json`
 * ({"emoji": "👍"}), whose text part adds "Jane Doe reacted via Gmail" and a link nobody wrote.
 * The emoji alone is what the person said.
 */
export function reactionIn(parts: Part[]): string | undefined {
  const rfc = parts.find((p) => p.contentDisposition?.toLowerCase() === 'reaction');
  const gmail = parts.find((p) => /^text\/vnd\.google\.email-reaction\+json$/i.test(p.contentType));
  let emoji = rfc?.content.toString('utf8').trim();
  if (!emoji && gmail) {
    try {
      emoji = String((JSON.parse(gmail.content.toString('utf8')) as { emoji?: unknown }).emoji ?? '').trim();
    } catch {
      return undefined; // not what Gmail writes: read the mail as any other
    }
  }
  return emoji && EMOJI_ONLY.test(emoji) ? emoji : undefined;
}
