/**
 * Seeded, deterministic designs for the benchmark: `repositories` repositories with `rules`
 * lifecycle rules each, grants to a role of the stack, a resource policy
 * statement and an event rule per repository. Every design is valid (no error diagnostics) and
 * aws-cdk-lib synthesizes it to the model's template (the bench checks both before timing).
 */
import type { Design, LifecycleRule, Repository } from '../src/index.ts';

/** mulberry32: a tiny seeded PRNG, so the same size always gives the same design. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rules(count: number, random: () => number): LifecycleRule[] {
  const out: LifecycleRule[] = [];
  // Tagged rules with distinct prefixes (ECR wants unique prefixes), count and age alternating.
  const tagged = count > 1 ? count - 1 : count;
  for (let i = 0; i < tagged; i++) {
    const rule: LifecycleRule = { description: `Keep release line ${i} of service ${Math.floor(random() * 1000)}`, tagStatus: 'TAGGED' };
    if (i % 3 === 2) rule.tagPatternList = [`svc${i}-*-rc`];
    else rule.tagPrefixList = [`line${i}-`];
    if (i % 2 === 0) rule.maxImageCount = 1 + Math.floor(random() * 50);
    else rule.maxImageAgeDays = 1 + Math.floor(random() * 365);
    out.push(rule);
  }
  if (count > 1) out.push({ description: 'Untagged images', tagStatus: 'UNTAGGED', maxImageAgeDays: 7 });
  return out;
}

export function benchDesign(repositories: number, rulesPerRepository: number, seed = 1): Design {
  const random = prng(seed * 7919 + repositories * 131 + rulesPerRepository);
  const repos: Repository[] = [];
  for (let i = 0; i < repositories; i++) {
    repos.push({
      id: `Service${i}Repo`,
      repositoryName: `team-${i % 7}/service-${i}`,
      imageScanOnPush: random() < 0.5,
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: ['latest', `dev-${i}-*`],
      removalPolicy: i % 2 === 0 ? 'DESTROY' : 'RETAIN',
      ...(i % 2 === 0 ? { emptyOnDelete: true } : {}),
      lifecycleRules: rules(rulesPerRepository, random),
      tags: { team: `team-${i % 7}`, service: `service-${i}` },
      grants: [
        { method: 'grantPullPush', grantee: 'BuildRole' },
        { method: 'grantRead', grantee: 'BuildRole' },
      ],
      resourcePolicyStatements: [{ sid: `Org${i}`, actions: ['ecr:BatchGetImage'], principals: ['Org'] }],
      eventRules: [{ id: 'ScanCompleted', method: 'onImageScanCompleted', imageTags: ['latest'], targets: [{ type: 'SnsTopic', topic: 'Alerts' }] }],
    });
  }
  return {
    version: 1,
    stackName: 'BenchStack',
    description: 'ECR Designer benchmark design',
    principals: [
      { id: 'BuildRole', type: 'Role', assumedBy: { type: 'ServicePrincipal', service: 'codebuild.amazonaws.com' } },
      { id: 'Org', type: 'OrganizationPrincipal', organizationId: 'o-abcdefghij' },
    ],
    topics: [{ id: 'Alerts' }],
    repositories: repos,
    authorizationTokenGrants: [{ token: 'AuthorizationToken', grantee: 'BuildRole' }],
  };
}

export const SIZES: readonly { repositories: number; rules: number }[] = [1, 10, 50].flatMap((repositories) =>
  [1, 20, 100].map((r) => ({ repositories, rules: r })),
);
