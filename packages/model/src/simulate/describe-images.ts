/**
 * Reads the output of `aws ecr describe-images` (the DescribeImages API's `imageDetails`): the
 * object `{ "imageDetails": [...] }` the CLI prints, or the bare array. Never throws; problems come
 * back as diagnostics at the field concerned (`imageDetails[3].imagePushedAt`).
 *
 * Timestamps: the CLI v2 prints ISO 8601 strings, the v1 CLI and the raw API epoch seconds (a
 * number, often with a fraction); a number above 10^11 can only be epoch milliseconds and is read
 * as such. Storage: `imageStatus` ARCHIVED means archive storage, ACTIVATING a restore in progress,
 * ACTIVE or absent standard storage (a `storageClass` field, which some tools print, is honoured
 * when `imageStatus` is absent).
 */
import { type Diagnostic, formatPath } from '../diagnostics.ts';
import { locateJsonError } from '../json-error.ts';
import type { ImageStorage, SimImage } from './types.ts';

const MANIFEST_LIST_TYPES = new Set([
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
]);

export interface ImagesParseResult {
  images: SimImage[];
  diagnostics: Diagnostic[];
}

function diag(path: (string | number)[], code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { path: formatPath(path), severity, code, message, source: 'schema' };
}

/** A timestamp as epoch ms, or an error message. */
export function parseTimestamp(value: unknown): number | string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return `Expected a timestamp, got ${value}.`;
    return value > 1e11 ? value : Math.round(value * 1000);
  }
  if (typeof value === 'string') {
    // Date.parse accepts many forms; insist on an ISO 8601 date with a time and an offset or Z.
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
      return `Expected an ISO 8601 timestamp such as 2026-01-01T12:00:00+00:00, got ${JSON.stringify(value)}.`;
    }
    const t = Date.parse(value);
    return Number.isNaN(t) ? `Not a valid date: ${JSON.stringify(value)}.` : t;
  }
  return `Expected a timestamp (ISO 8601 string or epoch seconds), got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function parseDescribeImages(value: unknown): ImagesParseResult {
  const diagnostics: Diagnostic[] = [];
  let list: unknown[];
  let base: (string | number)[];
  if (Array.isArray(value)) {
    list = value;
    base = [];
  } else if (isObject(value) && Array.isArray(value['imageDetails'])) {
    list = value['imageDetails'];
    base = ['imageDetails'];
  } else {
    return {
      images: [],
      diagnostics: [diag([], 'NotDescribeImagesOutput', 'Expected the output of `aws ecr describe-images`: an object with an "imageDetails" array (or the array itself).')],
    };
  }

  const images: SimImage[] = [];
  const digests = new Map<string, number>();
  const tagOwners = new Map<string, number>();
  list.forEach((item, i) => {
    const at = [...base, i];
    if (!isObject(item)) {
      diagnostics.push(diag(at, 'NotAnImageDetail', 'Expected an image detail object.'));
      return;
    }
    const errors = diagnostics.length;
    const time = (key: string, required: boolean): number | undefined => {
      const v = item[key];
      if (v === undefined || v === null) {
        if (required) diagnostics.push(diag([...at, key], 'MissingField', `${key} is required.`));
        return undefined;
      }
      const t = parseTimestamp(v);
      if (typeof t === 'string') {
        diagnostics.push(diag([...at, key], 'InvalidTimestamp', t));
        return undefined;
      }
      return t;
    };

    const digest = item['imageDigest'];
    if (typeof digest !== 'string' || digest === '') diagnostics.push(diag([...at, 'imageDigest'], 'MissingField', 'imageDigest (a non-empty string) is required.'));
    const pushedAt = time('imagePushedAt', true);
    const rawTags = item['imageTags'];
    let tags: string[] = [];
    if (rawTags !== undefined && rawTags !== null) {
      if (!Array.isArray(rawTags) || !rawTags.every((t) => typeof t === 'string')) {
        diagnostics.push(diag([...at, 'imageTags'], 'InvalidTags', 'imageTags must be an array of strings.'));
      } else tags = rawTags;
    }
    const size = item['imageSizeInBytes'];
    if (size !== undefined && size !== null && (typeof size !== 'number' || !Number.isFinite(size) || size < 0)) {
      diagnostics.push(diag([...at, 'imageSizeInBytes'], 'InvalidSize', 'imageSizeInBytes must be a non-negative number.'));
    }
    let storage: ImageStorage = 'STANDARD';
    const status = item['imageStatus'];
    const storageClass = item['storageClass'];
    if (status !== undefined && status !== null) {
      if (status === 'ARCHIVED') storage = 'ARCHIVE';
      else if (status === 'ACTIVATING') storage = 'ACTIVATING';
      else if (status !== 'ACTIVE') diagnostics.push(diag([...at, 'imageStatus'], 'InvalidImageStatus', `imageStatus must be ACTIVE, ARCHIVED or ACTIVATING, got ${JSON.stringify(status)}.`));
    } else if (storageClass !== undefined && storageClass !== null) {
      if (storageClass === 'ARCHIVE') storage = 'ARCHIVE';
      else if (storageClass !== 'STANDARD') diagnostics.push(diag([...at, 'storageClass'], 'InvalidStorageClass', `storageClass must be STANDARD or ARCHIVE, got ${JSON.stringify(storageClass)}.`));
    }
    const lastPulledAt = time('lastRecordedPullTime', false);
    const lastArchivedAt = time('lastArchivedAt', false);
    const lastActivatedAt = time('lastActivatedAt', false);
    const subject = item['subjectManifestDigest'];
    if (subject !== undefined && subject !== null && typeof subject !== 'string') {
      diagnostics.push(diag([...at, 'subjectManifestDigest'], 'InvalidDigest', 'subjectManifestDigest must be a string.'));
    }
    if (diagnostics.length > errors) return;

    const image: SimImage = { digest: digest as string, tags, pushedAt: pushedAt as number, sizeBytes: typeof size === 'number' ? size : 0, storage };
    if (lastPulledAt !== undefined) image.lastPulledAt = lastPulledAt;
    if (lastArchivedAt !== undefined) image.lastArchivedAt = lastArchivedAt;
    if (lastActivatedAt !== undefined) image.lastActivatedAt = lastActivatedAt;
    if (typeof subject === 'string') image.subjectDigest = subject;
    const mediaType = item['imageManifestMediaType'];
    if (typeof mediaType === 'string' && MANIFEST_LIST_TYPES.has(mediaType)) image.manifestList = true;

    const first = digests.get(image.digest);
    if (first !== undefined) {
      diagnostics.push(diag([...at, 'imageDigest'], 'DuplicateDigest', `Digest ${image.digest} is also listed at ${formatPath([...base, first])}; a repository holds each image once.`));
      return;
    }
    digests.set(image.digest, i);
    for (const tag of tags) {
      const owner = tagOwners.get(tag);
      if (owner !== undefined) {
        diagnostics.push(diag([...at, 'imageTags'], 'DuplicateTag', `Tag '${tag}' is also on ${formatPath([...base, owner])}; in one repository a tag names one image. Are these several repositories?`, 'warning'));
      } else tagOwners.set(tag, i);
    }
    images.push(image);
  });
  return { images, diagnostics };
}

export function parseDescribeImagesText(text: string): ImagesParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const where = locateJsonError(text);
    const detail = where ? `line ${where.line}, column ${where.column}: ${where.message}` : e instanceof Error ? e.message : String(e);
    return { images: [], diagnostics: [{ path: '', severity: 'error', code: 'InvalidJson', message: `Not valid JSON at ${detail}.`, source: 'schema' }] };
  }
  return parseDescribeImages(value);
}
