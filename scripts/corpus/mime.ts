/** Just enough MIME to write the corpus by hand: headers, encoded words, text and HTML parts. */

const ascii = (s: string) => /^[\x20-\x7e\r\n\t]*$/.test(s);

/** RFC 2047 encoded word for a header value that is not plain ASCII. */
export const encodeWord = (s: string) =>
  ascii(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

const wrap76 = (s: string) => s.replace(/.{76}/g, '$&\r\n');

export interface Part {
  type: 'text/plain' | 'text/html' | string;
  body: string;
  /** Force an encoding; by default ASCII is 7bit and anything else base64 or quoted-printable. */
  encoding?: 'base64' | 'quoted-printable' | '7bit' | '8bit';
  extraHeaders?: string[];
}

function quotedPrintable(s: string): string {
  const bytes = Buffer.from(s.replace(/\r?\n/g, '\r\n'), 'utf8');
  let out = '';
  let line = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x0d && bytes[i + 1] === 0x0a) {
      out += `${line}\r\n`;
      line = '';
      i++;
      continue;
    }
    const enc =
      (b >= 33 && b <= 126 && b !== 61) || b === 32
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + enc.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += enc;
  }
  return out + line;
}

export function renderPart(p: Part, preferQp = false): string {
  const encoding = p.encoding ?? (ascii(p.body) ? '7bit' : preferQp ? 'quoted-printable' : 'base64');
  const charset = p.type.startsWith('text/') ? '; charset="utf-8"' : '';
  const body =
    encoding === 'base64'
      ? wrap76(Buffer.from(p.body.replace(/\r?\n/g, '\r\n'), 'utf8').toString('base64'))
      : encoding === 'quoted-printable'
        ? quotedPrintable(p.body)
        : p.body.replace(/\r?\n/g, '\r\n');
  return [
    `Content-Type: ${p.type}${charset}`,
    `Content-Transfer-Encoding: ${encoding}`,
    ...(p.extraHeaders ?? []),
    '',
    body,
  ].join('\r\n');
}

/** A multipart entity (its Content-Type header, a blank line, the parts). */
export function multipart(subtype: string, parts: string[], boundary: string, params = ''): string {
  const body = `${parts.map((p) => `--${boundary}\r\n${p}`).join('\r\n')}\r\n--${boundary}--\r\n`;
  return `Content-Type: multipart/${subtype}; boundary="${boundary}"${params}\r\n\r\n${body}`;
}

/** A whole message: header lines (undefined ones skipped), then the entity with its own headers. */
export function message(headers: (string | undefined)[], entity: string): string {
  return `${headers.filter((h): h is string => h !== undefined).join('\r\n')}\r\nMIME-Version: 1.0\r\n${entity}`;
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const htmlParagraphs = (s: string) =>
  s
    .split(/\n/)
    .map((l) => (l.trim() ? `<div>${escapeHtml(l)}</div>` : '<div><br></div>'))
    .join('\n');
