/**
 * Pure edit functions for access and events: the stack's principals, topics, imports and
 * authorization token grants, and each repository's grants, policy statements and event rules.
 *
 * References are by id (a grant's `grantee`, a statement's `principals`, a target's `topic`,
 * `queue` or `handler`). Renaming a principal, topic or import rewrites every reference that
 * resolves to it (resolution as the plan does it: the first definition of an id wins, a created
 * topic before an imported one), so the rendered stack stays the same modulo the name. Removing one
 * leaves its references in place: they become "no principal/target with id ..." diagnostics at
 * each reference, and `referencesTo` lists them so the editor can say so before removing.
 */
import type {
  AuthorizationTokenGrant,
  Design,
  EventRule,
  EventTarget,
  Grant,
  ImportedResource,
  PolicyStatement,
  Principal,
  Repository,
  Topic,
} from '../design.ts';
import { type Path, formatPath } from '../diagnostics.ts';
import { type Patch, uniqueId } from '../edit.ts';

export type PrincipalType = Principal['type'];
export type ImportType = ImportedResource['type'];
export type EventRuleMethod = EventRule['method'];
export type EventTargetType = EventTarget['type'];

/** The ids of the things a design can refer to, by namespace. */
export type ReferenceKind = 'principal' | 'topic' | 'import';

function setList<K extends 'principals' | 'topics' | 'imports' | 'authorizationTokenGrants'>(design: Design, key: K, list: NonNullable<Design[K]>): Design {
  const out = { ...design } as Design;
  if (list.length === 0) delete out[key];
  else out[key] = list;
  return out;
}

function setRepoList<K extends 'grants' | 'resourcePolicyStatements' | 'eventRules'>(
  design: Design,
  repoIndex: number,
  key: K,
  edit: (list: NonNullable<Repository[K]>) => NonNullable<Repository[K]>,
): Design {
  return {
    ...design,
    repositories: design.repositories.map((r, i) => {
      if (i !== repoIndex) return r;
      const list = edit((r[key] ?? []) as NonNullable<Repository[K]>);
      const out = { ...r };
      if (list.length === 0) delete out[key];
      else out[key] = list;
      return out;
    }),
  };
}

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((x, i) => (i === index ? value : x));
}

function withoutIndex<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

function patched<T extends object>(value: T, patch: Patch<T>): T {
  const out = { ...value } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

// ---------------------------------------------------------------------------------------------
// Principals

/** A new principal of `type` with an unused id and placeholder values to edit. */
export function newPrincipal(type: PrincipalType, takenIds: Iterable<string>): Principal {
  const id = uniqueId(PRINCIPAL_ID_BASE[type], takenIds);
  switch (type) {
    case 'User':
      return { id, type };
    case 'Role':
      return { id, type, assumedBy: { type: 'ServicePrincipal', service: 'codebuild.amazonaws.com' } };
    case 'AccountPrincipal':
      return { id, type, accountId: '' };
    case 'ArnPrincipal':
      return { id, type, arn: '' };
    case 'ServicePrincipal':
      return { id, type, service: '' };
    case 'OrganizationPrincipal':
      return { id, type, organizationId: '' };
    case 'AnyPrincipal':
      return { id, type };
  }
}

const PRINCIPAL_ID_BASE: Record<PrincipalType, string> = {
  User: 'User',
  Role: 'Role',
  AccountPrincipal: 'Account',
  ArnPrincipal: 'External',
  ServicePrincipal: 'Service',
  OrganizationPrincipal: 'Organization',
  AnyPrincipal: 'Anyone',
};

export function principalIds(design: Design): string[] {
  return (design.principals ?? []).map((p) => p.id);
}

export function addPrincipal(design: Design, type: PrincipalType): Design {
  return setList(design, 'principals', [...(design.principals ?? []), newPrincipal(type, principalIds(design))]);
}

/** Replaces principals[index] (its id included, without touching references: see renamePrincipal). */
export function replacePrincipal(design: Design, index: number, principal: Principal): Design {
  return setList(design, 'principals', replaceAt(design.principals ?? [], index, principal));
}

/** Changes the kind of principals[index], keeping its id (and the values both kinds have). */
export function changePrincipalType(design: Design, index: number, type: PrincipalType): Design {
  const old = design.principals?.[index];
  if (!old || old.type === type) return design;
  const next = newPrincipal(type, []);
  const carried = { ...next, id: old.id } as Record<string, unknown>;
  for (const [k, v] of Object.entries(old)) if (k !== 'type' && k in next) carried[k] = v;
  return replacePrincipal(design, index, carried as Principal);
}

export function removePrincipal(design: Design, index: number): Design {
  return setList(design, 'principals', withoutIndex(design.principals ?? [], index));
}

/** Whether references to `id` resolve to principals[index] (the first principal with that id). */
function principalOwnsId(design: Design, index: number): boolean {
  const p = design.principals?.[index];
  return p !== undefined && (design.principals ?? []).findIndex((q) => q.id === p.id) === index;
}

/** Renames principals[index]; every reference that resolved to it follows. */
export function renamePrincipal(design: Design, index: number, newId: string): Design {
  const p = design.principals?.[index];
  if (!p || p.id === newId) return design;
  const follows = principalOwnsId(design, index);
  const oldId = p.id;
  let out = replacePrincipal(design, index, { ...p, id: newId });
  if (!follows) return out;
  const swap = (id: string) => (id === oldId ? newId : id);
  out = {
    ...out,
    repositories: out.repositories.map((r) => {
      if (!r.grants && !r.resourcePolicyStatements) return r;
      const next = { ...r };
      if (r.grants) next.grants = r.grants.map((g) => (g.grantee === oldId ? { ...g, grantee: newId } : g));
      if (r.resourcePolicyStatements) {
        next.resourcePolicyStatements = r.resourcePolicyStatements.map((s) => (s.principals?.includes(oldId) ? { ...s, principals: s.principals.map(swap) } : s));
      }
      return next;
    }),
  };
  if (out.authorizationTokenGrants) {
    out.authorizationTokenGrants = out.authorizationTokenGrants.map((g) => (g.grantee === oldId ? { ...g, grantee: newId } : g));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Topics and imports (event targets)

export function addTopic(design: Design): Design {
  const id = uniqueId('Topic', targetIds(design));
  return setList(design, 'topics', [...(design.topics ?? []), { id }]);
}

export function updateTopic(design: Design, index: number, patch: Patch<Omit<Topic, 'id'>>): Design {
  const t = design.topics?.[index];
  if (!t) return design;
  const next = patched(t, patch as Patch<Topic>);
  if (next.emailSubscriptions?.length === 0) delete next.emailSubscriptions;
  return setList(design, 'topics', replaceAt(design.topics ?? [], index, next));
}

export function removeTopic(design: Design, index: number): Design {
  return setList(design, 'topics', withoutIndex(design.topics ?? [], index));
}

/** The ids of topics and imports (one namespace for the editor, so a new one never shadows another). */
export function targetIds(design: Design): string[] {
  return [...(design.topics ?? []).map((t) => t.id), ...(design.imports ?? []).map((i) => i.id)];
}

export function newImport(type: ImportType, takenIds: Iterable<string>): ImportedResource {
  switch (type) {
    case 'Topic':
      return { id: uniqueId('ImportedTopic', takenIds), type, topicArn: '' };
    case 'Queue':
      return { id: uniqueId('ImportedQueue', takenIds), type, queueArn: '' };
    case 'Function':
      return { id: uniqueId('ImportedFunction', takenIds), type, functionArn: '' };
  }
}

export function addImport(design: Design, type: ImportType): Design {
  return setList(design, 'imports', [...(design.imports ?? []), newImport(type, targetIds(design))]);
}

/** Replaces imports[index] (its id included, without touching references: see renameImport). */
export function replaceImport(design: Design, index: number, imported: ImportedResource): Design {
  return setList(design, 'imports', replaceAt(design.imports ?? [], index, imported));
}

export function removeImport(design: Design, index: number): Design {
  return setList(design, 'imports', withoutIndex(design.imports ?? [], index));
}

/** What a target refers to, resolved as the plan resolves it. */
function resolveTarget(design: Design, target: EventTarget): { kind: 'topic' | 'import'; index: number } | undefined {
  const imports = design.imports ?? [];
  const firstImport = (id: string) => imports.findIndex((i) => i.id === id);
  if (target.type === 'SnsTopic') {
    const t = (design.topics ?? []).findIndex((x) => x.id === target.topic);
    if (t >= 0) return { kind: 'topic', index: t };
    const i = firstImport(target.topic);
    return i >= 0 && imports[i]?.type === 'Topic' ? { kind: 'import', index: i } : undefined;
  }
  const i = firstImport(target.type === 'SqsQueue' ? target.queue : target.handler);
  const wanted = target.type === 'SqsQueue' ? 'Queue' : 'Function';
  return i >= 0 && imports[i]?.type === wanted ? { kind: 'import', index: i } : undefined;
}

function targetRef(target: EventTarget): string {
  return target.type === 'SnsTopic' ? target.topic : target.type === 'SqsQueue' ? target.queue : target.handler;
}

function retarget(target: EventTarget, id: string): EventTarget {
  return target.type === 'SnsTopic' ? { ...target, topic: id } : target.type === 'SqsQueue' ? { ...target, queue: id } : { ...target, handler: id };
}

function renameTargets(before: Design, after: Design, kind: 'topic' | 'import', index: number, newId: string): Design {
  return {
    ...after,
    repositories: after.repositories.map((r, ri) => {
      if (!r.eventRules) return r;
      const old = before.repositories[ri]?.eventRules ?? [];
      return {
        ...r,
        eventRules: r.eventRules.map((rule, k) => {
          const oldTargets = old[k]?.targets;
          if (!rule.targets || !oldTargets) return rule;
          return {
            ...rule,
            targets: rule.targets.map((t, j) => {
              const was = oldTargets[j];
              const resolved = was ? resolveTarget(before, was) : undefined;
              return resolved?.kind === kind && resolved.index === index ? retarget(t, newId) : t;
            }),
          };
        }),
      };
    }),
  };
}

/** Renames topics[index]; every target that resolved to it follows. */
export function renameTopic(design: Design, index: number, newId: string): Design {
  const t = design.topics?.[index];
  if (!t || t.id === newId) return design;
  const after = setList(design, 'topics', replaceAt(design.topics ?? [], index, { ...t, id: newId }));
  return renameTargets(design, after, 'topic', index, newId);
}

/** Renames imports[index]; every target that resolved to it follows. */
export function renameImport(design: Design, index: number, newId: string): Design {
  const i = design.imports?.[index];
  if (!i || i.id === newId) return design;
  const after = replaceImport(design, index, { ...i, id: newId });
  return renameTargets(design, after, 'import', index, newId);
}

// ---------------------------------------------------------------------------------------------
// References

/** The design paths of every reference that resolves to principals/topics/imports[index]. */
export function referencesTo(design: Design, kind: ReferenceKind, index: number): string[] {
  const out: Path[] = [];
  if (kind === 'principal') {
    const p = design.principals?.[index];
    if (!p || !principalOwnsId(design, index)) return [];
    design.repositories.forEach((r, ri) => {
      (r.grants ?? []).forEach((g, gi) => {
        if (g.grantee === p.id) out.push(['repositories', ri, 'grants', gi, 'grantee']);
      });
      (r.resourcePolicyStatements ?? []).forEach((s, si) =>
        (s.principals ?? []).forEach((id, k) => {
          if (id === p.id) out.push(['repositories', ri, 'resourcePolicyStatements', si, 'principals', k]);
        }),
      );
    });
    (design.authorizationTokenGrants ?? []).forEach((g, gi) => {
      if (g.grantee === p.id) out.push(['authorizationTokenGrants', gi, 'grantee']);
    });
  } else {
    design.repositories.forEach((r, ri) =>
      (r.eventRules ?? []).forEach((rule, k) =>
        (rule.targets ?? []).forEach((t, j) => {
          const resolved = resolveTarget(design, t);
          if (resolved?.kind === kind && resolved.index === index) out.push(['repositories', ri, 'eventRules', k, 'targets', j]);
        }),
      ),
    );
  }
  return out.map(formatPath);
}

/** The ids a grant or statement can name (the first definition of each), with their kinds, in design order. */
export function principalChoices(design: Pick<Design, 'principals'>): { id: string; type: PrincipalType }[] {
  const seen = new Set<string>();
  const out: { id: string; type: PrincipalType }[] = [];
  for (const p of design.principals ?? []) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push({ id: p.id, type: p.type });
  }
  return out;
}

/** The in-stack users and roles: the only grantees an authorization token grant has an effect on. */
export function identityChoices(design: Design): string[] {
  return principalChoices(design)
    .filter((p) => p.type === 'User' || p.type === 'Role')
    .map((p) => p.id);
}

/** The ids a target of `type` can name: created and imported topics, imported queues or functions. */
export function targetChoices(design: Pick<Design, 'topics' | 'imports'>, type: EventTargetType): string[] {
  const imports = design.imports ?? [];
  const wanted: ImportType = type === 'SnsTopic' ? 'Topic' : type === 'SqsQueue' ? 'Queue' : 'Function';
  const ids = [...(type === 'SnsTopic' ? (design.topics ?? []).map((t) => t.id) : []), ...imports.filter((i) => i.type === wanted).map((i) => i.id)];
  return [...new Set(ids)];
}

// ---------------------------------------------------------------------------------------------
// Repository grants, statements and rules

export function addGrant(design: Design, repoIndex: number, grant?: Grant): Design {
  const g: Grant = grant ?? { method: 'grantPull', grantee: principalChoices(design)[0]?.id ?? '' };
  return setRepoList(design, repoIndex, 'grants', (l) => [...l, g]);
}

export function updateGrant(design: Design, repoIndex: number, index: number, patch: Patch<Grant>): Design {
  return setRepoList(design, repoIndex, 'grants', (l) => l.map((g, i) => (i === index ? { ...g, ...definedOnly(patch) } : g)));
}

export function removeGrant(design: Design, repoIndex: number, index: number): Design {
  return setRepoList(design, repoIndex, 'grants', (l) => withoutIndex(l, index));
}

function definedOnly<T extends object>(patch: Patch<T>): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function addPolicyStatement(design: Design, repoIndex: number, statement?: PolicyStatement): Design {
  const s: PolicyStatement = statement ?? { actions: ['ecr:BatchGetImage'] };
  return setRepoList(design, repoIndex, 'resourcePolicyStatements', (l) => [...l, s]);
}

/** Patches a statement; `undefined` (and an empty list or an empty conditions object) removes the property. */
export function updatePolicyStatement(design: Design, repoIndex: number, index: number, patch: Patch<PolicyStatement>): Design {
  return setRepoList(design, repoIndex, 'resourcePolicyStatements', (l) =>
    l.map((s, i) => {
      if (i !== index) return s;
      const next = patched(s, patch);
      for (const key of ['actions', 'principals', 'resources'] as const) if (next[key]?.length === 0) delete next[key];
      if (next.conditions && Object.keys(next.conditions).length === 0) delete next.conditions;
      return next;
    }),
  );
}

export function removePolicyStatement(design: Design, repoIndex: number, index: number): Design {
  return setRepoList(design, repoIndex, 'resourcePolicyStatements', (l) => withoutIndex(l, index));
}

const RULE_ID_BASE: Record<EventRuleMethod, string> = {
  onImageScanCompleted: 'ScanCompleted',
  onCloudTrailImagePushed: 'ImagePushed',
  onEvent: 'Event',
};

/** A new rule of `method` with an id unused among the repository's rules (they are its children). */
export function addEventRule(design: Design, repoIndex: number, method: EventRuleMethod): Design {
  const taken = (design.repositories[repoIndex]?.eventRules ?? []).map((r) => r.id);
  const rule: EventRule = { method, id: uniqueId(RULE_ID_BASE[method], taken) };
  return setRepoList(design, repoIndex, 'eventRules', (l) => [...l, rule]);
}

/** Patches a rule (not its method: see changeEventRuleMethod); `undefined` removes a property. */
export function updateEventRule(design: Design, repoIndex: number, index: number, patch: Patch<Omit<EventRule, 'method'>> & { imageTags?: string[] | undefined; imageTag?: string | undefined }): Design {
  return setRepoList(design, repoIndex, 'eventRules', (l) =>
    l.map((r, i) => {
      if (i !== index) return r;
      const next = patched(r as EventRule & Record<string, unknown>, patch as Patch<EventRule & Record<string, unknown>>) as EventRule;
      if (next.targets?.length === 0) delete next.targets;
      if (next.method !== 'onImageScanCompleted' && 'imageTags' in next) delete (next as Record<string, unknown>)['imageTags'];
      if (next.method !== 'onCloudTrailImagePushed' && 'imageTag' in next) delete (next as Record<string, unknown>)['imageTag'];
      return next;
    }),
  );
}

/** Changes the method of a rule, keeping what the methods share (the method-specific filter is dropped). */
export function changeEventRuleMethod(design: Design, repoIndex: number, index: number, method: EventRuleMethod): Design {
  return setRepoList(design, repoIndex, 'eventRules', (l) =>
    l.map((r, i) => {
      if (i !== index || r.method === method) return r;
      const { method: _old, ...rest } = r as EventRule & { imageTags?: string[]; imageTag?: string };
      delete rest.imageTags;
      delete rest.imageTag;
      return { method, ...rest } as EventRule;
    }),
  );
}

export function removeEventRule(design: Design, repoIndex: number, index: number): Design {
  return setRepoList(design, repoIndex, 'eventRules', (l) => withoutIndex(l, index));
}

export function addEventTarget(design: Design, repoIndex: number, ruleIndex: number, type: EventTargetType): Design {
  const id = targetChoices(design, type)[0] ?? '';
  const target: EventTarget = type === 'SnsTopic' ? { type, topic: id } : type === 'SqsQueue' ? { type, queue: id } : { type, handler: id };
  const rule = design.repositories[repoIndex]?.eventRules?.[ruleIndex];
  return rule ? updateEventRule(design, repoIndex, ruleIndex, { targets: [...(rule.targets ?? []), target] }) : design;
}

export function setEventTargetRef(design: Design, repoIndex: number, ruleIndex: number, targetIndex: number, id: string): Design {
  const rule = design.repositories[repoIndex]?.eventRules?.[ruleIndex];
  const target = rule?.targets?.[targetIndex];
  if (!rule?.targets || !target) return design;
  return updateEventRule(design, repoIndex, ruleIndex, { targets: replaceAt(rule.targets, targetIndex, retarget(target, id)) });
}

export function removeEventTarget(design: Design, repoIndex: number, ruleIndex: number, targetIndex: number): Design {
  const rule = design.repositories[repoIndex]?.eventRules?.[ruleIndex];
  if (!rule?.targets) return design;
  return updateEventRule(design, repoIndex, ruleIndex, { targets: withoutIndex(rule.targets, targetIndex) });
}

export { targetRef as eventTargetRef };

// ---------------------------------------------------------------------------------------------
// Authorization token grants

export function addAuthorizationTokenGrant(design: Design, grant?: AuthorizationTokenGrant): Design {
  const g: AuthorizationTokenGrant = grant ?? { token: 'AuthorizationToken', grantee: identityChoices(design)[0] ?? '' };
  return setList(design, 'authorizationTokenGrants', [...(design.authorizationTokenGrants ?? []), g]);
}

export function updateAuthorizationTokenGrant(design: Design, index: number, patch: Patch<AuthorizationTokenGrant>): Design {
  const list = design.authorizationTokenGrants ?? [];
  return setList(design, 'authorizationTokenGrants', list.map((g, i) => (i === index ? { ...g, ...definedOnly(patch) } : g)));
}

export function removeAuthorizationTokenGrant(design: Design, index: number): Design {
  return setList(design, 'authorizationTokenGrants', withoutIndex(design.authorizationTokenGrants ?? [], index));
}

// ---------------------------------------------------------------------------------------------
// Presets

export interface AccessPreset {
  id: 'ciRolePush' | 'accountPull' | 'dockerLoginUser';
  label: string;
  description: string;
  /** Adds the preset's principal and grants for repositories[repoIndex]. */
  apply: (design: Design, repoIndex: number) => Design;
}

function withPrincipal(design: Design, principal: Principal): { design: Design; id: string } {
  const id = uniqueId(principal.id, principalIds(design));
  return { design: setList(design, 'principals', [...(design.principals ?? []), { ...principal, id }]), id };
}

export const accessPresets: readonly AccessPreset[] = [
  {
    id: 'ciRolePush',
    label: 'CI role that pushes',
    description: 'A role CodeBuild assumes, with grantPullPush (pushing needs the layers it checks, and docker login).',
    apply: (design, repoIndex) => {
      const added = withPrincipal(design, { id: 'CiRole', type: 'Role', assumedBy: { type: 'ServicePrincipal', service: 'codebuild.amazonaws.com' } });
      return addGrant(added.design, repoIndex, { method: 'grantPullPush', grantee: added.id });
    },
  },
  {
    id: 'accountPull',
    label: 'An account that pulls',
    description: 'Another AWS account with grantPull: a statement in the repository policy. Enter its account id.',
    apply: (design, repoIndex) => {
      const added = withPrincipal(design, { id: 'PullAccount', type: 'AccountPrincipal', accountId: '111122223333' });
      return addGrant(added.design, repoIndex, { method: 'grantPull', grantee: added.id });
    },
  },
  {
    id: 'dockerLoginUser',
    label: 'A user that logs in with Docker',
    description: 'An IAM user with grantPull and AuthorizationToken.grantRead (ecr:GetAuthorizationToken for docker login).',
    apply: (design, repoIndex) => {
      const added = withPrincipal(design, { id: 'DockerUser', type: 'User' });
      const granted = addGrant(added.design, repoIndex, { method: 'grantPull', grantee: added.id });
      return addAuthorizationTokenGrant(granted, { token: 'AuthorizationToken', grantee: added.id });
    },
  },
];
