import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, compilePrefix, matchesAll, patternIncludes, prefixAsPattern } from './match.ts';

/** The obvious implementation: a regular expression. */
function regexMatch(pattern: string, tag: string): boolean {
  return new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$').test(tag);
}

const chars = fc.constantFrom('a', 'b', '-', '.', '1');
const tag = fc.string({ unit: chars, maxLength: 8 });
const pattern = fc.string({ unit: fc.constantFrom('a', 'b', '-', '.', '1', '*'), maxLength: 8 });

describe('tag patterns', () => {
  it('match whole tags, * standing for any run of characters (the empty one included)', () => {
    expect(compilePattern('prod*')('prod')).toBe(true);
    expect(compilePattern('prod*')('production-team1')).toBe(true);
    expect(compilePattern('prod*')('my-prod')).toBe(false);
    expect(compilePattern('*prod*')('repo-production')).toBe(true);
    expect(compilePattern('v*.*')('v1.2')).toBe(true);
    expect(compilePattern('v*.*')('v12')).toBe(false);
    expect(compilePattern('*test*1*2*3')('xtest-1-2-3')).toBe(true);
    expect(compilePattern('a*a')('a')).toBe(false);
    expect(compilePattern('latest')('latest')).toBe(true);
    expect(compilePattern('latest')('Latest')).toBe(false);
    expect(compilePattern('beta-?')('beta-1')).toBe(false);
  });

  it('agree with a regular-expression implementation', () => {
    fc.assert(
      fc.property(pattern, tag, (p, t) => {
        expect(compilePattern(p)(t)).toBe(regexMatch(p, t));
      }),
      { numRuns: 3000 },
    );
  });

  it('prefixes match tags starting with them; a literal * never matches', () => {
    expect(compilePrefix('prod')('prod-1')).toBe(true);
    expect(compilePrefix('prod')('pro')).toBe(false);
    expect(compilePrefix('prod*')('prod-1')).toBe(false);
    expect(prefixAsPattern('prod')).toBe('prod*');
    expect(prefixAsPattern('pr*d')).toBeUndefined();
  });

  it('a list is AND over entries, each entry matching any tag (possibly the same one)', () => {
    const list = [compilePrefix('alpha'), compilePrefix('beta')];
    expect(matchesAll(['alpha-2', 'beta-2'], list)).toBe(true);
    expect(matchesAll(['alpha-1'], list)).toBe(false);
    expect(matchesAll(['prod-1x'], [compilePrefix('prod'), compilePrefix('prod-1')])).toBe(true);
    expect(matchesAll([], [])).toBe(true);
  });
});

/** Unrelated pairs, and pairs where the general pattern is the specific one with some characters made wildcards. */
const pairs = fc.oneof(
  fc.tuple(pattern, pattern),
  fc.tuple(pattern, fc.array(fc.boolean(), { maxLength: 8 })).map(([s, mask]) => [s.split('').map((c, i) => (mask[i] ? '*' : c)).join(''), s] as [string, string]),
);

describe('pattern inclusion', () => {
  it('is sound: when it says a pattern includes another, every tag of the second matches the first', () => {
    fc.assert(
      fc.property(pairs, fc.array(tag, { maxLength: 5 }), ([general, specific], fills) => {
        fc.pre(patternIncludes(general, specific));
        // Instantiate the specific pattern's wildcards with arbitrary strings.
        let k = 0;
        const instance = specific.split('*').reduce((acc, part, i) => (i === 0 ? part : acc + (fills[k++ % Math.max(1, fills.length)] ?? '') + part), '');
        expect(compilePattern(specific)(instance)).toBe(true);
        expect(compilePattern(general)(instance)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('recognises the usual cases', () => {
    expect(patternIncludes('prod*', 'prod-*')).toBe(true);
    expect(patternIncludes('prod-*', 'prod*')).toBe(false);
    expect(patternIncludes('*', 'anything*')).toBe(true);
    expect(patternIncludes('*-rc*', 'v*-rc1')).toBe(true);
    expect(patternIncludes('latest', 'latest')).toBe(true);
    expect(patternIncludes('l*', 'latest')).toBe(true);
  });
});
