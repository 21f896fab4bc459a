// packages/model must run in the browser: no DOM, React, MUI, zustand or Monaco, and no Node built-ins.
// The lint rule checks each import; this test checks the whole import graph of the public entry point.
// Its one runtime dependency is `yaml` (reading imported YAML), in its browser build.
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('packages/model purity', () => {
  it('bundles for a neutral platform with no external module at all', () => {
    const result = buildSync({
      entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
      bundle: true,
      platform: 'neutral',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const dependencies = inputs.filter((p) => p.includes('node_modules'));
    expect(dependencies.filter((p) => !/node_modules\/yaml\/browser\//.test(p))).toEqual([]);
    expect(dependencies.length).toBeGreaterThan(0); // (the import reader uses it)
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports).toEqual([]);
  });

  it('has yaml as its only runtime dependency', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['yaml']);
  });
});
