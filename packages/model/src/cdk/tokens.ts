/**
 * Strings CDK mistakes for its own token markers. aws-cdk-lib encodes lazy values in strings as
 * `${Token[KEY]}` (strings), `#{Token[KEY]}` (lists) and `-1.<digits>e+289` (numbers), and
 * resolves every string of the template looking for them (core/lib/private/resolve.ts). A design
 * string that happens to contain such a marker makes `cdk synth` fail; these functions predict the
 * error, with CDK's code and message.
 */

const KEY = '[a-zA-Z0-9:._-]+';
const STRING_TOKEN = new RegExp(`\\$\\{Token\\[(${KEY})\\]\\}|(-1\\.\\d{10,16}e\\+289)`);
const LIST_TOKEN = new RegExp(`#\\{Token\\[(${KEY})\\]\\}`);
/** resolve.ts only looks for number tokens in strings at least this long. */
const MIN_NUMBER_TOKEN_LENGTH = 16;

export interface TokenError {
  code: 'UnrecognizedTokenKey' | 'EncodedListTokenInScalarContext' | 'CannotAddElementsListToken';
  message: string;
}

/** `Token.isUnresolved(s)` for a literal string. */
export function isUnresolvedString(s: string): boolean {
  return s.includes('Token[') && STRING_TOKEN.test(s);
}

function unrecognized(key: string): TokenError {
  return { code: 'UnrecognizedTokenKey', message: `Unrecognized token key: ${key}` };
}

/** The error resolving `s` in a scalar position throws, if any. */
export function scalarTokenError(s: string): TokenError | undefined {
  const hasBracket = s.includes('Token[');
  if (!hasBracket && !(s.length >= MIN_NUMBER_TOKEN_LENGTH && s.includes('e+289'))) return undefined;
  if (hasBracket && s.includes('#{Token[') && LIST_TOKEN.test(s)) {
    return {
      code: 'EncodedListTokenInScalarContext',
      message: "Found an encoded list token string in a scalar string context. Use 'Fn.select(0, list)' (not 'list[0]') to extract elements from token lists.",
    };
  }
  const m = STRING_TOKEN.exec(s);
  return m ? unrecognized((m[1] ?? m[2]) as string) : undefined;
}

/** The error resolving a list of strings throws, if any. */
export function listTokenError(list: readonly string[]): TokenError | undefined {
  if (list.some((x) => x.includes('#{Token[') && LIST_TOKEN.test(x))) {
    if (list.length !== 1) return { code: 'CannotAddElementsListToken', message: `Cannot add elements to list token, got: ${list.join(',')}` };
    return unrecognized((LIST_TOKEN.exec(list[0] as string) as RegExpExecArray)[1] as string);
  }
  for (const x of list) {
    const e = scalarTokenError(x);
    if (e) return e;
  }
  return undefined;
}
