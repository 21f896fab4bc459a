import { createRequire } from 'node:module';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type UniqueResourceNameOptions, makeLogicalId, makeUniqueResourceName } from './logical-id.ts';

// aws-cdk-lib's exports map hides core/lib/private, so load the files by path.
const require = createRequire(import.meta.url);
const privateDir = new URL('../../node_modules/aws-cdk-lib/core/lib/private/', import.meta.url);
const cdk = {
  ...(require(new URL('uniqueid.js', privateDir).pathname) as { makeUniqueId(components: string[]): string }),
  ...(require(new URL('unique-resource-name.js', privateDir).pathname) as {
    makeUniqueResourceName(components: string[], options: UniqueResourceNameOptions): string;
  }),
};

/** The result, or the thrown error's name and message. */
function outcome(f: () => string): string | { error: string } {
  try {
    return f();
  } catch (e) {
    return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

const component = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Default', 'Resource', 'Repo', 'Bucket', 'MyBucket', 'Policy', 'DefaultPolicy', 'Key', 'Alias', 'a', 'A', '', 'Res', 'ource') },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'B', '7', '-', '_', '.', ' ', '/', ':', 'é', '日', '😀', '$', '{', '}'), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => 'Long'.repeat(n).slice(0, n)) },
  { weight: 1, arbitrary: fc.constantFrom('${Token[TOKEN.12]}', 'x${Token[Foo.Bar:baz-1]}y', 'Token[', '-1.8881545897087626e+289', 'Token[-1.8881545897087626e+289') },
);

/** Component lists with frequent repeats, so the "ends with the previous component" rule is exercised. */
const components = fc
  .array(component, { maxLength: 6 })
  .chain((cs) => fc.array(fc.nat(Math.max(0, cs.length - 1)), { maxLength: 2 }).map((dups) => [...cs, ...dups.map((i) => cs[i] ?? '')]));

describe('makeLogicalId', () => {
  test.each([
    [['Repo', 'Resource'], 'Repo02AC86CF'],
    [['Repo', 'ScanNoTarget', 'Resource'], 'RepoScanNoTargetD3D73148'],
    [['User', 'DefaultPolicy', 'Resource'], 'UserDefaultPolicy1F97781E'],
  ])('%j -> %s', (path, id) => {
    expect(makeLogicalId(path)).toBe(id);
    expect(cdk.makeUniqueId(path)).toBe(id);
  });

  test.each([
    [['Default']],
    [[]],
    [['My-Bucket!']],
    [['Resource']],
    [['Bucket', 'Default', 'Resource']],
    [['MyBucket', 'Bucket', 'Resource']],
    [['A', 'A', 'A']],
    [['Ré', 'sour😀ce']],
    [['x'.repeat(255)]],
    [['x'.repeat(256)]],
    [['x'.repeat(300), 'Resource']],
    [['${Token[X.1]}', 'a']],
  ])('%j like CDK', (path) => {
    expect(outcome(() => makeLogicalId(path))).toEqual(outcome(() => cdk.makeUniqueId(path)));
  });

  test('equals aws-cdk-lib makeUniqueId for random paths (10,000 runs)', () => {
    fc.assert(
      fc.property(components, (path) => {
        expect(outcome(() => makeLogicalId(path))).toEqual(outcome(() => cdk.makeUniqueId([...path])));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('makeUniqueResourceName', () => {
  const options: fc.Arbitrary<UniqueResourceNameOptions> = fc.record(
    {
      maxLength: fc.integer({ min: 0, max: 300 }),
      separator: fc.constantFrom('', '-', '_', '.', '/'),
      prefix: fc.constantFrom('', 'p-', 'Prefix'),
      allowedSpecialCharacters: fc.constantFrom('', '-', '_-', '.-_', '/'),
    },
    { requiredKeys: [] },
  );

  test('examples like CDK', () => {
    for (const [path, opts] of [
      [['Stack', 'Repo', 'Resource'], {}],
      [['Repo'], { prefix: 'p-' }],
      [['Stack', 'My-Repo', 'Resource'], { separator: '-', allowedSpecialCharacters: '-', maxLength: 20 }],
      [['S', 'x'.repeat(50)], { maxLength: 8 }],
      [['S', 'x'.repeat(50)], { maxLength: 17 }],
      [['Default'], {}],
    ] as [string[], UniqueResourceNameOptions][]) {
      expect(outcome(() => makeUniqueResourceName(path, opts))).toEqual(outcome(() => cdk.makeUniqueResourceName([...path], opts)));
    }
  });

  test('equals aws-cdk-lib makeUniqueResourceName for random paths and options (10,000 runs)', () => {
    fc.assert(
      fc.property(components, options, (path, opts) => {
        expect(outcome(() => makeUniqueResourceName(path, opts))).toEqual(outcome(() => cdk.makeUniqueResourceName([...path], { ...opts })));
      }),
      { numRuns: 10_000 },
    );
  });
});
