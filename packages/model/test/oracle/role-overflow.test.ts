// @vitest-environment node
/**
 * A Role's DefaultPolicy that outgrows CDK's inline limit is split into OverflowPolicy managed
 * policies by aws-iam (`Role.splitLargePolicy`), which the model does not render: it must flag
 * exactly the designs CDK splits, and render the others as CDK does.
 */
import { describe, expect, it } from 'vitest';
import { checkDesign, type Design } from '../../src/index.ts';
import { compareWithCdk } from './differential.ts';

function manyRepositories(n: number): Design {
  return {
    version: 1,
    stackName: 'EcrStack',
    principals: [{ id: 'Role', type: 'Role', assumedBy: { type: 'ServicePrincipal', service: 'codebuild' } }],
    repositories: Array.from({ length: n }, (_, i) => ({
      id: `R${i}`,
      grants: [
        { method: 'grantPullPush' as const, grantee: 'Role' },
        { method: 'grantRead' as const, grantee: 'Role' },
      ],
    })),
    authorizationTokenGrants: [{ token: 'PublicGalleryAuthorizationToken', grantee: 'Role' }],
  };
}

const flagged = (d: Design) => checkDesign(d).diagnostics.some((x) => x.code === 'RolePolicyTooLarge');

describe('a role granted on many repositories', () => {
  it('is flagged exactly from the size at which CDK moves statements to managed policies', () => {
    let n = 1;
    while (!flagged(manyRepositories(n)) && n < 200) n++;
    expect(n).toBeLessThan(200);
    const below = compareWithCdk(manyRepositories(n - 1));
    expect(below.problems).toEqual([]);
    expect(JSON.stringify(below.synth.ok && below.synth.template)).not.toContain('AWS::IAM::ManagedPolicy');
    const at = compareWithCdk(manyRepositories(n)).synth;
    expect(at.ok && JSON.stringify(at.template)).toContain('OverflowPolicy1');
  });
});
