/**
 * fast-check generators for access and events, added on top of a design from arbitraries.ts:
 * principals, topics, imports, grants, repository policy statements, event rules and authorization
 * token grants. The valid half only makes what CDK synthesizes (CloudFormation or a service may
 * still refuse it, and the model must say so); the other half makes every kind of mistake. Small
 * pools of principals, actions and conditions make grants and statements overlap, so CDK's policy
 * merging is exercised on every run.
 */
import fc from 'fast-check';
import type { Design, EventPattern, EventRule, EventTarget, Grant, ImportedResource, JsonValue, PolicyStatement, Principal, Repository, Topic } from '../src/index.ts';
import { ecrActions } from '../src/access/ecr-actions.ts';

const ACCOUNTS = ['111122223333', '444455556666'];
const SERVICES = ['codebuild.amazonaws.com', 'codebuild', 'lambda.amazonaws.com', 'ecs-tasks.amazonaws.com', 'codepipeline.amazonaws.com.cn'];
const ROLE_ARNS = ['arn:aws:iam::111122223333:role/ci', 'arn:aws:iam::444455556666:user/bot', 'arn:aws:iam::111122223333:root'];
const ORGS = ['o-abcdefghij', 'o-1234567890ab'];
const REPOSITORY_ACTIONS = ecrActions.filter((a) => a.scope === 'repository').map((a) => a.action);
const COMMON_ACTIONS = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability', 'ecr:DescribeImages', 'ecr:DescribeRepositories', 'ecr:PutImage', 'ecr:ListImages'];
const CONDITIONS: { [op: string]: { [key: string]: JsonValue } }[] = [
  { StringEquals: { 'aws:PrincipalTag/team': 'platform' } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } },
  { StringLike: { 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/ci-*', 'arn:aws:iam::111122223333:role/build-*'] } },
];
const EMAILS = ['ops@example.com', 'dev@example.com', 'security+ecr@example.org'];
const TEXTS = ['', 'CI role', 'Pushes from the pipeline', 'Notifies the team', "it's \"quoted\"", 'Ünïcödé 日本'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

function withoutUndefined<T extends object>(o: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

// ---------------------------------------------------------------------------------------------
// The valid half

const validPrincipal = (id: string): fc.Arbitrary<Principal> =>
  fc.oneof(
    maybe(pick(['deployer', 'ci-bot', 'a.b@c', 'x_1'])).map((userName) => withoutUndefined({ id, type: 'User' as const, userName })),
    fc
      .record({
        assumedBy: fc.oneof(
          pick(SERVICES).map((service) => ({ type: 'ServicePrincipal' as const, service })),
          pick(ACCOUNTS).map((accountId) => ({ type: 'AccountPrincipal' as const, accountId })),
        ),
        roleName: maybe(pick(['ci', 'ecr-pusher', 'role.with+chars=@x'])),
        description: maybe(pick(TEXTS)),
      })
      .map((r) => withoutUndefined({ id, type: 'Role' as const, ...r })),
    pick(ACCOUNTS).map((accountId) => ({ id, type: 'AccountPrincipal' as const, accountId })),
    pick(ROLE_ARNS).map((arn) => ({ id, type: 'ArnPrincipal' as const, arn })),
    pick(SERVICES).map((service) => ({ id, type: 'ServicePrincipal' as const, service })),
    pick(ORGS).map((organizationId) => ({ id, type: 'OrganizationPrincipal' as const, organizationId })),
    fc.constant({ id, type: 'AnyPrincipal' as const }),
  );

const validTopic = (id: string): fc.Arbitrary<Topic> =>
  fc
    .record({
      topicName: maybe(pick(['ecr-alerts', 'scans_done', 'T1'])),
      displayName: maybe(pick(['ECR alerts', '', 'Scans 🚀'])),
      emailSubscriptions: maybe(fc.uniqueArray(pick(EMAILS), { maxLength: 2 })),
    })
    .map((t) => withoutUndefined({ id, ...t }));

const validImport = (id: string): fc.Arbitrary<ImportedResource> =>
  fc.oneof(
    pick(['arn:aws:sns:us-east-1:111122223333:ops', 'arn:aws:sns:eu-west-1::shared']).map((topicArn) => ({ id, type: 'Topic' as const, topicArn })),
    pick(['arn:aws:sqs:us-east-1:111122223333:jobs', 'arn:aws:sqs:::q']).map((queueArn) => ({ id, type: 'Queue' as const, queueArn })),
    fc
      .record({ functionArn: pick(['arn:aws:lambda:us-east-1:111122223333:function:notify', 'arn:aws:lambda:eu-west-1:444455556666:function:scan-report']), sameEnvironment: maybe(fc.boolean()) })
      .map((f) => withoutUndefined({ id, type: 'Function' as const, ...f })),
  );

function validPatternFor(method: EventRule['method']): fc.Arbitrary<EventPattern> {
  const common: EventPattern[] = [{ account: ['111122223333'] }, { source: ['aws.ecr', 'aws.inspector2'], region: ['us-east-1'] }, { detail: { 'action-type': ['PUSH'], result: ['SUCCESS'] } }];
  const perMethod: Record<EventRule['method'], EventPattern[]> = {
    onEvent: [{ detailType: ['ECR Image Action'], detail: { 'repository-name': [{ prefix: 'team' }] } }],
    onImageScanCompleted: [{ detail: { 'finding-severity-counts': { CRITICAL: [{ numeric: ['>', 0] }] }, 'image-tags': ['latest'] } }],
    onCloudTrailImagePushed: [{ detail: { requestParameters: { registryId: ['111122223333'] }, eventName: ['PutImage'] } }],
  };
  return pick([...common, ...perMethod[method]]);
}

function validRule(id: string, targets: fc.Arbitrary<EventTarget[]>): fc.Arbitrary<EventRule> {
  return fc
    .record({
      method: pick(['onImageScanCompleted', 'onCloudTrailImagePushed', 'onEvent'] as const),
      ruleName: maybe(pick(['scan-done', 'ecr.push_1'])),
      description: maybe(pick(TEXTS)),
      enabled: maybe(fc.boolean()),
      targets: maybe(targets),
      imageTags: maybe(fc.uniqueArray(pick(['latest', 'prod', 'v1']), { minLength: 1, maxLength: 2 })),
      imageTag: maybe(pick(['latest', 'release', ''])),
      withPattern: fc.boolean(),
    })
    .chain(({ method, imageTags, imageTag, withPattern, ...rest }) =>
      (withPattern ? validPatternFor(method).map((p) => p as EventPattern | undefined) : fc.constant(undefined)).map((eventPattern) => {
        const base = withoutUndefined({ id, ...rest, eventPattern });
        if (method === 'onImageScanCompleted') return withoutUndefined({ method, ...base, imageTags });
        if (method === 'onCloudTrailImagePushed') return withoutUndefined({ method, ...base, imageTag });
        return { method, ...base };
      }),
    );
}

interface Pools {
  principals: Principal[];
  topics: Topic[];
  imports: ImportedResource[];
}

function targetsFrom(pools: Pools, maxLength: number): fc.Arbitrary<EventTarget[]> {
  const options: EventTarget[] = [
    ...pools.topics.map((t) => ({ type: 'SnsTopic' as const, topic: t.id })),
    ...pools.imports.map((i): EventTarget => (i.type === 'Topic' ? { type: 'SnsTopic', topic: i.id } : i.type === 'Queue' ? { type: 'SqsQueue', queue: i.id } : { type: 'LambdaFunction', handler: i.id })),
  ];
  return options.length ? fc.array(pick(options), { maxLength }) : fc.constant<EventTarget[]>([]);
}

function validStatement(pools: Pools, sid: string | undefined): fc.Arbitrary<PolicyStatement> {
  const principals = pools.principals;
  return fc
    .record({
      effect: maybe(pick(['ALLOW', 'DENY'] as const)),
      actions: fc.oneof(fc.uniqueArray(pick(COMMON_ACTIONS), { minLength: 1, maxLength: 4 }), fc.uniqueArray(pick(REPOSITORY_ACTIONS), { minLength: 1, maxLength: 3 }), fc.constant<string[]>(['ecr:*'])),
      principals: fc.uniqueArray(pick(principals), { minLength: 1, maxLength: 3, selector: (p) => p.id }),
      conditions: maybe(pick(CONDITIONS)),
      resources: fc.option(fc.constant<string[]>(['*']), { nil: undefined, freq: 12 }),
    })
    .map(({ principals: chosen, ...rest }) => {
      // Principals with different conditions cannot share a statement (CDK refuses it): an
      // organization principal goes alone.
      const org = chosen.find((p) => p.type === 'OrganizationPrincipal');
      return withoutUndefined({ sid, ...rest, principals: (org ? [org] : chosen).map((p) => p.id) });
    });
}

function validRepositoryAccess(repo: Repository, pools: Pools): fc.Arbitrary<Repository> {
  const grants = pools.principals.length
    ? fc.array(fc.record({ method: pick(['grantPull', 'grantPush', 'grantPullPush', 'grantRead'] as const), grantee: pick(pools.principals.map((p) => p.id)) }), { maxLength: 4 })
    : fc.constant<Grant[]>([]);
  const statements = pools.principals.length
    ? fc.nat({ max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => validStatement(pools, k % 2 === 0 ? undefined : `${repo.id.replace(/[^A-Za-z0-9]/g, '')}S${k}`)))).map((x): PolicyStatement[] => [...x])
    : fc.constant<PolicyStatement[]>([]);
  const rules = fc.nat({ max: 2 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => validRule(`Rule${k}`, targetsFrom(pools, 3))))).map((x): EventRule[] => [...x]);
  return fc.record({ grants, statements, rules }).map(({ grants: g, statements: s, rules: r }) =>
    withoutUndefined({
      ...repo,
      grants: g.length ? g : undefined,
      resourcePolicyStatements: s.length ? s : undefined,
      eventRules: r.length ? r : undefined,
    }),
  );
}

/** Adds access and events CDK accepts to a valid design (ids never collide with the repositories'). */
export function addValidAccess(designArb: fc.Arbitrary<Design>): fc.Arbitrary<Design> {
  return designArb.chain((design) =>
    fc
      .record({
        principals: fc.nat({ max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => validPrincipal(`Principal${i}`)))),
        topics: fc.nat({ max: 2 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => validTopic(`Topic${i}`)))),
        imports: fc.nat({ max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => validImport(`Import${i}`)))),
        enabled: fc.nat({ max: 9 }),
      })
      .chain(({ principals, topics, imports, enabled }) => {
        if (enabled < 2) return fc.constant(design);
        const pools: Pools = { principals, topics, imports };
        return fc
          .record({
            repositories: fc.tuple(...design.repositories.map((r) => validRepositoryAccess(r, pools))),
            tokens: principals.length
              ? fc.array(fc.record({ token: pick(['AuthorizationToken', 'PublicGalleryAuthorizationToken'] as const), grantee: pick(principals.map((p) => p.id)) }), { maxLength: 3 })
              : fc.constant<NonNullable<Design['authorizationTokenGrants']>>([]),
          })
          .map(({ repositories, tokens }) =>
            withoutUndefined({
              ...design,
              principals: principals.length ? principals : undefined,
              topics: topics.length ? topics : undefined,
              imports: imports.length ? imports : undefined,
              repositories,
              authorizationTokenGrants: tokens.length ? tokens : undefined,
            }),
          );
      }),
  );
}

// ---------------------------------------------------------------------------------------------
// The half with mistakes

const ANY_IDS = ['Repo', 'Api', 'P', 'Topic', 'Resource', 'Policy', 'Imp', 'RepoKey', 'Q'];
const anyId = fc.oneof({ weight: 3, arbitrary: pick(ANY_IDS) }, { weight: 1, arbitrary: fc.constantFrom('', 'a/b', 'X') });
const oddText = fc.oneof(
  { weight: 6, arbitrary: pick(TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom('${Token[X.1]}x', 'd'.repeat(1001), 'x'.repeat(101), 'tab\there', '\u0000') },
);

const anyPrincipal: fc.Arbitrary<Principal> = anyId.chain((id) =>
  fc.oneof(
    validPrincipal(id),
    maybe(fc.constantFrom('bad name', '', 'x'.repeat(65), 'ünï')).map((userName) => withoutUndefined({ id, type: 'User' as const, userName })),
    fc
      .record({ roleName: maybe(fc.constantFrom('bad role', '', 'r'.repeat(65))), description: maybe(oddText), accountId: fc.constantFrom('1234', '111122223333', '') })
      .map(({ accountId, ...r }) => withoutUndefined({ id, type: 'Role' as const, assumedBy: { type: 'AccountPrincipal' as const, accountId }, ...r })),
    fc.constantFrom('1234', '', 'abc').map((accountId) => ({ id, type: 'AccountPrincipal' as const, accountId })),
    fc.constantFrom('role/ci', '', '*', 'arn:aws:s3:::bucket').map((arn) => ({ id, type: 'ArnPrincipal' as const, arn })),
    fc.constantFrom('o-abc', 'O-ABCDEFGHIJ', '${Token[O.1]}').map((organizationId) => ({ id, type: 'OrganizationPrincipal' as const, organizationId })),
    fc.constantFrom('', 'not a service').map((service) => ({ id, type: 'ServicePrincipal' as const, service })),
  ),
);

const anyTopic: fc.Arbitrary<Topic> = fc
  .record({
    id: anyId,
    topicName: maybe(fc.constantFrom('ok-name', 'bad name', '')),
    displayName: maybe(oddText),
    emailSubscriptions: maybe(fc.array(fc.constantFrom(...EMAILS, '', 'Policy', 'Resource', 'not-an-email', 'a/b@example.com'), { maxLength: 3 })),
  })
  .map(withoutUndefined);

const anyImport: fc.Arbitrary<ImportedResource> = fc.tuple(anyId, fc.constantFrom('arn:aws:sns:us-east-1:111122223333:t', 'not-an-arn', 'arn:aws:sqs:us-east-1:111122223333:q', 'arn::lambda:r:1:function:f', 'arn:aws:lambda:us-east-1:111122223333:function:bad name')).chain(([id, arn]) =>
  fc.oneof(
    fc.constant({ id, type: 'Topic' as const, topicArn: arn }),
    fc.constant({ id, type: 'Queue' as const, queueArn: arn }),
    maybe(fc.boolean()).map((sameEnvironment) => withoutUndefined({ id, type: 'Function' as const, functionArn: arn, sameEnvironment })),
  ),
);

const anyRefId = fc.oneof({ weight: 4, arbitrary: pick(ANY_IDS) }, { weight: 1, arbitrary: fc.constant('Missing') });

const anyTarget: fc.Arbitrary<EventTarget> = fc.oneof(
  anyRefId.map((topic) => ({ type: 'SnsTopic' as const, topic })),
  anyRefId.map((queue) => ({ type: 'SqsQueue' as const, queue })),
  anyRefId.map((handler) => ({ type: 'LambdaFunction' as const, handler })),
);

const anyPattern: fc.Arbitrary<EventPattern> = fc.oneof(
  pick<EventPattern>([
    { detail: { 'repository-name': { prefix: ['x'] } } },
    { detail: { requestParameters: ['x'] } },
    { detail: { 'scan-status': { x: ['y'] } } },
    { account: [] },
    { detail: { eventName: { a: ['b'] }, x: [] } },
    { detail: { 'image-tags': ['${Token[T.9]}'] } },
  ]),
  validPatternFor('onEvent'),
);

const anyRule: fc.Arbitrary<EventRule> = fc
  .record({
    id: anyId,
    method: pick(['onImageScanCompleted', 'onCloudTrailImagePushed', 'onEvent'] as const),
    ruleName: maybe(fc.constantFrom('ok-name', '', 'bad name', 'n'.repeat(65))),
    description: maybe(oddText),
    enabled: maybe(fc.boolean()),
    eventPattern: maybe(anyPattern),
    targets: maybe(fc.array(anyTarget, { maxLength: 7 })),
    imageTags: maybe(fc.array(pick(['latest', '']), { maxLength: 2 })),
    imageTag: maybe(pick(['latest', ''])),
  })
  .map(({ method, imageTags, imageTag, ...rest }) => {
    const base = withoutUndefined(rest);
    if (method === 'onImageScanCompleted') return withoutUndefined({ method, ...base, imageTags });
    if (method === 'onCloudTrailImagePushed') return withoutUndefined({ method, ...base, imageTag });
    return { method, ...base };
  });

const anyStatement: fc.Arbitrary<PolicyStatement> = fc
  .record({
    sid: maybe(fc.constantFrom('A', 'A', 'has space', '')),
    effect: maybe(pick(['ALLOW', 'DENY'] as const)),
    actions: maybe(fc.array(fc.oneof({ weight: 6, arbitrary: pick(COMMON_ACTIONS) }, { weight: 1, arbitrary: fc.constantFrom('s3:GetObject', 'ecr:Nope', 'bad action', 'ecr:GetAuthorizationToken', '*', 'ecr:${Token[A.1]}') }), { maxLength: 3 })),
    principals: maybe(fc.array(anyRefId, { maxLength: 3 })),
    resources: maybe(fc.array(fc.constantFrom('*', 'arn:aws:ecr:us-east-1:111122223333:repository/x'), { maxLength: 1 })),
    conditions: maybe(fc.oneof(pick(CONDITIONS), fc.constant({ StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } }), fc.constant({ Weird: { k: 'v' } }))),
  })
  .map(withoutUndefined);

/** The design without any access or events (the base the generators add to). */
export function withoutAccess(design: Design): Design {
  const { principals: _p, topics: _t, imports: _i, authorizationTokenGrants: _a, ...rest } = design;
  return {
    ...rest,
    repositories: design.repositories.map(({ grants: _g, resourcePolicyStatements: _s, eventRules: _r, ...repo }) => repo),
  };
}

/** Adds access and events with mistakes anywhere to any design. */
export function addAnyAccess(designArb: fc.Arbitrary<Design>): fc.Arbitrary<Design> {
  return designArb.chain((design) =>
    fc
      .record({
        principals: fc.array(anyPrincipal, { maxLength: 4 }),
        topics: fc.array(anyTopic, { maxLength: 2 }),
        imports: fc.array(anyImport, { maxLength: 2 }),
        tokens: fc.array(fc.record({ token: pick(['AuthorizationToken', 'PublicGalleryAuthorizationToken'] as const), grantee: anyRefId }), { maxLength: 2 }),
        repositories: fc.tuple(
          ...design.repositories.map((repo) =>
            fc
              .record({
                grants: fc.array(fc.record({ method: pick(['grantPull', 'grantPush', 'grantPullPush', 'grantRead'] as const), grantee: anyRefId }), { maxLength: 3 }),
                resourcePolicyStatements: fc.array(anyStatement, { maxLength: 2 }),
                eventRules: fc.array(anyRule, { maxLength: 2 }),
              })
              .map((access) => withoutUndefined({ ...repo, ...Object.fromEntries(Object.entries(access).filter(([, v]) => v.length > 0)) }) as Repository),
          ),
        ),
        enabled: fc.nat({ max: 9 }),
      })
      .map(({ enabled, principals, topics, imports, tokens, repositories }) =>
        enabled < 2
          ? design
          : withoutUndefined({
              ...design,
              principals: principals.length ? principals : undefined,
              topics: topics.length ? topics : undefined,
              imports: imports.length ? imports : undefined,
              repositories,
              authorizationTokenGrants: tokens.length ? tokens : undefined,
            }),
      ),
  );
}
