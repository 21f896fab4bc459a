/**
 * Share links: the design, compressed, in the URL fragment (which browsers never send to a
 * server), so a link carries the whole design and needs no backend.
 *
 *   https://<app>/#design/1/<payload>
 *
 * `design/` names what the fragment holds, `1` is the link format version, and the payload is the
 * design's compact JSON, UTF-8 encoded, compressed with zlib deflate (`CompressionStream('deflate')`,
 * standard in browsers and Node 20: its Adler-32 checksum catches most tampering) and written in
 * base64url without padding.
 *
 * Decoding trusts nothing: the fragment length, the prefix and version, the base64url alphabet,
 * the compressed stream (truncated, altered, or inflating past the design size limit: a zip bomb
 * stops at `MAX_DESIGN_BYTES`), UTF-8, JSON, the design format version and the schema are each
 * checked, and each failure has its own code and a message a user can act on. A design that is
 * structurally sound is returned even with validation errors (people share work in progress);
 * its diagnostics come along.
 */
import type { Design } from '../design.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { MAX_DESIGN_BYTES, parseDesignText } from '../parse.ts';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { SHARE_FRAGMENT_PREFIX, stripHash } from './fragment.ts';

export const SHARE_LINK_VERSION = 1;
const PREFIX = SHARE_FRAGMENT_PREFIX;
/** A fragment longer than this is refused before decoding (browsers cap URLs at about 2 MB). */
export const MAX_SHARE_FRAGMENT_LENGTH = 2 * 1024 * 1024;

export type ShareLinkErrorCode =
  | 'ShareLinkEmpty'
  | 'ShareLinkBadPrefix'
  | 'ShareLinkFutureVersion'
  | 'ShareLinkTooLong'
  | 'ShareLinkBadBase64'
  | 'ShareLinkBadCompression'
  | 'ShareLinkTooLarge'
  | 'ShareLinkNotText'
  | 'ShareLinkNotJson'
  | 'ShareLinkFutureDesignVersion'
  | 'ShareLinkInvalidDesign';

export type ShareLinkDecoded =
  | {
      ok: true;
      design: Design;
      /** Validation of the shared design (it may have errors: shared work in progress). */
      diagnostics: Diagnostic[];
    }
  | {
      ok: false;
      code: ShareLinkErrorCode;
      message: string;
      /** For ShareLinkInvalidDesign and ShareLinkNotJson: what the design check found. */
      diagnostics?: Diagnostic[];
    };

function refuse(code: ShareLinkErrorCode, message: string, diagnostics?: Diagnostic[]): ShareLinkDecoded {
  return diagnostics ? { ok: false, code, message, diagnostics } : { ok: false, code, message };
}

export { isShareFragment } from './fragment.ts';

/** Drains a byte stream, refusing more than `limit` bytes. */
async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Runs `bytes` through a compression or decompression stream, reading while writing. */
async function transform(stream: CompressionStream | DecompressionStream, bytes: Uint8Array, limit: number): Promise<Uint8Array | 'too-large'> {
  const writer = stream.writable.getWriter();
  const writing = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  // A failure shows on the readable side too; this only keeps it from going unhandled.
  writing.catch(() => undefined);
  const out = await readAll(stream.readable, limit);
  if (out !== 'too-large') await writing;
  return out;
}

/** The fragment (without `#`) of a link to `design`. */
export async function encodeShareFragment(design: Design): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(design));
  const compressed = await transform(new CompressionStream('deflate'), json, Number.POSITIVE_INFINITY);
  return `${PREFIX}${SHARE_LINK_VERSION}/${encodeBase64Url(compressed as Uint8Array)}`;
}

/** Reads a share fragment (with or without `#`). Never throws. */
export async function decodeShareFragment(input: string): Promise<ShareLinkDecoded> {
  const fragment = stripHash(input);
  if (fragment === '') return refuse('ShareLinkEmpty', 'The link holds no design (its part after # is empty).');
  if (fragment.length > MAX_SHARE_FRAGMENT_LENGTH) {
    return refuse('ShareLinkTooLong', `The link is ${fragment.length} characters long; a design link is at most ${MAX_SHARE_FRAGMENT_LENGTH}.`);
  }
  const m = /^design\/([^/]*)\/(.*)$/s.exec(fragment);
  if (!m) return refuse('ShareLinkBadPrefix', `This is not an ECR Designer link: its part after # should start with ${PREFIX}${SHARE_LINK_VERSION}/.`);
  const [, versionText = '', payload = ''] = m;
  if (!/^[1-9][0-9]{0,8}$/.test(versionText)) return refuse('ShareLinkBadPrefix', `This is not an ECR Designer link: "${versionText.slice(0, 20)}" is not a link version.`);
  const version = Number(versionText);
  if (version > SHARE_LINK_VERSION) {
    return refuse('ShareLinkFutureVersion', `This link was made by a newer ECR Designer (link format ${version}; this one reads ${SHARE_LINK_VERSION}). Update ECR Designer to open it.`);
  }
  if (payload === '') return refuse('ShareLinkEmpty', 'The link holds no design (it ends after its version). Was it cut short?');

  const decoded = decodeBase64Url(payload);
  if (!decoded.ok) return refuse('ShareLinkBadBase64', `The link is damaged or cut short: ${decoded.reason}. Copy the whole link again.`);

  let inflated: Uint8Array | 'too-large';
  try {
    inflated = await transform(new DecompressionStream('deflate'), decoded.bytes, MAX_DESIGN_BYTES);
  } catch (e) {
    const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
    return refuse('ShareLinkBadCompression', `The link is damaged or incomplete: its data does not decompress${detail}. Copy the whole link again.`);
  }
  if (inflated === 'too-large') {
    return refuse('ShareLinkTooLarge', `The link unpacks to more than ${MAX_DESIGN_BYTES} bytes; a design is at most that large.`);
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated);
  } catch {
    return refuse('ShareLinkNotText', 'The link is damaged: its data is not text.');
  }
  const result = parseDesignText(text);
  if (result.design) return { ok: true, design: result.design, diagnostics: result.diagnostics };
  const first = result.diagnostics[0];
  switch (first?.code) {
    case 'InvalidJson':
      return refuse('ShareLinkNotJson', `The link is damaged: its data is not a design (${first.message})`, result.diagnostics);
    case 'UnsupportedVersion':
      return refuse('ShareLinkFutureDesignVersion', first.message, result.diagnostics);
    default:
      return refuse(
        'ShareLinkInvalidDesign',
        `The link does not hold a valid design: ${first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'unknown problem'}`,
        result.diagnostics,
      );
  }
}
