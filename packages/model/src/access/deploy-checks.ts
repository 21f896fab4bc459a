/**
 * What CDK lets through in access and events but CloudFormation, IAM, ECR, SNS, EventBridge or
 * Lambda reject at deploy time (errors), and what deploys but does not do what the design seems to
 * intend (warnings). Sources: the resource schemas aws-cdk-lib's built-in validation checks
 * (AWS::IAM::User/Role, AWS::Events::Rule, AWS::Lambda::Permission, AWS::SNS::Topic), the IAM
 * policy grammar (principals, condition operators, sids), ECR's repository policy rules (no
 * Resource element, ECR actions only, 10,240 characters), and the delivery permissions EventBridge
 * needs on its targets.
 */
import type { Design, JsonValue, Principal } from '../design.ts';
import { type Diagnostic, type DiagnosticSource, type Path, type Severity, formatPath } from '../diagnostics.ts';
import { isUnresolvedString } from '../cdk/tokens.ts';
import { findEcrAction, matchesEcrAction } from './ecr-actions.ts';
import { planAccess, renderedPattern, repositoryPolicyStatements, roleStatements, standardizedService } from './plan.ts';
import { patternProblems } from './pattern.ts';
import { repositoryPolicyText } from './render.ts';

type Emit = (severity: Severity, source: DiagnosticSource, path: Path, code: string, message: string) => void;

const ACCOUNT_ID = /^[0-9]{12}$/;
/** `\w` of the resource schemas' regular expressions, which are Unicode-aware. */
const SCHEMA_NAME = /^[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}+=,.@-]+$/u;
/** IAM's description pattern: tab, line feed, carriage return and printable Latin-1. */
function isRoleDescriptionText(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const ok = c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0x7e) || (c >= 0xa1 && c <= 0xff);
    if (!ok) return false;
  }
  return true;
}
const LAMBDA_FUNCTION_NAME =
  /^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$/;
const SNS_TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const SID = /^[A-Za-z0-9]*$/;
const CONDITION_OPERATORS = new Set(
  (
    'StringEquals StringNotEquals StringEqualsIgnoreCase StringNotEqualsIgnoreCase StringLike StringNotLike ' +
    'NumericEquals NumericNotEquals NumericLessThan NumericLessThanEquals NumericGreaterThan NumericGreaterThanEquals ' +
    'DateEquals DateNotEquals DateLessThan DateLessThanEquals DateGreaterThan DateGreaterThanEquals Bool BinaryEquals ' +
    'IpAddress NotIpAddress ArnEquals ArnLike ArnNotEquals ArnNotLike Null'
  ).split(' '),
);
const MAX_REPOSITORY_POLICY = 10240;
const MAX_RULE_DESCRIPTION = 512;
const MAX_TARGET_ARN = 1600;

function codePoints(s: string): number {
  return [...s].length;
}

function validOperator(op: string): boolean {
  const base = op.replace(/^(ForAllValues|ForAnyValue):/, '').replace(/IfExists$/, '');
  return CONDITION_OPERATORS.has(base);
}

function isScalar(x: JsonValue): boolean {
  return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
}

function validConditionValue(v: JsonValue): boolean {
  return isScalar(v) || (Array.isArray(v) && v.every(isScalar));
}

function serviceOfArn(arn: string): string | undefined {
  const c = arn.split(':');
  return arn.startsWith('arn:') ? c[2] : undefined;
}

export function accessDeployChecks(design: Design): Diagnostic[] {
  const out: Diagnostic[] = [];
  const emit: Emit = (severity, source, path, code, message) => out.push({ path: formatPath(path), severity, code, message, source });
  const plan = planAccess(design);

  // Ids: every reference resolves to the first definition; a second one is a mistake.
  const principalIds = new Map<string, number>();
  (design.principals ?? []).forEach((p, i) => {
    const first = principalIds.get(p.id);
    if (first !== undefined) emit('error', 'designer', ['principals', i, 'id'], 'DuplicatePrincipalId', `Principal id '${p.id}' is already used by principals[${first}]; references would be ambiguous.`);
    else principalIds.set(p.id, i);
    principalChecks(p, ['principals', i], emit);
  });
  // Physical names: unique per account (users and roles are CloudFormation primary identifiers).
  const physical = new Map<string, string>();
  const unique = (kind: string, name: string | undefined, path: Path, source: DiagnosticSource, code: string, severity: Severity = 'error') => {
    if (name === undefined || name === '' || isUnresolvedString(name)) return;
    const first = physical.get(`${kind}:${name}`);
    if (first !== undefined) emit(severity, source, path, code, `${kind} name '${name}' is also used by ${first}; names are unique in an account${kind === 'Rule' ? ' and region' : ''}.`);
    else physical.set(`${kind}:${name}`, formatPath(path.slice(0, -1)));
  };
  (design.principals ?? []).forEach((p, i) => {
    if (p.type === 'User') unique('User', p.userName, ['principals', i, 'userName'], 'cloudformation', 'DuplicateUserName');
    if (p.type === 'Role') unique('Role', p.roleName, ['principals', i, 'roleName'], 'cloudformation', 'DuplicateRoleName');
  });
  (design.topics ?? []).forEach((t, i) => unique('Topic', t.topicName, ['topics', i, 'topicName'], 'sns', 'DuplicateTopicName', 'warning'));
  design.repositories.forEach((repo, r) =>
    (repo.eventRules ?? []).forEach((rule, k) => unique('Rule', rule.ruleName, ['repositories', r, 'eventRules', k, 'ruleName'], 'events', 'DuplicateRuleName')),
  );

  const referenced = new Set<string>();
  const principalRef = (id: string, path: Path): Principal | undefined => {
    referenced.add(id);
    const found = plan.principals.get(id);
    if (!found) emit('error', 'designer', path, 'UnknownPrincipal', `No principal with id '${id}' (principals[].id); the reference is left out of the code.`);
    return found?.principal;
  };

  for (const identity of plan.identities) {
    if (identity.principal.type === 'Role' && roleStatements(identity).overflow) {
      emit(
        'error',
        'designer',
        ['principals', identity.index],
        'RolePolicyTooLarge',
        `The grants to role '${identity.principal.id}' exceed what one inline policy holds: CDK would move some statements to OverflowPolicy managed policies, which ECR Designer does not render. Grant fewer repositories, or use fewer roles per repository.`,
      );
    }
  }

  const usedTopics = new Set<string>();
  const usedImports = new Set<string>();
  (design.topics ?? []).forEach((t, i) => {
    const base: Path = ['topics', i];
    if (t.topicName !== undefined && !isUnresolvedString(t.topicName)) {
      if (codePoints(t.topicName) > 256) emit('error', 'cloudformation', [...base, 'topicName'], 'TopicNameTooLong', `TopicName must be at most 256 characters (it has ${codePoints(t.topicName)}).`);
      else if (!SNS_TOPIC_NAME.test(t.topicName)) {
        emit('error', 'sns', [...base, 'topicName'], 'InvalidTopicName', `SNS topic names have 1 to 256 ASCII letters, digits, hyphens and underscores; '${t.topicName}' is refused.`);
      }
    }
    (t.emailSubscriptions ?? []).forEach((email, j) => {
      if (!isUnresolvedString(email) && !EMAIL.test(email)) {
        emit('error', 'sns', [...base, 'emailSubscriptions', j], 'InvalidEmailEndpoint', `'${email}' is not an email address; SNS refuses the subscription.`);
      }
    });
  });
  (design.imports ?? []).forEach((imp, i) => {
    const base: Path = ['imports', i];
    const [field, arn, service] =
      imp.type === 'Topic' ? ['topicArn', imp.topicArn, 'sns'] : imp.type === 'Queue' ? ['queueArn', imp.queueArn, 'sqs'] : ['functionArn', imp.functionArn, 'lambda'];
    const actual = serviceOfArn(arn);
    if (actual !== undefined && actual !== service && !isUnresolvedString(arn)) {
      emit('error', 'events', [...base, field], 'ImportArnWrongService', `'${arn}' is not an ${service.toUpperCase()} ARN (service '${actual}', expected '${service}').`);
    }
    if (codePoints(arn) > MAX_TARGET_ARN) emit('error', 'cloudformation', [...base, field], 'TargetArnTooLong', `A rule target ARN has at most ${MAX_TARGET_ARN} characters (this one has ${codePoints(arn)}).`);
  });

  design.repositories.forEach((repo, r) => {
    const base: Path = ['repositories', r];
    const access = plan.repositories[r];
    (repo.grants ?? []).forEach((g, k) => {
      const p = principalRef(g.grantee, [...base, 'grants', k, 'grantee']);
      if (!p) return;
      if (g.method !== 'grantRead' && (p.type === 'AccountPrincipal' || p.type === 'ArnPrincipal' || p.type === 'OrganizationPrincipal' || p.type === 'AnyPrincipal')) {
        emit(
          'warning',
          'iam',
          [...base, 'grants', k],
          'GranteeNeedsIdentityPolicy',
          `CDK can only write the repository policy for '${p.id}': its own account must still allow these ECR actions and ecr:GetAuthorizationToken (which a repository policy cannot grant) in an identity policy before it can log in and ${g.method === 'grantPull' ? 'pull' : g.method === 'grantPush' ? 'push' : 'pull and push'}.`,
        );
      }
    });

    const sids = new Map<string, number>();
    (repo.resourcePolicyStatements ?? []).forEach((st, k) => {
      const at: Path = [...base, 'resourcePolicyStatements', k];
      (st.principals ?? []).forEach((id, j) => principalRef(id, [...at, 'principals', j]));
      if (st.sid !== undefined) {
        const first = sids.get(st.sid);
        if (first !== undefined) emit('error', 'ecr', [...at, 'sid'], 'DuplicateSid', `Sid '${st.sid}' is also used by resourcePolicyStatements[${first}]; statement ids must be unique in a policy.`);
        else sids.set(st.sid, k);
        if (!SID.test(st.sid) && !isUnresolvedString(st.sid)) {
          emit('warning', 'iam', [...at, 'sid'], 'UnusualSid', `IAM documents a Sid as letters and digits only; '${st.sid}' may be refused.`);
        }
      }
      (st.resources ?? []).forEach((_, j) =>
        emit('error', 'ecr', [...at, 'resources', j], 'RepositoryPolicyResource', 'A repository policy statement must not have a Resource element (the repository is implied); ECR rejects the policy.'),
      );
      (st.actions ?? []).forEach((action, j) => {
        if (isUnresolvedString(action)) return;
        const colon = action.indexOf(':');
        const service = colon >= 0 ? action.slice(0, colon).toLowerCase() : undefined;
        if (action === '*' || service === undefined) return;
        if (service !== 'ecr') {
          emit('error', 'ecr', [...at, 'actions', j], 'NotAnEcrAction', `'${action}' is not an ECR action; a repository policy only accepts ecr: actions.`);
        } else if (!matchesEcrAction(action)) {
          emit('warning', 'ecr', [...at, 'actions', j], 'UnknownEcrAction', `'${action}' matches no ECR action; it has no effect.`);
        } else if (findEcrAction(action)?.scope === 'registry') {
          emit('warning', 'ecr', [...at, 'actions', j], 'RegistryActionInRepositoryPolicy', `'${action}' acts on the registry, not on a repository: a repository policy cannot grant it.`);
        }
      });
      for (const [op, entries] of Object.entries(st.conditions ?? {})) {
        if (!validOperator(op)) emit('error', 'iam', [...at, 'conditions', op], 'UnknownConditionOperator', `'${op}' is not an IAM condition operator; the policy is refused.`);
        for (const [key, value] of Object.entries(entries)) {
          if (!validConditionValue(value)) {
            emit('error', 'iam', [...at, 'conditions', op, key], 'InvalidConditionValue', 'A condition value is a string, number or boolean, or a list of them.');
          }
        }
      }
    });

    if (access && access.statements.length > 0) {
      const merged = repositoryPolicyStatements(access);
      const text = repositoryPolicyText(design, r);
      if (!('error' in merged) && text !== undefined) {
        const length = JSON.stringify(text).length;
        if (length > MAX_REPOSITORY_POLICY) {
          emit('error', 'ecr', [...base, 'resourcePolicyStatements'], 'RepositoryPolicyTooLong', `The repository policy has ${length} characters; ECR accepts at most ${MAX_REPOSITORY_POLICY}.`);
        }
      }
    }

    (repo.eventRules ?? []).forEach((rule, k) => {
      const at: Path = [...base, 'eventRules', k];
      if (rule.description !== undefined && codePoints(rule.description) > MAX_RULE_DESCRIPTION) {
        emit('error', 'cloudformation', [...at, 'description'], 'RuleDescriptionTooLong', `A rule description has at most ${MAX_RULE_DESCRIPTION} characters (this one has ${codePoints(rule.description)}).`);
      }
      const seenTargets = new Map<string, number>();
      (rule.targets ?? []).forEach((t, j) => {
        const ref = t.type === 'SnsTopic' ? t.topic : t.type === 'SqsQueue' ? t.queue : t.handler;
        const key = `${t.type}:${ref}`;
        const first = seenTargets.get(key);
        if (first !== undefined) emit('warning', 'events', [...at, 'targets', j], 'DuplicateTarget', `This target repeats targets[${first}]; every event would be delivered twice.`);
        else seenTargets.set(key, j);
        const created = t.type === 'SnsTopic' ? (design.topics ?? []).find((x) => x.id === ref) : undefined;
        const imported = plan.imports.get(ref)?.imported;
        if (created) usedTopics.add(ref);
        const wanted = t.type === 'SnsTopic' ? 'Topic' : t.type === 'SqsQueue' ? 'Queue' : 'Function';
        if (!created && imported?.type !== wanted) {
          emit('error', 'designer', [...at, 'targets', j], 'UnknownTarget', `No ${t.type === 'SnsTopic' ? 'topic (topics[] or imports[] of type Topic)' : `import of type ${wanted}`} with id '${ref}'; the target is left out of the code.`);
          return;
        }
        if (created) return;
        usedImports.add(ref);
        if (imported?.type === 'Topic' || imported?.type === 'Queue') {
          emit(
            'warning',
            'events',
            [...at, 'targets', j],
            'TargetPolicyNotManaged',
            `CDK cannot change the policy of an imported ${imported.type === 'Topic' ? 'topic' : 'queue'}: it must already allow events.amazonaws.com to ${imported.type === 'Topic' ? 'publish (sns:Publish)' : 'send messages (sqs:SendMessage)'}, or EventBridge cannot deliver.`,
          );
        } else if (imported?.type === 'Function' && !imported.sameEnvironment) {
          emit(
            'warning',
            'lambda',
            [...at, 'targets', j],
            'LambdaPermissionNotAdded',
            'CDK adds no permission for an imported function of unknown environment: the function must already allow events.amazonaws.com to invoke it, or set sameEnvironment on the import.',
          );
        } else if (imported?.type === 'Function' && !isUnresolvedString(imported.functionArn) && !LAMBDA_FUNCTION_NAME.test(imported.functionArn)) {
          const index = plan.imports.get(ref)?.index ?? 0;
          emit('error', 'cloudformation', ['imports', index, 'functionArn'], 'InvalidFunctionName', `'${imported.functionArn}' is not a Lambda function name or ARN the permission accepts.`);
        }
      });
    });
    for (const rule of access?.rules ?? []) {
      const pattern = renderedPattern(rule);
      if (!pattern) continue;
      for (const p of patternProblems(pattern)) {
        if (p.problem === 'empty') {
          emit('error', 'cloudformation', [...base, 'eventRules', rule.index, 'eventPattern', ...p.path.map((x) => (x === 'detail-type' ? 'detailType' : x))], 'EmptyPatternList', `Event pattern field '${p.path.join('.')}' is an empty list: it can never match, and EventBridge refuses it.`);
        }
      }
    }
  });

  (design.authorizationTokenGrants ?? []).forEach((g, k) => {
    const p = principalRef(g.grantee, ['authorizationTokenGrants', k, 'grantee']);
    if (p && p.type !== 'User' && p.type !== 'Role') {
      emit('warning', 'designer', ['authorizationTokenGrants', k], 'TokenGrantIgnored', `${g.token}.grantRead only adds to the identity policy of a user or role of the stack; for ${p.type} '${p.id}' CDK adds nothing.`);
    }
  });

  (design.principals ?? []).forEach((p, i) => {
    if (p.type !== 'User' && p.type !== 'Role' && !referenced.has(p.id)) {
      emit('info', 'designer', ['principals', i], 'UnusedPrincipal', `Principal '${p.id}' is not used by any grant or statement.`);
    }
  });
  (design.topics ?? []).forEach((t, i) => {
    if (!usedTopics.has(t.id) && (t.emailSubscriptions ?? []).length === 0) emit('info', 'designer', ['topics', i], 'UnusedTopic', `Topic '${t.id}' is not the target of any rule.`);
  });
  (design.imports ?? []).forEach((imp, i) => {
    if (!usedImports.has(imp.id)) emit('info', 'designer', ['imports', i], 'UnusedImport', `'${imp.id}' is not the target of any rule.`);
  });
  return out;
}

function principalChecks(p: Principal, base: Path, emit: Emit): void {
  switch (p.type) {
    case 'User': {
      const name = p.userName;
      if (name === undefined || isUnresolvedString(name)) return;
      if (codePoints(name) < 1 || codePoints(name) > 64) emit('error', 'cloudformation', [...base, 'userName'], 'InvalidUserName', `UserName must have 1 to 64 characters (it has ${codePoints(name)}).`);
      else if (!SCHEMA_NAME.test(name)) emit('error', 'cloudformation', [...base, 'userName'], 'InvalidUserName', `UserName '${name}' may only contain letters, digits and + = , . @ _ -.`);
      else if (!/^[\w+=,.@-]+$/.test(name)) emit('error', 'iam', [...base, 'userName'], 'NonAsciiUserName', `IAM user names are ASCII: '${name}' is refused.`);
      return;
    }
    case 'Role': {
      if (p.roleName === '') emit('error', 'cloudformation', [...base, 'roleName'], 'InvalidRoleName', 'RoleName is empty: CloudFormation requires 1 to 64 characters. Remove it to let CloudFormation generate one.');
      if (p.description !== undefined && p.description.length <= 1000 && !isUnresolvedString(p.description) && !isRoleDescriptionText(p.description)) {
        emit('error', 'cloudformation', [...base, 'description'], 'InvalidRoleDescription', 'A role description may only contain printable Latin-1 characters, tabs and line breaks.');
      }
      if (p.assumedBy.type === 'AccountPrincipal' && !ACCOUNT_ID.test(p.assumedBy.accountId) && !isUnresolvedString(p.assumedBy.accountId)) {
        emit('error', 'iam', [...base, 'assumedBy', 'accountId'], 'InvalidAccountId', `'${p.assumedBy.accountId}' is not a 12-digit AWS account id; IAM refuses the trust policy.`);
      }
      if (p.assumedBy.type === 'ServicePrincipal') serviceCheck(p.assumedBy.service, [...base, 'assumedBy', 'service'], emit);
      return;
    }
    case 'AccountPrincipal':
      if (!ACCOUNT_ID.test(p.accountId) && !isUnresolvedString(p.accountId)) {
        emit('error', 'iam', [...base, 'accountId'], 'InvalidAccountId', `'${p.accountId}' is not a 12-digit AWS account id; the policy naming it is refused.`);
      }
      return;
    case 'ArnPrincipal': {
      if (isUnresolvedString(p.arn)) return;
      const service = serviceOfArn(p.arn);
      if (p.arn !== '*' && service === undefined) emit('error', 'iam', [...base, 'arn'], 'InvalidPrincipalArn', `'${p.arn}' is not an ARN; the policy naming it is refused.`);
      else if (service !== undefined && service !== 'iam' && service !== 'sts') {
        emit('warning', 'iam', [...base, 'arn'], 'UnexpectedPrincipalArn', `Principals are IAM roles, users or accounts; '${p.arn}' is a ${service} ARN.`);
      }
      return;
    }
    case 'ServicePrincipal':
      serviceCheck(p.service, [...base, 'service'], emit);
      return;
    default:
      return;
  }
}

function serviceCheck(service: string, path: Path, emit: Emit): void {
  if (isUnresolvedString(service)) return;
  const name = standardizedService(service);
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/.test(name)) {
    emit('warning', 'iam', path, 'UnexpectedServicePrincipal', `'${name}' does not look like an AWS service principal (such as codebuild.amazonaws.com).`);
  }
}
