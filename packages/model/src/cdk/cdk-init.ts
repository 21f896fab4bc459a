/**
 * What a fresh `cdk init app --language typescript` project contains, for the CLI and library
 * versions the model mirrors. The JSON files are written by test/oracle/update-feature-flags.mjs
 * from the real `cdk init`, and a test fails when they drift.
 */
import context from './cdk-init/cdk-init-context.json' with { type: 'json' };
import tsconfig from './cdk-init/cdk-init-tsconfig.json' with { type: 'json' };

/** The feature flags (cdk.json "context") of a new CDK app; the oracle synthesizes with them. */
export const CDK_INIT_CONTEXT: Readonly<Record<string, unknown>> = context;
export const CDK_INIT_TSCONFIG: Readonly<Record<string, unknown>> = tsconfig;

export const AWS_CDK_LIB_VERSION = '2.276.0';
export const CONSTRUCTS_VERSION = '10.8.1';
export const CDK_CLI_VERSION = '2.1148.1';
