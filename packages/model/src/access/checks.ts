/**
 * Synth-time CDK checks of access and events, in the order `app.synth()` runs them:
 *  - while preparing the app, every resource is resolved in construct-tree order (a string CDK
 *    takes for a token fails here; the repository policy merges its statements here, and a merged
 *    statement mixing principal conditions fails);
 *  - then the tree is validated (all messages of all constructs, in one `ValidationFailedWithErrors`).
 * cdk-checks.ts calls these at the right points between its own checks.
 */
import type { Design, JsonValue } from '../design.ts';
import { formatPath, type Path } from '../diagnostics.ts';
import { scalarTokenError } from '../cdk/tokens.ts';
import { statementJson } from '../iam/statement.ts';
import { type AccessPlan, planAccess, renderedPattern, repositoryPolicyStatements, repositoryPolicyValidation, ruleValidation, sanitizeId } from './plan.ts';

export interface SynthError {
  path: string;
  code: string;
  message: string;
}

/** The first string (object keys included, in key order) that fails to resolve. */
export function firstTokenError(value: JsonValue | undefined): { code: string; message: string; text: string } | undefined {
  if (typeof value === 'string') {
    const e = scalarTokenError(value);
    return e ? { ...e, text: value } : undefined;
  }
  if (Array.isArray(value)) {
    for (const v of value) {
      const e = firstTokenError(v);
      if (e) return e;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const e = firstTokenError(k) ?? firstTokenError(v);
      if (e) return e;
    }
  }
  return undefined;
}

/** The first of `fields` (path, value) whose value fails to resolve. */
function firstOf(fields: [Path, JsonValue | undefined][]): SynthError | undefined {
  for (const [path, value] of fields) {
    const e = firstTokenError(value);
    if (e) return { path: formatPath(path), code: e.code, message: e.message };
  }
  return undefined;
}

/** Where in `value` (below `base`) the string `text` occurs, for pointing at a failing string. */
function findString(value: unknown, base: Path, text: string): Path | undefined {
  if (typeof value === 'string') return value === text ? base : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = findString(value[i], [...base, i], text);
      if (p) return p;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === text) return [...base, k];
      const p = findString(v, [...base, k], text);
      if (p) return p;
    }
  }
  return undefined;
}

/** Resolution errors of the users, roles and topics (they precede the keys and repositories). */
export function preludeSynthErrors(design: Design): SynthError[] {
  const plan = planAccess(design);
  const out: SynthError[] = [];
  const push = (e: SynthError | undefined) => {
    if (e) out.push(e);
  };
  for (const identity of plan.identities) {
    const p = identity.principal;
    const base: Path = ['principals', identity.index];
    if (p.type === 'User') push(firstOf([[[...base, 'userName'], p.userName]]));
    else {
      const assumed: [Path, JsonValue | undefined] =
        p.assumedBy.type === 'ServicePrincipal' ? [[...base, 'assumedBy', 'service'], p.assumedBy.service] : [[...base, 'assumedBy', 'accountId'], p.assumedBy.accountId];
      push(
        firstOf([
          assumed,
          [[...base, 'description'], p.description !== undefined && p.description.length > 0 ? p.description : undefined],
          [[...base, 'roleName'], p.roleName],
        ]),
      );
    }
  }
  for (const t of plan.topics) {
    const base: Path = ['topics', t.index];
    push(
      firstOf([
        [[...base, 'displayName'], t.topic.displayName],
        [[...base, 'topicName'], t.topic.topicName],
      ]),
    );
    for (const s of t.subscriptions) push(firstOf([[[...base, 'emailSubscriptions', s.index], s.email]]));
  }
  return out;
}

/** Resolving `RepositoryPolicyText`: the merge, then the statements' strings. */
export function repositoryPolicySynthError(design: Design, index: number): SynthError | undefined {
  const plan = planAccess(design).repositories[index];
  if (!plan || plan.statements.length === 0) return undefined;
  const base: Path = ['repositories', index];
  const merged = repositoryPolicyStatements(plan);
  if ('error' in merged) return { path: formatPath([...base, 'resourcePolicyStatements']), code: merged.error.code, message: merged.error.message };
  for (const s of merged.statements) {
    const e = firstTokenError(statementJson(s));
    if (!e) continue;
    const repo = design.repositories[index];
    const where =
      findString(repo?.resourcePolicyStatements, [...base, 'resourcePolicyStatements'], e.text) ??
      findString(design.principals, ['principals'], e.text.replace(/^:iam::(.*):root$/, '$1')) ??
      [...base, 'resourcePolicyStatements'];
    return { path: formatPath(where), code: e.code, message: e.message };
  }
  return undefined;
}

/** Resolution errors of a repository's event rules and their permissions. */
export function ruleSynthErrors(design: Design, index: number): SynthError[] {
  const plan = planAccess(design).repositories[index];
  const out: SynthError[] = [];
  for (const rule of plan?.rules ?? []) {
    const base: Path = ['repositories', index, 'eventRules', rule.index];
    const pattern = renderedPattern(rule);
    const patternError = firstTokenError(pattern);
    let e = firstOf([[[...base, 'description'], rule.rule.description]]);
    if (!e && patternError) {
      const where = findString(rule.rule.eventPattern, [...base, 'eventPattern'], patternError.text) ?? [...base, 'eventPattern'];
      e = { path: formatPath(where), code: patternError.code, message: patternError.message };
    }
    e ??= firstOf([[[...base, 'ruleName'], rule.rule.ruleName]]);
    if (!e) {
      for (const t of rule.targets) {
        const te = typeof t.arn === 'string' ? scalarTokenError(t.arn) : undefined;
        if (te) {
          e = { path: t.arnPath ?? formatPath([...base, 'targets', t.index]), ...te };
          break;
        }
      }
    }
    if (e) out.push(e);
    for (const p of rule.permissions) {
      const pe = scalarTokenError(p.functionArn);
      if (pe) out.push({ path: p.functionArnPath, ...pe });
    }
  }
  return out;
}

/** `validateTree`: the messages of every construct, in tree order; undefined when there are none. */
export function validationError(design: Design): SynthError | undefined {
  const plan: AccessPlan = planAccess(design);
  const lines: string[] = [];
  let firstPath: string | undefined;
  const add = (constructPath: string, designPath: string, messages: string[]) => {
    for (const m of messages) {
      lines.push(`[${constructPath}] ${m}`);
      firstPath ??= designPath;
    }
  };
  for (const repo of plan.repositories) {
    const repoPath = `${plan.stackId}/${sanitizeId(repo.repository.id)}`;
    const merged = repositoryPolicyStatements(repo);
    if (!('error' in merged)) add(repoPath, formatPath(['repositories', repo.index, 'resourcePolicyStatements']), repositoryPolicyValidation(merged.statements));
    for (const rule of repo.rules) {
      const rulePath = `${repoPath}/${sanitizeId(rule.rule.id)}`;
      const messages = ruleValidation(rule.rule, rule.targets.length);
      const field = messages.some((m) => m.startsWith('Event rule name')) ? 'ruleName' : 'targets';
      add(rulePath, formatPath(['repositories', repo.index, 'eventRules', rule.index, field]), messages);
    }
  }
  if (lines.length === 0) return undefined;
  return { path: firstPath ?? '', code: 'ValidationFailedWithErrors', message: `Validation failed with the following errors:\n  ${lines.join('\n  ')}` };
}
