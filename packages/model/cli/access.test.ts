import { describe, expect, it } from 'vitest';
import { renderTemplate, type Design } from '../src/index.ts';
import { accessCorpus } from '../test/corpus-access.ts';
import { runCli, tempFolder } from './test-harness.ts';

const { file } = tempFolder('designer-cli-access-');
const run = (...args: string[]) => runCli(args);

const withAccess = accessCorpus.find((c) => c.name.startsWith('imported topic, queue and functions'))?.design as Design;
const refused = accessCorpus.find((c) => c.name === 'statement without principals')?.design as Design;

describe('designer with principals, grants, statements, topics and rules', () => {
  it('renders every target of a design with access and events', async () => {
    const path = file('access.json', JSON.stringify(withAccess));
    const json = await run('render', '--target', 'cfn-json', path);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(renderTemplate(withAccess));
    const yaml = await run('render', '--target', 'cfn-yaml', path);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toContain('AWS::Lambda::Permission');
    const ts = await run('render', '--target', 'cdk-ts', path);
    expect(ts.code).toBe(0);
    expect(ts.stdout).toContain("lambda.Function.fromFunctionAttributes(this, 'Local'");
    expect(ts.stdout).toContain(".state = 'DISABLED';");
    // CDK's own warnings and the delivery warnings reach stderr, the output stays clean.
    expect(json.stderr).toContain('@aws-cdk/aws-events:ruleUnresolvedEnvironment (warning)');
    expect(json.stderr).toContain('TargetPolicyNotManaged (warning)');
  });

  it('refuses a statement without principals with the CDK error at its path', async () => {
    const path = file('refused.json', JSON.stringify(refused));
    const r = await run('validate', path);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('repositories[0].resourcePolicyStatements: ValidationFailedWithErrors: Validation failed with the following errors:   [EcrStack/Repo] A PolicyStatement used in a resource-based policy must specify at least one IAM principal.');
  });
});
