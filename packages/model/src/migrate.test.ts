import { describe, expect, it } from 'vitest';
import { DESIGN_FORMAT_VERSION, checkDesignValue, createMigrator, designMigrations, migrateDesign, parseDesignText, type DesignMigration } from './index.ts';

// A made-up history for the mechanics (the real registry is empty: version 1 is the first format).
// v1 -> v2 renamed the top-level "stack" to "stackName"; v2 -> v3 made "repositories" required.
const history: DesignMigration[] = [
  {
    from: 1,
    description: 'stack -> stackName',
    up: ({ stack, ...rest }) => (stack === undefined ? rest : { ...rest, stackName: stack }),
  },
  {
    from: 2,
    description: 'repositories required',
    up: (doc) => ({ repositories: [], ...doc }),
  },
];
const toV3 = createMigrator(history, 3);

describe('design migrations', () => {
  it('the real registry is consistent and leads to the current version', () => {
    expect(() => createMigrator(designMigrations, DESIGN_FORMAT_VERSION)).not.toThrow();
    expect(DESIGN_FORMAT_VERSION).toBe(1);
    expect(designMigrations).toEqual([]);
  });

  it('passes a current design through unchanged (the same object)', () => {
    const design = { version: 1, stackName: 'S', repositories: [] };
    expect(migrateDesign(design)).toEqual({ ok: true, value: design, applied: [] });
    expect((migrateDesign(design) as { value: unknown }).value).toBe(design);
  });

  it('chains every migration from the document version up, setting the version', () => {
    const v1 = { version: 1, stack: 'Shop' };
    expect(toV3(v1)).toEqual({ ok: true, value: { version: 3, repositories: [], stackName: 'Shop' }, applied: ['stack -> stackName', 'repositories required'] });
    expect(toV3({ version: 2, stackName: 'S' })).toEqual({ ok: true, value: { version: 3, repositories: [], stackName: 'S' }, applied: ['repositories required'] });
  });

  it('never modifies its input', () => {
    const v1 = { version: 1, stack: 'Shop', repositories: [{ id: 'R' }] };
    const copy = structuredClone(v1);
    toV3(v1);
    expect(v1).toEqual(copy);
  });

  it('keeps keys such as __proto__ as data through a migration', () => {
    const v1 = JSON.parse('{"version": 1, "stack": "S", "__proto__": {"polluted": true}}') as Record<string, unknown>;
    const out = toV3(v1);
    expect(out.ok && Object.prototype.hasOwnProperty.call(out.value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(out.ok ? out.value : null)).toBe(Object.prototype);
  });

  it('refuses a version from the future, and one older than any migration, with UnsupportedVersion', () => {
    const future = toV3({ version: 4 });
    expect(future.ok ? undefined : future.diagnostic).toMatchObject({ path: 'version', code: 'UnsupportedVersion' });
    expect(future.ok ? '' : future.diagnostic.message).toBe(
      'This design uses format version 4; this version of ECR Designer reads up to version 3. Update ECR Designer to open it.',
    );
    const gap = createMigrator([history[1] as DesignMigration], 3)({ version: 1 });
    expect(gap.ok ? '' : gap.diagnostic.message).toBe('This design uses format version 1, which this version of ECR Designer cannot read (the oldest it reads is 2).');
  });

  it('leaves what is not a versioned object to the schema check', () => {
    for (const v of [null, [], 'x', {}, { version: '1' }, { version: 1.5 }, { version: -3 }]) {
      expect(toV3(v), JSON.stringify(v)).toEqual({ ok: true, value: v, applied: [] });
    }
  });

  it('rejects an inconsistent registry at once', () => {
    expect(() => createMigrator([...history, { from: 2, description: 'again', up: (d) => d }], 3)).toThrow('two migrations from version 2');
    expect(() => createMigrator([{ from: 3, description: 'beyond', up: (d) => d }], 3)).toThrow('does not lead to version 3');
  });

  it('runs on every path that reads a design: text and saved state', () => {
    for (const check of [(v: unknown) => parseDesignText(JSON.stringify(v)), checkDesignValue]) {
      expect(check({ version: 2, stackName: 'S', repositories: [] }).diagnostics.map((d) => d.code)).toEqual(['UnsupportedVersion']);
      expect(check({ version: 1, stackName: 'S', repositories: [] }).design).toBeDefined();
    }
  });
});
