import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CdkCliError, cdkCliSynth, withoutBootstrapVersionRule } from './cli-synth.ts';
import { ORACLE_WORK_ROOT } from './harness.ts';
import { ecrStackSource } from './stack-sources.ts';
import { synthesizeStack } from './synth.ts';

/** A stack using most of what the designer renders, plus an asset (the deprecated autoDeleteImages provider). */
const STACK_SOURCE = `import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';

export class EcrAppStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const repo = new ecr.Repository(this, 'Repo', {
      repositoryName: 'team-a/my-app',
      imageScanOnPush: true,
      imageTagMutability: ecr.TagMutability.IMMUTABLE_WITH_EXCLUSION,
      imageTagMutabilityExclusionFilters: [ecr.ImageTagMutabilityExclusionFilter.wildcard('dev-*')],
      encryptionKey: new kms.Key(this, 'Key'),
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      emptyOnDelete: true,
      lifecycleRules: [
        { description: 'Keep 10 prod', tagPrefixList: ['prod', 'release'], maxImageCount: 10 },
        { rulePriority: 5, tagStatus: ecr.TagStatus.UNTAGGED, maxImageAge: cdk.Duration.days(14) },
        { maxImageCount: 100 },
      ],
    });
    repo.onImageScanCompleted('ScanCompleted', { target: new targets.SnsTopic(new sns.Topic(this, 'Topic')), imageTags: ['latest'] });
    repo.grantPullPush(new iam.Role(this, 'CiRole', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com') }));
    new ecr.Repository(this, 'Scratch', { removalPolicy: cdk.RemovalPolicy.DESTROY, autoDeleteImages: true });
    new cdk.CfnOutput(this, 'RepositoryUri', { value: repo.repositoryUri });
  }
}
`;

/** The bin file exactly as \`cdk init\` shapes it (no synthesizer props: the CLI output has the bootstrap version rule). */
const BIN_SOURCE = `#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib/core';
import { EcrAppStack } from '../lib/ecr-app-stack';

const app = new cdk.App();
new EcrAppStack(app, 'EcrAppStack', {});
`;

describe('cdkCliSynth (the real `cdk synth` of a cdk init style project)', () => {
  it('produces the same template as the in-process oracle for the same source', () => {
    const workRoot = mkdtempSync(join(ORACLE_WORK_ROOT, '.tmp-leakcheck-'));
    try {
      const cli = cdkCliSynth({ files: { 'bin/ecr-app.ts': BIN_SOURCE, 'lib/ecr-app-stack.ts': STACK_SOURCE }, stackId: 'EcrAppStack' }, { workRoot });
      console.log(`[oracle] one CLI synth (cdk synth --no-validation, tsx app): ${Math.round(cli.ms)} ms`);
      expect(readdirSync(workRoot)).toEqual([]);

      const inProcess = synthesizeStack({ stackSource: STACK_SOURCE, stackClassName: 'EcrAppStack', stackId: 'EcrAppStack' });
      if (!inProcess.ok) throw new Error(`${inProcess.error.name}: ${inProcess.error.message}`);

      // The init-style bin keeps DefaultStackSynthesizer's bootstrap version rule; it is the only difference ...
      expect(cli.json).toHaveProperty(['Parameters', 'BootstrapVersion']);
      expect(cli.json).toHaveProperty(['Rules', 'CheckBootstrapVersion']);
      const cliTemplate = withoutBootstrapVersionRule(cli.json);
      expect(cliTemplate).toEqual(inProcess.template);
      // ... down to key order and formatting.
      expect(JSON.stringify(cliTemplate, undefined, 1)).toBe(inProcess.templateText);
      // Asset metadata is on in both (CLI default): the auto-delete provider's Lambda carries it.
      expect(inProcess.templateText).toContain('"aws:asset:property": "Code"');
      expect(inProcess.templateText).not.toContain('aws:cdk:path');
      expect(inProcess.templateText).not.toContain('AWS::CDK::Metadata');

      // stdout is YAML of the same template, minus Rules.CheckBootstrapVersion (the CLI hides it when printing).
      const { Rules: _rules, ...withoutRules } = cli.json;
      expect(parse(cli.yaml)).toEqual(withoutRules);
    } finally {
      rmSync(workRoot, { recursive: true, force: true });
    }
  });

  it('with validation, the CLI fails on the CloudFormation rules the in-process oracle reports', () => {
    const body = `new ecr.Repository(this, 'Repo', { repositoryName: '' });`;
    const files = { 'bin/ecr-app.ts': BIN_SOURCE.replaceAll('EcrAppStack', 'EcrStack'), 'lib/ecr-app-stack.ts': ecrStackSource(body) };
    const inProcess = synthesizeStack({ stackSource: ecrStackSource(body), stackClassName: 'EcrStack', stackId: 'EcrStack', validate: true });
    expect(inProcess.ok ? [] : (inProcess.error.violations ?? []).map((v) => v.ruleId)).toEqual([
      'CloudFormation-Validate::F3031',
      'CloudFormation-Validate::F3033',
    ]);

    const started = performance.now();
    let failure: unknown;
    try {
      cdkCliSynth({ files, stackId: 'EcrStack', validate: true });
    } catch (e) {
      failure = e;
    }
    console.log(`[oracle] one failing CLI synth with validation: ${Math.round(performance.now() - started)} ms`);
    expect(failure).toBeInstanceOf(CdkCliError);
    const stderr = failure instanceof CdkCliError ? failure.stderr : '';
    expect(stderr).toContain("Acknowledge with 'CloudFormation-Validate::F3031'");
    expect(stderr).toContain("Acknowledge with 'CloudFormation-Validate::F3033'");
    expect(stderr).toContain('RepositoryName: length 0 is below minimum 2');
  });
});
