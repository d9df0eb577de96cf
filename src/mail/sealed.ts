import * as asn1 from 'asn1js';

type Part = { contentType: string; filename?: string; content: Buffer };

/**
 * How a reply we cannot read came: encrypted to the recipient (S/MIME, PGP), or as Outlook's
 * winmail.dat alone (TNEF, its "rich text" that only Outlook opens). The owner is told to open it
 * in their mail client, and asked to check the category, instead of getting an empty "other".
 */
export type Sealed = 'S/MIME' | 'PGP' | 'winmail.dat';

const PGP_MESSAGE = /-----BEGIN PGP MESSAGE-----[\s\S]*?(?:-----END PGP MESSAGE-----|$)/g;
const SMIME = /^application\/(x-)?pkcs7-mime$/;
const PGP_MIME = /^(multipart\/encrypted|application\/pgp-encrypted)$/;
const TNEF = /^application\/(vnd\.)?ms-tnef$/;

/** The part that keeps the reply from us, when nothing else in the mail is readable text. */
export function sealedIn(topType: string, parts: Part[], text: string): Sealed | undefined {
  if (text.replace(PGP_MESSAGE, '').trim()) return undefined; // a note beside it is read as any reply
  // The whole mail is the envelope; a signed document attached (contract.pdf.p7m) is no envelope.
  const top = topType.toLowerCase();
  if (SMIME.test(top)) return 'S/MIME';
  if (PGP_MIME.test(top) || text.includes('-----BEGIN PGP MESSAGE-----')) return 'PGP';
  if (parts.some((p) => TNEF.test(p.contentType.toLowerCase()) || /^winmail\.dat$/i.test(p.filename ?? '')))
    return 'winmail.dat';
  return undefined;
}

const CLEARSIGN_HEAD = /^-----BEGIN PGP SIGNED MESSAGE-----\r?\n(?:[A-Za-z]+: .*\r?\n)*\r?\n/m;
const SIGNATURE = /^-----BEGIN PGP SIGNATURE-----[\s\S]*?(?:-----END PGP SIGNATURE-----|$)/m;

/**
 * A reply signed inline with PGP, without the armour: its "Hash: SHA256" head, the signature
 * block under it and the "- " that escapes a line starting with a dash (RFC 4880, 7.1) are
 * not what the person wrote.
 */
export function withoutPgpArmour(text: string): string {
  if (!CLEARSIGN_HEAD.test(text)) return text;
  return text
    .replace(CLEARSIGN_HEAD, '')
    .replace(SIGNATURE, '')
    .replace(/^- (?=-)/gm, '');
}

const SIGNED_DATA = '1.2.840.113549.1.7.2';

/**
 * The message inside an S/MIME signature that wraps it (`smime-type=signed-data`, "opaque"
 * signing, as Outlook sends when clear signing is off): RFC 5652's encapsulated content, the
 * MIME entity the person wrote. BER as mail clients write it (indefinite lengths, chunked
 * octet strings) is read by asn1js. Undefined when the part is anything else (encrypted).
 */
export function signedContent(p7m: Buffer): Buffer | undefined {
  let result: asn1.AsnType;
  try {
    ({ result } = asn1.fromBER(new Uint8Array(p7m)));
  } catch {
    return undefined; // asn1js reports bad input in its result; anything it throws reads as sealed
  }
  if (!(result instanceof asn1.Sequence)) return undefined;
  const [type, explicit] = result.valueBlock.value;
  if (!(type instanceof asn1.ObjectIdentifier) || type.valueBlock.toString() !== SIGNED_DATA)
    return undefined;
  // SignedData: version, digest algorithms, then the encapsulated content [eContentType, [0] eContent].
  const signed = (explicit as asn1.Constructed | undefined)?.valueBlock.value[0];
  const encap = signed instanceof asn1.Sequence ? signed.valueBlock.value[2] : undefined;
  const content = encap instanceof asn1.Sequence ? encap.valueBlock.value[1] : undefined;
  const octets = (content as asn1.Constructed | undefined)?.valueBlock.value[0];
  return octets instanceof asn1.OctetString ? Buffer.from(octets.getValue()) : undefined;
}

/**
 * The mail as if it had not been signed: its own headers (From, Subject, Message-ID…) over the
 * signed entity instead of the p7m part. Undefined when the mail is not opaque-signed as a whole
 * (a signed document attached to a reply stays an attachment).
 */
export function unwrappedSigned(raw: Buffer, topType: string, parts: Part[]): Buffer | undefined {
  if (!SMIME.test(topType.toLowerCase())) return undefined;
  const p7m = parts.find((p) => SMIME.test(p.contentType.toLowerCase()));
  const inner = p7m && signedContent(p7m.content);
  if (!inner) return undefined;
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  if (end < 0) return undefined;
  // Unfold, then drop the outer part's Content-* fields: the inner entity brings its own.
  const fields = text
    .slice(0, end)
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .filter((l) => !/^(content-|mime-version:)/i.test(l));
  return Buffer.concat([Buffer.from(`${fields.join('\r\n')}\r\nMIME-Version: 1.0\r\n`, 'latin1'), inner]);
}
