/**
 * IAM policy statements and documents the way aws-cdk-lib 2.276.0 builds and renders them
 * (aws-iam/lib/policy-statement.ts, policy-document.ts, private/merge-statements.ts and
 * private/postprocess-policy-document.ts), with `@aws-cdk/aws-iam:minimizePolicies` on, as in
 * every `cdk init` app:
 *
 *  - a statement keeps its actions, resources and principals as ordered sets (actions and resources
 *    compared as strings, principals by object identity);
 *  - at synth, a document merges statements pairwise, greedily, until nothing merges: same effect,
 *    no sid on either, same conditions (as JSON), and at least two of {actions, resources,
 *    principals} equal as sets; the merged statement is a copy of the first with the unions;
 *  - the rendered statements drop exact duplicates (compared as JSON, before sorting), sort their
 *    actions, resources and principal values by their JSON text (deduplicating them), sort
 *    principal keys, and collapse single-element lists to the element.
 *
 * Values that CDK holds as tokens (an ARN attribute, the partition) carry a `key` standing for the
 * token (what CDK compares before resolution) and the `json` they resolve to.
 */
import type { JsonValue } from '../design.ts';

export type Json = JsonValue;
export type JsonObject = { [key: string]: Json };

/** A value of a policy element: `key` is what CDK compares, `json` what the template shows. */
export interface PolicyValue {
  key: string;
  json: Json;
}

export function literal(value: string): PolicyValue {
  return { key: value, json: value };
}

/** A token value: never equal to a literal string (CDK compares `${Token[...]}` strings). */
export function tokenValue(identity: string, json: Json): PolicyValue {
  return { key: `\${Token[${identity}]}`, json };
}

/** One principal object of the CDK program (`new iam.AccountPrincipal(...)`, a User, ...). */
export interface PrincipalRef {
  /** Object identity: the same object wherever the program passes the same variable. */
  identity: string;
  /** `ComparablePrincipal.dedupeString()`, undefined for principals that are not comparable (users, roles). */
  dedupe?: string;
  /** `policyFragment.principalJson`: keys to the values they add. */
  json: { [key: string]: PolicyValue[] };
  /** `policyFragment.conditions`. */
  conditions: JsonObject;
  /** Whether it is an IAM identity of the stack (its `addToPrincipalPolicy` adds statements). */
  identityOf?: { kind: 'User' | 'Role'; id: string };
}

export type Effect = 'Allow' | 'Deny';

export interface Statement {
  sid?: string;
  effect: Effect;
  actions: string[];
  resources: PolicyValue[];
  principals: PrincipalRef[];
  conditions: JsonObject;
  /** JSON of the first principal's conditions (PolicyStatement.principalConditionsJson). */
  principalConditionsJson?: string;
}

export interface StatementProps {
  sid?: string;
  effect?: Effect;
  actions?: readonly string[];
  principals?: readonly PrincipalRef[];
  resources?: readonly PolicyValue[];
  conditions?: JsonObject;
}

/** An error aws-cdk-lib throws, with its code (error name) and message. */
export class CdkError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = code;
  }
}

const ACTION = /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/;
const TOKEN_MARKER = /\$\{Token\[[a-zA-Z0-9:._-]+\]\}|-1\.\d{10,16}e\+289/;

/** `Token.isUnresolved` for a literal string. */
function isUnresolved(s: string): boolean {
  return s.includes('Token[') && TOKEN_MARKER.test(s);
}

/** The error `new iam.PolicyStatement(...)` would throw for these actions, if any. */
export function actionError(action: string): CdkError | undefined {
  if (isUnresolved(action) || ACTION.test(action)) return undefined;
  return new CdkError(
    'ActionInvalid',
    `Action '${action}' is invalid. An action string consists of a service namespace, a colon, and the name of an action. Action names can include wildcards.`,
  );
}

function pushUnique<T>(list: T[], items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set(list.map(key));
  const added: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    list.push(item);
    added.push(item);
  }
  return added;
}

function addCondition(target: JsonObject, key: string, value: Json): void {
  const existing = target[key];
  target[key] = existing !== undefined ? { ...(existing as JsonObject), ...(value as JsonObject) } : value;
}

/** `new iam.PolicyStatement(props)`: throws what CDK's constructor throws. */
export function newStatement(props: StatementProps): Statement {
  const s: Statement = { effect: props.effect ?? 'Allow', actions: [], resources: [], principals: [], conditions: {} };
  if (props.sid !== undefined) s.sid = props.sid;
  for (const a of props.actions ?? []) {
    const e = actionError(a);
    if (e) throw e;
  }
  pushUnique(s.actions, props.actions ?? [], (a) => a);
  const added = pushUnique(s.principals, props.principals ?? [], (p) => p.identity);
  for (const p of added) {
    const these = JSON.stringify(p.conditions);
    if (s.principalConditionsJson === undefined) s.principalConditionsJson = these;
    else if (s.principalConditionsJson !== these) {
      throw new CdkError(
        'PrincipalsPolicystatementSameConditions',
        `All principals in a PolicyStatement must have the same Conditions (got '${s.principalConditionsJson}' and '${these}'). Use multiple statements instead.`,
      );
    }
    for (const [k, v] of Object.entries(p.conditions)) addCondition(s.conditions, k, v);
  }
  pushUnique(s.resources, props.resources ?? [], (r) => r.key);
  for (const [k, v] of Object.entries(props.conditions ?? {})) addCondition(s.conditions, k, v);
  return s;
}

function copy(s: Statement, overrides: Pick<StatementProps, 'actions' | 'principals' | 'resources'>): Statement {
  const props: StatementProps = {
    effect: s.effect,
    actions: overrides.actions ?? s.actions,
    principals: overrides.principals ?? s.principals,
    resources: overrides.resources ?? s.resources,
    conditions: { ...s.conditions },
  };
  if (s.sid !== undefined) props.sid = s.sid;
  return newStatement(props);
}

// ---------------------------------------------------------------------------------------------
// Merging (private/merge-statements.ts)

interface Comparable {
  statement: Statement;
  conditionString: string;
}

function setEqual(a: readonly string[], b: readonly string[]): boolean {
  const bSet = new Set(b);
  return a.length === b.length && a.every((k) => bSet.has(k));
}

function partition(principals: readonly PrincipalRef[]): { comparable: Map<string, PrincipalRef>; nonComparable: PrincipalRef[] } {
  const comparable = new Map<string, PrincipalRef>();
  const nonComparable: PrincipalRef[] = [];
  for (const p of principals) {
    if (p.dedupe !== undefined) comparable.set(p.dedupe, p);
    else nonComparable.push(p);
  }
  return { comparable, nonComparable };
}

function setEqualPrincipals(xs: readonly PrincipalRef[], ys: readonly PrincipalRef[]): boolean {
  const x = partition(xs);
  const y = partition(ys);
  return (
    setEqual(
      x.nonComparable.map((p) => p.identity),
      y.nonComparable.map((p) => p.identity),
    ) && setEqual([...x.comparable.keys()], [...y.comparable.keys()])
  );
}

function setMergePrincipals(xs: readonly PrincipalRef[], ys: readonly PrincipalRef[]): PrincipalRef[] {
  const x = partition(xs);
  const y = partition(ys);
  const comparable = new Map(x.comparable);
  for (const [k, v] of y.comparable) comparable.set(k, v);
  return [...comparable.values(), ...x.nonComparable, ...y.nonComparable];
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function setMergeStrings(x: readonly string[], y: readonly string[]): string[] {
  return [...new Set([...x, ...y])].sort(compareStrings);
}

function setMergeValues(x: readonly PolicyValue[], y: readonly PolicyValue[]): PolicyValue[] {
  const byKey = new Map<string, PolicyValue>();
  for (const v of [...x, ...y]) if (!byKey.has(v.key)) byKey.set(v.key, v);
  return [...byKey.keys()].sort(compareStrings).map((k) => byKey.get(k) as PolicyValue);
}

const ARN_SIZE_ESTIMATE = 150;
const ACTION_SIZE_ESTIMATE = 20;
const MAX_MERGE_SIZE = 2000;

/** `PolicyStatement._estimateSize` with the default estimates. */
export function estimateSize(s: Statement): number {
  let ret = `"Effect": "${s.effect}",`.length;
  const count = (key: string, values: readonly string[], tokenSize: number) => {
    if (values.length === 0) return;
    ret += key.length + 5 + values.reduce((sum, v) => sum + (isUnresolved(v) ? tokenSize : v.length) + 3, 0);
  };
  count('Action', s.actions, ACTION_SIZE_ESTIMATE);
  count(
    'Resource',
    s.resources.map((r) => r.key),
    ARN_SIZE_ESTIMATE,
  );
  ret += s.principals.length * ARN_SIZE_ESTIMATE;
  ret += JSON.stringify(s.conditions).length;
  return ret;
}

function mergeIfCombinable(a: Comparable, b: Comparable, limitSize: boolean): Comparable | undefined {
  if (a.statement.effect !== b.statement.effect) return undefined;
  if (a.statement.sid || b.statement.sid) return undefined;
  if (a.conditionString !== b.conditionString) return undefined;
  const equalities =
    (setEqual(a.statement.actions, b.statement.actions) ? 1 : 0) +
    (setEqual(
      a.statement.resources.map((r) => r.key),
      b.statement.resources.map((r) => r.key),
    )
      ? 1
      : 0) +
    (setEqualPrincipals(a.statement.principals, b.statement.principals) ? 1 : 0);
  if (equalities < 2) return undefined;
  const combined = copy(a.statement, {
    actions: setMergeStrings(a.statement.actions, b.statement.actions),
    resources: setMergeValues(a.statement.resources, b.statement.resources),
    principals: setMergePrincipals(a.statement.principals, b.statement.principals),
  });
  if (limitSize && estimateSize(combined) > MAX_MERGE_SIZE) return undefined;
  return { statement: combined, conditionString: a.conditionString };
}

/**
 * `mergeStatements`: repeated passes merging each statement with every later one it combines
 * with, until a pass merges nothing. Throws what copying a statement throws (a merged statement
 * whose principals carry different conditions).
 */
export function mergeStatements(statements: readonly Statement[], options: { limitSize?: boolean } = {}): Statement[] {
  const comps: Comparable[] = statements.map((s) => ({ statement: s, conditionString: JSON.stringify(s.conditions) }));
  const onePass = (): boolean => {
    let merged = false;
    for (let i = 0; i < comps.length; i++) {
      let j = i + 1;
      while (j < comps.length) {
        const m = mergeIfCombinable(comps[i] as Comparable, comps[j] as Comparable, options.limitSize ?? false);
        if (m) {
          comps[i] = m;
          comps.splice(j, 1);
          merged = true;
        } else j++;
      }
    }
    return merged;
  };
  while (onePass());
  return comps.map((c) => c.statement);
}

// ---------------------------------------------------------------------------------------------
// Rendering (toStatementJson + PostProcessPolicyDocument)

/** The principal JSON of a statement: every principal's fragment merged key by key, in order. */
function principalJson(principals: readonly PrincipalRef[]): { [key: string]: PolicyValue[] } {
  const out: { [key: string]: PolicyValue[] } = {};
  for (const p of principals) {
    for (const [k, values] of Object.entries(p.json)) {
      const list = out[k] ?? (out[k] = []);
      list.push(...values);
    }
  }
  return out;
}

/** `_norm`: undefined for empty, the element for one, the list otherwise. */
function norm(values: readonly Json[]): Json | undefined {
  if (values.length === 0) return undefined;
  if (values.length === 1) return values[0] as Json;
  return [...values];
}

/** `toStatementJson()`, resolved, before the post-processor sorts it. */
export function statementJson(s: Statement): JsonObject {
  const out: JsonObject = {};
  const action = norm(s.actions);
  if (action !== undefined) out['Action'] = action;
  if (Object.keys(s.conditions).length > 0) out['Condition'] = s.conditions;
  out['Effect'] = s.effect;
  const principal = principalJson(s.principals);
  const keys = Object.keys(principal);
  if (keys.length > 0) {
    const p: JsonObject = {};
    for (const k of keys) {
      // `_normPrincipal` keeps a key only when its (unresolved) value is truthy: a lone '' is dropped.
      const values = principal[k] as PolicyValue[];
      if (values.length === 0 || (values.length === 1 && (values[0] as PolicyValue).key === '')) continue;
      p[k] = norm(values.map((v) => v.json)) as Json;
    }
    out['Principal'] = p;
  }
  const resource = norm(s.resources.map((r) => r.json));
  if (resource !== undefined) out['Resource'] = resource;
  if (s.sid !== undefined) out['Sid'] = s.sid;
  return out;
}

function sortByJson(x: Json): Json {
  if (!Array.isArray(x)) return x;
  const byText = new Map<string, Json>();
  for (const v of x) byText.set(JSON.stringify(v), v);
  const sorted = [...byText.keys()].sort(compareStrings).map((k) => byText.get(k) as Json);
  return sorted.length !== 1 ? sorted : (sorted[0] as Json);
}

function sortPrincipals(p: Json): Json {
  if (p === null || typeof p !== 'object' || Array.isArray(p)) return p;
  const out: JsonObject = {};
  for (const k of Object.keys(p).sort(compareStrings)) out[k] = sortByJson(p[k] as Json);
  return out;
}

export interface PolicyDocumentJson {
  Statement: JsonObject[];
  Version: '2012-10-17';
}

/**
 * The post-processor of a policy document: drops statements whose JSON repeats an earlier one,
 * assigns sids 0, 1, ... when asked (SNS topic policies), and (minimizePolicies) sorts.
 */
export function postProcess(statements: readonly JsonObject[], options: { assignSids?: boolean; sort: boolean }): JsonObject[] {
  const seen = new Set<string>();
  const unique: JsonObject[] = [];
  for (const s of statements) {
    const text = JSON.stringify(s);
    if (seen.has(text)) continue;
    seen.add(text);
    unique.push(s);
  }
  return unique.map((original, i) => {
    const s: JsonObject = { ...original };
    if (options.assignSids && !s['Sid']) s['Sid'] = String(i);
    if (options.sort) {
      if (s['Action'] !== undefined) s['Action'] = sortByJson(s['Action']);
      if (s['Resource'] !== undefined) s['Resource'] = sortByJson(s['Resource']);
      if (s['Principal'] !== undefined) s['Principal'] = sortPrincipals(s['Principal']);
    }
    return s;
  });
}

/** A rendered document, or undefined when it has no statements (CDK leaves the property out). */
export function renderDocument(statements: readonly Statement[], options: { assignSids?: boolean } = {}): PolicyDocumentJson | undefined {
  if (statements.length === 0) return undefined;
  return { Statement: postProcess(statements.map(statementJson), { assignSids: options.assignSids ?? false, sort: true }), Version: '2012-10-17' };
}
