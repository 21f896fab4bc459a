/**
 * Tag matching as ECR documents it (LifecyclePolicies.html, "Lifecycle policy evaluation rules"):
 *
 * - `tagPatternList`: each pattern matches a whole tag; `*` stands for any run of characters,
 *   the empty one included (`prod*` matches `prod`, `prod1` and `production-team1`). At most four
 *   `*` per pattern (validation enforces it; the matcher accepts any number).
 * - `tagPrefixList`: each prefix matches the tags that start with it. A `*` in a prefix is taken
 *   literally, so it never matches (image tags cannot contain `*`).
 * - Several entries in one list are AND: an image is selected when every entry matches at least
 *   one of its tags. Different entries may match different tags (`alpha` and `beta` select an image
 *   tagged `alpha-2` + `beta-2`), and one tag may satisfy several entries.
 * Matching is case-sensitive, as image tags are.
 */

/** Tests one tag. */
export type TagMatcher = (tag: string) => boolean;

/** A matcher for one `tagPatternList` entry, without regular expressions (hot path of the simulator). */
export function compilePattern(pattern: string): TagMatcher {
  const parts = pattern.split('*');
  if (parts.length === 1) return (tag) => tag === pattern;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const middle = parts.slice(1, -1).filter((p) => p !== '');
  const fixed = first.length + last.length;
  if (middle.length === 0) {
    if (last === '') return first === '' ? () => true : (tag) => tag.startsWith(first);
    if (first === '') return (tag) => tag.endsWith(last);
    return (tag) => tag.length >= fixed && tag.startsWith(first) && tag.endsWith(last);
  }
  return (tag) => {
    if (tag.length < fixed || !tag.startsWith(first) || !tag.endsWith(last)) return false;
    // Leftmost placement of each middle part is optimal for `*`-only globs.
    let at = first.length;
    const end = tag.length - last.length;
    for (const part of middle) {
      const found = tag.indexOf(part, at);
      if (found < 0 || found + part.length > end) return false;
      at = found + part.length;
    }
    return true;
  };
}

export function compilePrefix(prefix: string): TagMatcher {
  return (tag) => tag.startsWith(prefix);
}

/** True when an image with these tags satisfies every matcher (AND over the list). */
export function matchesAll(tags: readonly string[], matchers: readonly TagMatcher[]): boolean {
  for (const m of matchers) {
    let hit = false;
    for (const t of tags) {
      if (m(t)) {
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

/** A prefix as the equivalent pattern (`prod` is `prod*`); a literal `*` in it can never match. */
export function prefixAsPattern(prefix: string): string | undefined {
  return prefix.includes('*') ? undefined : prefix + '*';
}

/**
 * True when every tag `specific` matches is also matched by `general` (pattern language inclusion).
 * `general` is matched against the text of `specific`, where each `*` of `specific` can only be
 * absorbed by a `*` of `general` (tags never contain `*`, so no literal of `general` equals it).
 * Sound: a true answer is always right; the simulator only warns on true answers.
 */
export function patternIncludes(general: string, specific: string): boolean {
  return compilePattern(general)(specific);
}

/** True when the pattern matches every possible tag (it consists of `*` only). */
export function patternMatchesEverything(pattern: string): boolean {
  return pattern.length > 0 && /^\*+$/.test(pattern);
}
