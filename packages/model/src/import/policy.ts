/**
 * A repository's `RepositoryPolicyText` -> design policy statements (`resourcePolicyStatements`)
 * and the principals they name, added to the design's `principals`:
 * - `{"AWS": "*"}` (or `"Principal": "*"`) is AnyPrincipal; with a single-valued
 *   `aws:PrincipalOrgID` StringEquals condition it is that OrganizationPrincipal (as CDK renders one);
 * - CDK's account root (`arn:${AWS::Partition}:iam::<account>:root`) is an AccountPrincipal, any
 *   other literal AWS principal an ArnPrincipal (as written);
 * - `{"Service": ...}` is a ServicePrincipal;
 * - `Fn::GetAtt [<user or role of the template>, Arn]` is that User or Role, imported with its
 *   name, description and trust policy (its own IAM policies stay out: a grant to a user or role
 *   is not recovered from them, they are reported as resources not imported).
 * A principal met twice is one design principal. What a design statement cannot say (NotAction,
 * NotPrincipal, NotResource, federated or canonical-user principals, a computed resource) is
 * reported; a statement that would change meaning without it is left out.
 *
 * Normalisations: an Allow statement comes back without `effect` (ALLOW is the default); grants to
 * principals outside the stack come back as the statements CDK rendered them into (merged, as CDK
 * merges them); a service name comes back as CDK standardizes it (`codebuild` ->
 * `codebuild.amazonaws.com`), so two principals of one service spelt differently become one and
 * CDK merges what they were granted (same permissions, fewer statements: reported as
 * PolicyRendersDifferently); principal ids are derived from what they name (users and roles: from
 * their logical IDs, as repositories); principals outside the stack are shared by the statements
 * naming them unless CDK would then merge statements it kept apart (they were distinct objects in
 * the CDK program), in which case each statement gets its own.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import type { Design, PolicyStatement, Principal } from '../design.ts';
import { repositoryPolicyText } from '../access/render.ts';
import { userOrRoleLogicalId } from '../access/plan.ts';
import type { Path } from '../diagnostics.ts';
import { pascalCase } from '../cdk/names.ts';
import { type IdAllocator, guessConstructId } from './ids.ts';
import { intrinsicName, referenceTarget } from './intrinsics.ts';
import { Problems, isPlainObject, own, preview, setOwn } from './problems.ts';
import { ValueReader, orderKeys } from './values.ts';

export interface TemplateResource {
  logicalId: string;
  body: Record<string, unknown>;
  type: string;
}

const STATEMENT_KEYS = ['Sid', 'Effect', 'Action', 'Principal', 'Resource', 'Condition'];
const UNSUPPORTED_KEYS = ['NotAction', 'NotPrincipal', 'NotResource'];

/** `arn:${AWS::Partition}:iam::<account>:root` as CDK writes it, and literal account-root ARNs. */
function accountRoot(value: unknown): string | undefined {
  if (intrinsicName(value) !== 'Fn::Join') return undefined;
  const arg = (value as Record<string, unknown>)['Fn::Join'];
  if (!Array.isArray(arg) || arg[0] !== '' || !Array.isArray(arg[1]) || arg[1].length !== 3) return undefined;
  const [a, b, c] = arg[1] as unknown[];
  if (a !== 'arn:' || JSON.stringify(b) !== '{"Ref":"AWS::Partition"}' || typeof c !== 'string') return undefined;
  return /^:iam::(\d{12}):root$/.exec(c)?.[1];
}

/** A principal a statement names, before it gets its design id. */
interface PrincipalSpec {
  /** What it is: equal keys are the same principal value. */
  key: string;
  /** The id it would like. */
  wanted: string;
  /** Users and roles are constructs: one object wherever they are named. */
  construct: boolean;
  /** The design principal; `trial`: without reporting anything (for a trial rendering). */
  make(id: string, trial?: boolean): Principal | undefined;
}

/**
 * The principals of an import, with ids that do not clash (a user or role is a construct of the
 * stack: its id comes from its logical ID).
 */
export class PrincipalImporter {
  readonly list: Principal[] = [];
  private readonly byKey = new Map<string, string | undefined>();

  constructor(
    private readonly ids: IdAllocator,
    private readonly resources: ReadonlyMap<string, TemplateResource>,
    private readonly problems: Problems,
    /** Logical IDs the import accounts for. */
    private readonly consumed: Set<string>,
  ) {}

  /** The design id of a principal, registering it the first time its `key` is met. */
  register(spec: PrincipalSpec, key = spec.key): string | undefined {
    if (this.byKey.has(key)) return this.byKey.get(key);
    const id = this.ids.take(spec.wanted);
    const principal = spec.make(id);
    this.byKey.set(key, principal ? id : undefined);
    if (principal) this.list.push(principal);
    return principal ? id : undefined;
  }

  account(accountId: string): PrincipalSpec {
    return { key: `account:${accountId}`, wanted: `Account${accountId}`, construct: false, make: (id) => ({ id, type: 'AccountPrincipal', accountId }) };
  }

  arn(arn: string): PrincipalSpec {
    const tail = arn.split(':').slice(5).join(' ') || arn;
    return { key: `arn:${arn}`, wanted: pascalCase(tail) || 'Principal', construct: false, make: (id) => ({ id, type: 'ArnPrincipal', arn }) };
  }

  service(service: string): PrincipalSpec {
    return {
      key: `service:${service}`,
      wanted: `${pascalCase(service.split('.')[0] ?? '') || 'Aws'}Service`,
      construct: false,
      make: (id) => ({ id, type: 'ServicePrincipal', service }),
    };
  }

  organization(organizationId: string): PrincipalSpec {
    return { key: `org:${organizationId}`, wanted: pascalCase(organizationId) || 'Organization', construct: false, make: (id) => ({ id, type: 'OrganizationPrincipal', organizationId }) };
  }

  anyone(): PrincipalSpec {
    return { key: 'any', wanted: 'Anyone', construct: false, make: (id) => ({ id, type: 'AnyPrincipal' }) };
  }

  /** A user or role of the template (by logical ID); undefined for anything else. */
  identity(logicalId: string, path: Path, resource: string | undefined): PrincipalSpec | undefined {
    const target = this.resources.get(logicalId);
    if (!target || (target.type !== 'AWS::IAM::User' && target.type !== 'AWS::IAM::Role')) return undefined;
    return {
      key: `identity:${logicalId}`,
      wanted: guessConstructId(logicalId).id,
      construct: true,
      make: (id, trial = false) => {
        const problems = trial ? new Problems() : this.problems;
        const principal = target.type === 'AWS::IAM::User' ? this.user(id, target, problems) : this.role(id, target, problems);
        if (trial) return principal;
        if (!principal) {
          problems.warn('PolicyPrincipalNotImported', path, `The principal ${logicalId} cannot be imported (see its own problems); it is left out of the statement.`, resource);
          return undefined;
        }
        this.consumed.add(logicalId);
        const rendered = userOrRoleLogicalId(id);
        if (rendered !== logicalId) {
          problems.warn(
            'CfnLogicalIdChanges',
            ['Resources', logicalId],
            `The design renders this ${principal.type === 'User' ? 'user' : 'role'} as ${rendered} (CDK derives logical IDs from construct ids): CloudFormation would replace it.`,
            logicalId,
          );
        }
        return principal;
      },
    };
  }

  private propertiesOf(target: TemplateResource, known: readonly string[], read: ValueReader): Record<string, unknown> {
    const base: Path = ['Resources', target.logicalId];
    for (const key of Object.keys(target.body)) {
      if (key !== 'Type' && key !== 'Properties' && key !== 'Metadata') {
        read.problems.warn('CfnAttributeNotImported', [...base, key], `${key} ${preview(own(target.body, key), 60)} is not imported: the design cannot hold it.`, target.logicalId);
      }
    }
    const props = own(target.body, 'Properties');
    if (props === undefined) return {};
    const object = read.object(props, [...base, 'Properties'], 'Properties') ?? {};
    for (const key of Object.keys(object)) {
      if (!known.includes(key)) {
        read.problems.warn('CfnPropertyNotSupported', [...base, 'Properties', key], `${key} is not imported: a ${target.type} of the design has no such setting (${preview(own(object, key), 60)}).`, target.logicalId);
      }
    }
    return object;
  }

  private user(id: string, target: TemplateResource, problems: Problems): Principal {
    const read = new ValueReader(problems, target.logicalId);
    const props = this.propertiesOf(target, ['UserName'], read);
    const principal: Principal = { id, type: 'User' };
    const name = own(props, 'UserName');
    if (name !== undefined) {
      const v = read.string(name, ['Resources', target.logicalId, 'Properties', 'UserName'], 'UserName');
      if (v !== undefined) principal.userName = v;
    }
    return principal;
  }

  private role(id: string, target: TemplateResource, problems: Problems): Principal | undefined {
    const read = new ValueReader(problems, target.logicalId);
    const base: Path = ['Resources', target.logicalId, 'Properties'];
    const props = this.propertiesOf(target, ['AssumeRolePolicyDocument', 'Description', 'RoleName'], read);
    const assumedBy = this.trust(own(props, 'AssumeRolePolicyDocument'), [...base, 'AssumeRolePolicyDocument'], read);
    if (!assumedBy) return undefined;
    const principal: Extract<Principal, { type: 'Role' }> = { id, type: 'Role', assumedBy };
    for (const [key, field] of [['RoleName', 'roleName'], ['Description', 'description']] as const) {
      const value = own(props, key);
      if (value === undefined) continue;
      const v = read.string(value, [...base, key], key);
      if (v !== undefined) principal[field] = v;
    }
    return orderKeys(principal, ['id', 'type', 'assumedBy', 'roleName', 'description']);
  }

  /** A trust policy the design can say: one sts:AssumeRole statement for one service or account. */
  private trust(doc: unknown, path: Path, read: ValueReader): Extract<Principal, { type: 'Role' }>['assumedBy'] | undefined {
    const statements = isPlainObject(doc) ? own(doc, 'Statement') : undefined;
    const list = Array.isArray(statements) ? statements : [statements];
    const s = list.length === 1 && isPlainObject(list[0]) ? list[0] : undefined;
    const principal = s ? own(s, 'Principal') : undefined;
    const action = s ? own(s, 'Action') : undefined;
    const simple =
      s !== undefined &&
      Object.keys(s).every((k) => ['Action', 'Effect', 'Principal'].includes(k)) &&
      own(s, 'Effect') === 'Allow' &&
      (action === 'sts:AssumeRole' || (Array.isArray(action) && action.length === 1 && action[0] === 'sts:AssumeRole')) &&
      isPlainObject(principal) &&
      Object.keys(principal).length === 1;
    if (simple) {
      const service = own(principal, 'Service');
      if (typeof service === 'string') return { type: 'ServicePrincipal', service };
      const account = accountRoot(own(principal, 'AWS'));
      if (account !== undefined) return { type: 'AccountPrincipal', accountId: account };
    }
    read.problems.warn(
      'RoleTrustNotImported',
      path,
      `The role's trust policy is not one the design can say (one sts:AssumeRole for a single service or account): ${preview(doc, 80)}.`,
      read.resource,
    );
    return undefined;
  }
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** A statement read from a policy, its principals not yet design principals. */
interface DraftStatement {
  statement: PolicyStatement;
  principals?: PrincipalSpec[];
}

/** JSON with object keys sorted, to compare documents whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

type Sharing = 'shared' | 'per-statement';

/** The key a principal is registered under: per statement, external principals are distinct objects. */
function keyOf(spec: PrincipalSpec, sharing: Sharing, scope: string, index: number): string {
  return spec.construct || sharing === 'shared' ? spec.key : `${spec.key}#${scope}#${index}`;
}

/** What CDK renders for the drafts, principals shared or not (nothing is registered). */
function trialRendering(drafts: readonly DraftStatement[], sharing: Sharing): unknown {
  const ids = new Map<string, string>();
  const principals: Principal[] = [];
  const statements = drafts.map((d, i) => {
    const out: PolicyStatement = { ...d.statement };
    if (d.principals) {
      out.principals = d.principals.flatMap((spec) => {
        const key = keyOf(spec, sharing, 'trial', i);
        let id = ids.get(key);
        if (id === undefined) {
          id = spec.construct ? spec.wanted : `TrialPrincipal${ids.size}`;
          const principal = spec.make(id, true);
          if (!principal) return [];
          ids.set(key, id);
          principals.push(principal);
        }
        return [id];
      });
    }
    return out;
  });
  const design: Design = { version: 1, stackName: 'Trial', principals, repositories: [{ id: 'Trial', resourcePolicyStatements: statements }] };
  return repositoryPolicyText(design, 0);
}

/**
 * The statements of a repository policy (an object, or its JSON text).
 *
 * CDK merges statements only when their principals are the same objects, so two statements naming
 * an equal principal may have named two principals of the design: principals are shared between
 * statements when that renders the same policy again, else each statement gets its own.
 */
export function importRepositoryPolicy(
  value: unknown,
  path: Path,
  problems: Problems,
  resource: string,
  principals: PrincipalImporter,
): PolicyStatement[] | undefined {
  const read = new ValueReader(problems, resource);
  let doc = value;
  if (typeof value === 'string') {
    try {
      doc = JSON.parse(value);
    } catch (e) {
      problems.warn('PolicyNotJson', path, `The repository policy is not valid JSON (${e instanceof Error ? e.message : String(e)}); not imported.`, resource);
      return undefined;
    }
  }
  const policy = read.object(doc, path, 'The repository policy');
  if (!policy) return undefined;
  read.unknownKeys(policy, ['Version', 'Statement', 'Id'], path, 'The repository policy');
  const statements = own(policy, 'Statement');
  if (statements === undefined) return undefined;
  const drafts: DraftStatement[] = [];
  asList(statements).forEach((s, i) => {
    const draft = importStatement(s, Array.isArray(statements) ? [...path, 'Statement', i] : [...path, 'Statement'], read, principals);
    if (draft) drafts.push(draft);
  });
  if (drafts.length === 0) return undefined;

  const original = canonical(doc);
  const sharing = (['shared', 'per-statement'] as const).find((mode) => canonical(trialRendering(drafts, mode)) === original);
  if (sharing === undefined) {
    problems.warn(
      'PolicyRendersDifferently',
      path,
      'The design renders this repository policy differently (CDK writes, merges and sorts statements its own way); check the policy preview.',
      resource,
    );
  }
  return drafts.map((d, i) => {
    if (!d.principals) return d.statement;
    const ids = d.principals.flatMap((spec) => principals.register(spec, keyOf(spec, sharing ?? 'shared', resource, i)) ?? []);
    return orderKeys({ ...d.statement, principals: ids }, STATEMENT_ORDER);
  });
}

const STATEMENT_ORDER = ['sid', 'effect', 'actions', 'principals', 'resources', 'conditions'];

function importStatement(value: unknown, path: Path, read: ValueReader, principals: PrincipalImporter): DraftStatement | undefined {
  const skip = (why: string): undefined => {
    read.problems.warn('PolicyStatementNotImported', path, `${why}; the statement is not imported.`, read.resource);
    return undefined;
  };
  const s = read.object(value, path, 'A policy statement');
  if (!s) return undefined;
  const unsupported = Object.keys(s).filter((k) => UNSUPPORTED_KEYS.includes(k));
  if (unsupported.length > 0) return skip(`${unsupported.join(', ')} cannot be said in a design statement`);
  read.unknownKeys(s, STATEMENT_KEYS, path, 'The statement');
  const out: PolicyStatement = {};

  const sid = own(s, 'Sid');
  if (sid !== undefined) {
    const v = read.string(sid, [...path, 'Sid'], 'Sid');
    if (v !== undefined) out.sid = v;
  }
  const effect = read.oneOf(own(s, 'Effect'), ['Allow', 'Deny'], [...path, 'Effect'], 'Effect');
  if (effect === undefined) return skip('The statement has no usable Effect');
  if (effect === 'Deny') out.effect = 'DENY';

  const action = own(s, 'Action');
  if (action !== undefined) {
    const actions = read.stringList(asList(action), [...path, 'Action'], 'Action');
    if (actions !== undefined) out.actions = actions;
  }

  let conditions = own(s, 'Condition');
  if (conditions !== undefined && !isPlainObject(conditions)) {
    read.wrongType(conditions, [...path, 'Condition'], 'Condition', 'an object of condition operators');
    conditions = undefined;
  }

  let specs: PrincipalSpec[] | undefined;
  const principal = own(s, 'Principal');
  if (principal !== undefined) {
    specs = [];
    const at = [...path, 'Principal'];
    const entries: [string, unknown][] = principal === '*' ? [['AWS', '*']] : isPlainObject(principal) ? Object.entries(principal) : [];
    if (entries.length === 0) read.wrongType(principal, at, 'Principal', '"*" or an object of principals');
    const orgId = organizationOf(entries, conditions);
    for (const [kind, values] of entries) {
      asList(values).forEach((v, i) => {
        const p = Array.isArray(values) ? [...at, kind, i] : [...at, kind];
        const spec = importPrincipal(kind, v, p, read, principals, orgId);
        if (spec) specs?.push(spec);
      });
    }
    if (specs.length === 0) return skip('None of its principals can be imported');
    if (orgId !== undefined && isPlainObject(conditions)) conditions = withoutOrgCondition(conditions);
  }

  const resource = own(s, 'Resource');
  if (resource !== undefined) {
    const resources: string[] = [];
    asList(resource).forEach((r, i) => {
      const p = Array.isArray(resource) ? [...path, 'Resource', i] : [...path, 'Resource'];
      const v = read.string(r, p, 'Resource');
      if (v !== undefined) resources.push(v);
    });
    if (resources.length > 0) out.resources = resources;
  }
  if (isPlainObject(conditions) && Object.keys(conditions).length > 0) out.conditions = conditions as NonNullable<PolicyStatement['conditions']>;
  const statement = orderKeys(out, STATEMENT_ORDER);
  return specs ? { statement, principals: specs } : { statement };
}

/** The organization of `{"AWS": "*"}` with a single `aws:PrincipalOrgID` (how CDK renders OrganizationPrincipal). */
function organizationOf(entries: [string, unknown][], conditions: unknown): string | undefined {
  if (entries.length !== 1 || entries[0]?.[0] !== 'AWS' || entries[0][1] !== '*' || !isPlainObject(conditions)) return undefined;
  const equals = own(conditions, 'StringEquals');
  const org = isPlainObject(equals) ? own(equals, 'aws:PrincipalOrgID') : undefined;
  return typeof org === 'string' ? org : undefined;
}

function withoutOrgCondition(conditions: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [op, value] of Object.entries(conditions)) {
    if (op !== 'StringEquals' || !isPlainObject(value)) {
      setOwn(out, op, value);
      continue;
    }
    const rest: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'aws:PrincipalOrgID') setOwn(rest, k, v);
    if (Object.keys(rest).length > 0) setOwn(out, op, rest);
  }
  return out;
}

function importPrincipal(kind: string, value: unknown, path: Path, read: ValueReader, principals: PrincipalImporter, orgId: string | undefined): PrincipalSpec | undefined {
  if (kind === 'Service') {
    const service = read.string(value, path, 'A service principal');
    return service === undefined ? undefined : principals.service(service);
  }
  if (kind !== 'AWS') {
    read.problems.warn('PolicyPrincipalNotImported', path, `${kind} principals cannot be said in a design (${preview(value, 60)}); left out of the statement.`, read.resource);
    return undefined;
  }
  if (value === '*') return orgId !== undefined ? principals.organization(orgId) : principals.anyone();
  if (typeof value === 'string') return principals.arn(value);
  const account = accountRoot(value);
  if (account !== undefined) return principals.account(account);
  const target = referenceTarget(value);
  if (target?.attribute === 'Arn') {
    const spec = principals.identity(target.logicalId, path, read.resource);
    if (spec) return spec;
  }
  if (!read.intrinsic(value, path, 'A principal')) read.wrongType(value, path, 'A principal', 'an ARN');
  return undefined;
}
