import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OracleHarnessError, ORACLE_WORK_ROOT } from './harness.ts';
import { ecrStackSource, SPEC_3B2_KMS_KEY, SPEC_3B_ALL_OPTIONS } from './stack-sources.ts';
import { typecheckSources } from './typecheck.ts';

/** A `cdk init`-style bin file: `aws-cdk-lib/core` import, extensionless relative import of the stack module. */
function binSource(stackModule: string, stackId: string): string {
  return `#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib/core';
import { EcrStack } from '../lib/${stackModule}';

const app = new cdk.App();
new EcrStack(app, '${stackId}', {});
`;
}

describe('typecheckSources (root TypeScript 7 tsc against aws-cdk-lib 2.276.0)', () => {
  it('finds the errors of a wrong project and none in right ones, in one tsc run, leaving nothing behind', async () => {
    const files: Record<string, string> = {
      'case-1/bin/ecr-app.ts': binSource('ecr-app-stack', 'EcrAppStack'),
      'case-1/lib/ecr-app-stack.ts': ecrStackSource(SPEC_3B_ALL_OPTIONS),
      'case-2/bin/ecr-app.ts': binSource('ecr-app-stack', 'EcrAppStack'),
      'case-2/lib/ecr-app-stack.ts': ecrStackSource(SPEC_3B2_KMS_KEY),
      // Wrong: a string for a boolean prop, and a typo'd enum member.
      'case-3/bin/ecr-app.ts': binSource('ecr-app-stack', 'EcrAppStack'),
      'case-3/lib/ecr-app-stack.ts': ecrStackSource(
        `new ecr.Repository(this, 'Repo', { imageScanOnPush: 'yes', imageTagMutability: ecr.TagMutability.IMUTABLE });`,
      ),
      // Wrong in the bin file: a StackProps key that does not exist.
      'case-4/bin/ecr-app.ts': binSource('ecr-app-stack', 'EcrAppStack').replace('{}', '{ stackname: "x" }'),
      'case-4/lib/ecr-app-stack.ts': ecrStackSource(`new ecr.Repository(this, 'Repo');`),
      // Wrong with a multi-line message chain.
      'case-5/lib/ecr-app-stack.ts': ecrStackSource(`const onEvent: (repo: ecr.IRepository) => void = (repo: ecr.Repository) => repo.addLifecycleRule({ maxImageCount: 1 });\nonEvent(new ecr.Repository(this, 'Repo'));`),
    };
    const workRoot = mkdtempSync(join(ORACLE_WORK_ROOT, '.tmp-leakcheck-'));
    try {
      const started = performance.now();
      const result = await typecheckSources(files, { workRoot });
      const nFiles = Object.keys(files).length;
      console.log(`[oracle] typecheck of ${nFiles} files (one tsc run): ${Math.round(performance.now() - started)} ms`);

      expect(new Set(result.keys())).toEqual(new Set(Object.keys(files)));
      for (const file of ['case-1/bin/ecr-app.ts', 'case-1/lib/ecr-app-stack.ts', 'case-2/bin/ecr-app.ts', 'case-2/lib/ecr-app-stack.ts']) {
        expect(result.get(file), file).toEqual([]);
      }
      expect(result.get('case-3/bin/ecr-app.ts')).toEqual([]);
      expect(result.get('case-3/lib/ecr-app-stack.ts')).toEqual([
        "9:40 TS2322: Type 'string' is not assignable to type 'boolean | undefined'.",
        "9:102 TS2551: Property 'IMUTABLE' does not exist on type 'typeof TagMutability'. Did you mean 'MUTABLE'?",
      ]);
      expect(result.get('case-4/bin/ecr-app.ts')).toEqual([
        "6:36 TS2561: Object literal may only specify known properties, but 'stackname' does not exist in type 'StackProps'. Did you mean to write 'stackName'?",
      ]);
      expect(result.get('case-5/lib/ecr-app-stack.ts')).toEqual([
        "9:11 TS2322: Type '(repo: ecr.Repository) => void' is not assignable to type '(repo: IRepository) => void'.\n" +
          "  Types of parameters 'repo' and 'repo' are incompatible.\n" +
          "    Type 'IRepository' is missing the following properties from type 'Repository': lifecycleRules, _policyDocument, _resource, addLifecycleRule, and 21 more.",
      ]);
      expect(readdirSync(workRoot)).toEqual([]);
    } finally {
      rmSync(workRoot, { recursive: true, force: true });
    }
  });

  it('refuses paths outside the temp project', async () => {
    await expect(typecheckSources({ '../escape.ts': 'export {};' })).rejects.toThrow(OracleHarnessError);
  });
});
