import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CDK_INIT_CDK_JSON, CDK_INIT_CONTEXT, CDK_INIT_TSCONFIG } from './feature-flags.ts';

const here = dirname(fileURLToPath(import.meta.url));
const committed = join(here, '../../src/cdk/cdk-init');
const GENERATED = ['cdk-init-cdk.json', 'cdk-init-context.json', 'cdk-init-tsconfig.json'];

describe('cdk init feature flags', () => {
  it('the committed files are what `cdk init app --language typescript` of the pinned CLI writes today', () => {
    const out = mkdtempSync(join(tmpdir(), 'ecr-oracle-flags-test-'));
    try {
      const started = performance.now();
      execFileSync(process.execPath, [join(here, 'update-feature-flags.mjs'), '--out-dir', out], { stdio: 'pipe' });
      console.log(`[oracle] cdk init --generate-only + extraction: ${Math.round(performance.now() - started)} ms`);
      expect(new Set(readdirSync(out))).toEqual(new Set(GENERATED));
      for (const name of GENERATED) {
        // If this fails after a CLI upgrade: run `node packages/model/test/oracle/update-feature-flags.mjs`, review the
        // diff of the JSON files and commit it together with the upgrade.
        expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(committed, name), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('exports the generated objects; cdk.json re-serializes byte for byte', () => {
    expect(`${JSON.stringify(CDK_INIT_CDK_JSON, null, 2)}\n`).toBe(readFileSync(join(committed, 'cdk-init-cdk.json'), 'utf8'));
    expect(CDK_INIT_CDK_JSON.context).toEqual(CDK_INIT_CONTEXT);
    expect(CDK_INIT_CDK_JSON.app).toBe('npx tsc && npx tsx bin/ecr-app.ts');
    // The flags the oracle relies on (see ecr-spec.md §0 and §3.0).
    expect(CDK_INIT_CONTEXT['@aws-cdk/core:validateAgainstDefaultRules']).toBe(true);
    expect(CDK_INIT_CONTEXT['@aws-cdk/core:annotationsInValidationReport']).toBe(true);
    expect(CDK_INIT_CONTEXT['@aws-cdk/aws-iam:minimizePolicies']).toBe(true);
    expect(Object.keys(CDK_INIT_CONTEXT).length).toBeGreaterThan(80);
    expect(CDK_INIT_TSCONFIG.compilerOptions).toMatchObject({ module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true });
  });
});
