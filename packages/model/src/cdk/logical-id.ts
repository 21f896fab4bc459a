/**
 * CloudFormation logical ids and unique resource names the way aws-cdk-lib 2.276.0 derives them
 * from a construct path:
 * - `makeLogicalId` mirrors `makeUniqueId` in `core/lib/private/uniqueid.js` (what
 *   `Stack.allocateLogicalId` uses for every CfnElement, given the path below the stack);
 * - `makeUniqueResourceName` mirrors `makeUniqueResourceName` in
 *   `core/lib/private/unique-resource-name.js` (behind `Names.uniqueResourceName`).
 * Errors carry CDK's error name and message.
 */
import { md5 } from './md5.ts';

/** The id CDK leaves out of paths (`node.defaultChild`). */
const HIDDEN_ID = 'Default';
/** The id CDK leaves out of the human part, so `Repo/Resource` reads as `Repo`. */
const HIDDEN_FROM_HUMAN_ID = 'Resource';
const HASH_LENGTH = 8;
const MAX_HUMAN_LENGTH = 240;
const MAX_ID_LENGTH = 255;

/** A string that embeds an unresolved token: `${Token[NAME.123]}`, or a number token. */
const UNRESOLVED_TOKEN = /\$\{Token\[[a-zA-Z0-9:._-]+\]\}|-1\.\d{10,16}e\+289/;

/**
 * The logical id for the construct at `components` (the path below the stack):
 * the alphanumeric characters of the path, with `Default` components dropped, `Resource`
 * components and components that end the previous one left out of the human part (cut at 240
 * characters), followed by the first 8 hex digits of the MD5 of the path, in upper case. A path of
 * a single component is just its alphanumeric characters when they fit in 255.
 */
export function makeLogicalId(components: readonly string[]): string {
  const path = components.filter((c) => c !== HIDDEN_ID);
  if (path.length === 0) {
    throw cdkError('UnableToCalculateUniqueId', 'Unable to calculate a unique id for an empty set of components');
  }
  const tokens = path.filter((c) => c.includes('Token[') && UNRESOLVED_TOKEN.test(c));
  if (tokens.length > 0) {
    throw cdkError('ComponentsContainUnresolvedTokens', `ID components may not include unresolved tokens: ${tokens.join(',')}`);
  }
  if (path.length === 1) {
    const only = alphanumeric(path[0] ?? '');
    if (only.length <= MAX_ID_LENGTH) return only;
  }
  const human = withoutRepeats(path)
    .filter((c) => c !== HIDDEN_FROM_HUMAN_ID)
    .map(alphanumeric)
    .join('');
  return human.slice(0, MAX_HUMAN_LENGTH) + pathHash(path);
}

export interface UniqueResourceNameOptions {
  /** Default 256. */
  maxLength?: number;
  /** Joins the components (and ends the human part). Default ''. */
  separator?: string;
  prefix?: string;
  /** Characters kept besides A-Z, a-z and 0-9, as they go into a regular expression's `[...]`. */
  allowedSpecialCharacters?: string;
}

/**
 * A resource name unique to the construct at `components`: like `makeLogicalId`, but with a prefix,
 * a separator after each component, extra allowed characters, empty components skipped, and a
 * middle cut (keeping both ends) when the name would exceed `maxLength`.
 */
export function makeUniqueResourceName(components: readonly string[], options: UniqueResourceNameOptions = {}): string {
  const { maxLength = 256, separator = '', prefix = '', allowedSpecialCharacters } = options;
  const disallowed = new RegExp(allowedSpecialCharacters ? `[^A-Za-z0-9${allowedSpecialCharacters}]` : '[^A-Za-z0-9]', 'g');
  const clean = (c: string): string => c.replace(disallowed, '');

  const path = components.filter((c) => c !== HIDDEN_ID);
  if (path.length === 0) {
    // (sic: CDK's error name)
    throw cdkError('UnableToUnableCalculateUnique', 'Unable to calculate a unique resource name for an empty set of components');
  }
  if (path.length === 1) {
    const only = prefix + clean(path[0] ?? '');
    if (only.length <= maxLength) return only;
  }
  const human =
    prefix +
    withoutRepeats(path)
      .filter((c) => c !== HIDDEN_FROM_HUMAN_ID)
      .map(clean)
      .filter((c) => c !== '')
      .join(separator) +
    separator;
  const maxHuman = maxLength - HASH_LENGTH;
  if (human.length <= maxHuman) return human + pathHash(path);
  // Keep maxHuman/2 characters from each end; slice() truncates a half of an odd length towards
  // zero, and a half of 0 keeps the whole name (slice(-0) is slice(0)), as in CDK.
  const half = maxHuman / 2;
  return human.slice(0, half) + human.slice(-half) + pathHash(path);
}

function pathHash(path: readonly string[]): string {
  const joined = path.join('/');
  let hash = hashCache.get(joined);
  if (hash === undefined) {
    hash = md5(joined).slice(0, HASH_LENGTH).toUpperCase();
    // The same construct paths come back on every render of a design; bound the memory all the same.
    if (hashCache.size >= HASH_CACHE_SIZE) hashCache.clear();
    hashCache.set(joined, hash);
  }
  return hash;
}

const HASH_CACHE_SIZE = 20_000;
const hashCache = new Map<string, string>();

function alphanumeric(s: string): string {
  return s.replace(/[^A-Za-z0-9]/g, '');
}

/** Drops each component that the last kept one ends with (`['Bucket', 'Bucket']`, `['MyBucket', 'Bucket']`). */
function withoutRepeats(path: readonly string[]): string[] {
  const kept: string[] = [];
  for (const c of path) {
    const last = kept[kept.length - 1];
    if (last === undefined || !last.endsWith(c)) kept.push(c);
  }
  return kept;
}

function cdkError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}
