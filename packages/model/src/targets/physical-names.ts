/**
 * Physical names CloudFormation generates when the design sets none, and which the Terraform and
 * AWS CLI targets must choose up front: where each lives in the design (for the warning) and the
 * name the targets derive (`derivedName`: stack name and logical ID).
 */
import type { Design } from '../design.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { formatPath } from '../diagnostics.ts';
import { planAccess } from '../access/plan.ts';
import { repositoryLogicalId } from '../cfn/template.ts';
import { derivedName } from './cfn-refs.ts';

export type NamedKind = 'repository' | 'user' | 'role' | 'topic' | 'rule';

export interface UnnamedResource {
  kind: NamedKind;
  logicalId: string;
  /** The design field that would name it. */
  path: string;
  name: string;
}

const LIMITS: Record<NamedKind, { lowerCase: boolean; max: number; field: string; what: string }> = {
  repository: { lowerCase: true, max: 256, field: 'repositoryName', what: 'repository' },
  user: { lowerCase: false, max: 64, field: 'userName', what: 'user' },
  role: { lowerCase: false, max: 64, field: 'roleName', what: 'role' },
  topic: { lowerCase: false, max: 256, field: 'topicName', what: 'topic' },
  rule: { lowerCase: false, max: 64, field: 'ruleName', what: 'event rule' },
};

/** The resources of `kinds` the design leaves unnamed (an empty repository name counts as unnamed: CDK leaves it out). */
export function unnamedResources(design: Design, kinds: readonly NamedKind[]): UnnamedResource[] {
  const out: UnnamedResource[] = [];
  const add = (kind: NamedKind, logicalId: string, path: (string | number)[]) => {
    if (!kinds.includes(kind)) return;
    const limits = LIMITS[kind];
    out.push({ kind, logicalId, path: formatPath([...path, limits.field]), name: derivedName(design.stackName, logicalId, limits) });
  };
  const plan = planAccess(design);
  for (const identity of plan.identities) {
    const p = identity.principal;
    if (p.type === 'User' && p.userName === undefined) add('user', identity.logicalId, ['principals', identity.index]);
    if (p.type === 'Role' && p.roleName === undefined) add('role', identity.logicalId, ['principals', identity.index]);
  }
  for (const t of plan.topics) if (t.topic.topicName === undefined) add('topic', t.logicalId, ['topics', t.index]);
  design.repositories.forEach((repo, i) => {
    if (repo.repositoryName === undefined || repo.repositoryName === '') add('repository', repositoryLogicalId(repo), ['repositories', i]);
    for (const rule of plan.repositories[i]?.rules ?? []) {
      if (rule.rule.ruleName === undefined) add('rule', rule.logicalId, ['repositories', i, 'eventRules', rule.index]);
    }
  });
  return out;
}

/** One warning per derived name, at the design field that would set it. */
export function derivedNameDiagnostics(unnamed: readonly UnnamedResource[], target: string, file: string): Diagnostic[] {
  return unnamed.map((u) => ({
    path: u.path,
    severity: 'warning' as const,
    code: `${target}DerivedName`,
    message: `${target === 'Terraform' ? 'Terraform' : 'The AWS CLI'} needs a ${LIMITS[u.kind].what} name where CloudFormation generates one: ${file} uses '${u.name}' (from the stack name and logical ID). Set ${LIMITS[u.kind].field} to choose it.`,
    source: 'designer' as const,
  }));
}
