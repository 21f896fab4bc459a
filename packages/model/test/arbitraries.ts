/**
 * fast-check generators of designs for the property and oracle tests. They aim at the edges:
 * mostly plausible designs (so most synthesize), with a steady share of every kind of mistake CDK,
 * CloudFormation or ECR reject, odd strings everywhere a string goes, and colliding ids.
 */
import fc from 'fast-check';
import { addAnyAccess, addValidAccess, withoutAccess } from './arbitraries-access.ts';
import type { CreatedKey, Design, LifecycleRule, Repository } from '../src/index.ts';

/** Strings that break naive quoting in JSON, YAML and TypeScript. */
export const oddString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "it's", '"quoted"', 'back\\slash', 'line\nbreak', 'tab\there', 'crlf\r\n', '*/ end', '${x}', '${Token[X.1]}x', '<b>html</b>',
      'yes', 'no', 'on', 'off', 'null', '~', 'true', '1e3', '0x1F', '012', '2026-01-01', '- dash', ': colon', '#hash', '@at', '`tick`',
      '', ' ', ' lead', 'trail ', 'ünïcödé', '日本語', '🚀', '\u2028', '\u0000nul', '\u007f', 'a: b', '[x]', '{y}', '!tag', '&anchor', '*alias', '%pct', '|', '>',
    ),
  },
);

const tagChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_.'.split(''));
const tagText = fc.string({ unit: tagChars, minLength: 1, maxLength: 10 });
/** Tag prefixes/patterns: mostly valid, sometimes with too many wildcards or empty. */
const tagFilter = fc.oneof(
  { weight: 6, arbitrary: tagText },
  { weight: 3, arbitrary: fc.tuple(tagText, fc.constantFrom('*', '*.*', '-*', '*-rc*')).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constantFrom('a*b*c*d*e*', '*****', '', 'UPPER', 'x/y') },
);

const segment = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')), minLength: 1, maxLength: 6 });
const validRepositoryName = fc
  .array(fc.tuple(segment, fc.constantFrom('', '-', '_', '.'), segment), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([a, sep, b]) => (sep ? a + sep + b : a + b)).join('/'))
  .filter((n) => n.length >= 2);
const repositoryName = fc.oneof(
  { weight: 8, arbitrary: validRepositoryName },
  { weight: 2, arbitrary: fc.constantFrom('A', 'a', 'MyRepo', '-repo', 'a--b', 'a__b', 'ab/', '', 'x'.repeat(257), 'team/App') },
);

const positiveInt = fc.integer({ min: 1, max: 60 });
const countOrAge = fc.oneof(
  { weight: 8, arbitrary: positiveInt },
  { weight: 1, arbitrary: fc.constantFrom(0, 1.5, -1, 9999, 1000000) },
);

/** ECR's archive options (escape hatch), any combination, mistakes included. */
const anyArchiveFields = fc.record(
  {
    storageClass: fc.constantFrom('STANDARD', 'ARCHIVE'),
    maxDaysSinceLastPull: countOrAge,
    maxDaysSinceArchived: fc.oneof(countOrAge, fc.constantFrom(90, 365)),
    action: fc.constantFrom('EXPIRE', 'TRANSITION'),
  },
  { requiredKeys: [] },
);

/** Any rule, including the combinations CDK rejects. */
export const lifecycleRule: fc.Arbitrary<LifecycleRule> = fc
  .tuple(
    fc.record(
    {
      rulePriority: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 2.5, 100) }),
      description: oddString,
      tagStatus: fc.constantFrom('TAGGED', 'UNTAGGED', 'ANY'),
      tagPrefixList: fc.array(tagFilter, { maxLength: 3 }),
      tagPatternList: fc.array(tagFilter, { maxLength: 3 }),
      maxImageCount: countOrAge,
      maxImageAgeDays: countOrAge,
    },
    { requiredKeys: [] },
    ),
    fc.oneof({ weight: 11, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: anyArchiveFields }),
  )
  .map(([r, archive]) => {
    // Bias towards rules CDK accepts: usually exactly one of count/age and at most one tag list.
    const rule: LifecycleRule = { ...r, ...archive };
    if (rule.maxImageCount !== undefined && rule.maxImageAgeDays !== undefined && (rule.maxImageCount + rule.maxImageAgeDays) % 5 !== 0) {
      delete rule.maxImageAgeDays;
    }
    if (rule.maxImageCount === undefined && rule.maxImageAgeDays === undefined && (rule.rulePriority ?? 0) % 4 !== 0) rule.maxImageCount = 3;
    if (rule.tagPrefixList && rule.tagPatternList && rule.tagPrefixList.length % 3 !== 0) delete rule.tagPatternList;
    return rule;
  });

/** Strings CDK does not mistake for its token markers. */
const safeString = oddString.filter((x) => !x.includes('Token[') && !x.includes('e+289'));
const validTagFilter = fc.oneof(tagText, fc.tuple(tagText, fc.constantFrom('*', '*.*', '-*', '*-rc*')).map(([a, b]) => a + b));

/** Count and action of a valid rule using ECR's archive options (rendered through the escape hatch). */
const validArchiveCount: fc.Arbitrary<Partial<LifecycleRule>> = fc.oneof(
  fc.record({ maxDaysSinceLastPull: positiveInt, action: fc.constant('TRANSITION' as const) }),
  fc.record({ maxImageAgeDays: positiveInt, action: fc.constant('TRANSITION' as const), storageClass: fc.constantFrom('STANDARD' as const, undefined) }),
  fc.record({ maxImageCount: positiveInt, action: fc.constant('TRANSITION' as const) }),
  fc.record({ storageClass: fc.constant('ARCHIVE' as const), maxDaysSinceArchived: fc.integer({ min: 90, max: 400 }), action: fc.constantFrom('EXPIRE' as const, undefined) }),
);

/** A rule CDK accepts (ECR may still object, e.g. to duplicate priorities). Never an ANY rule. */
const validNonAnyRule: fc.Arbitrary<LifecycleRule> = fc
  .record({
    rulePriority: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    description: fc.option(safeString, { nil: undefined }),
    selection: fc.oneof(
      fc.record({ tagStatus: fc.constantFrom('TAGGED', undefined), tagPrefixList: fc.array(validTagFilter, { minLength: 1, maxLength: 3 }) }),
      fc.record({ tagStatus: fc.constantFrom('TAGGED', undefined), tagPatternList: fc.array(validTagFilter, { minLength: 1, maxLength: 3 }) }),
      fc.record({ tagStatus: fc.constant('UNTAGGED' as const) }),
    ),
    count: fc.oneof(
      { weight: 7, arbitrary: fc.oneof(fc.record({ maxImageCount: positiveInt }), fc.record({ maxImageAgeDays: positiveInt })) },
      { weight: 1, arbitrary: validArchiveCount },
    ),
  })
  .map(({ rulePriority, description, selection, count }) => {
    const rule: LifecycleRule = {};
    if (rulePriority !== undefined) rule.rulePriority = rulePriority;
    if (description !== undefined) rule.description = description;
    for (const [k, v] of Object.entries({ ...selection, ...count })) if (v !== undefined) (rule as Record<string, unknown>)[k] = v;
    return rule;
  });

const validAnyRule: fc.Arbitrary<LifecycleRule> = fc
  .record({
    explicit: fc.boolean(),
    description: fc.option(safeString, { nil: undefined }),
    count: fc.oneof({ weight: 6, arbitrary: fc.oneof(fc.record({ maxImageCount: positiveInt }), fc.record({ maxImageAgeDays: positiveInt })) }, { weight: 1, arbitrary: validArchiveCount }),
  })
  .map(({ explicit, description, count }) => {
    const rule: LifecycleRule = { ...(explicit ? { tagStatus: 'ANY' as const } : {}), ...(description !== undefined ? { description } : {}) };
    for (const [k, v] of Object.entries(count)) if (v !== undefined) (rule as Record<string, unknown>)[k] = v;
    return rule;
  });

const validRules: fc.Arbitrary<LifecycleRule[]> = fc
  .tuple(fc.array(validNonAnyRule, { maxLength: 4 }), fc.option(validAnyRule, { nil: undefined }), fc.nat())
  .map(([rules, any, pos]) => {
    if (!any) return rules;
    const out = [...rules];
    out.splice(pos % (out.length + 1), 0, any);
    return out;
  });

const keyArn = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'arn:aws-cn:kms:cn-north-1:111122223333:key/k') },
  { weight: 1, arbitrary: fc.constantFrom('not-an-arn', 'arn:aws:kms:us-east-1:111122223333:key', 'arn::kms:r:a:key/x', 'arn:aws:s3:::bucket/x') },
);
const validAlias = fc.tuple(fc.constantFrom('', 'alias/'), segment).map(([p, s]) => `${p}ecr/${s}`);
const alias = fc.oneof({ weight: 6, arbitrary: validAlias }, { weight: 1, arbitrary: fc.constantFrom('alias/aws/x', 'bad alias', 'alias/', 'ALIAS/x') });
const createdKey = (aliasArb: fc.Arbitrary<string>, text: fc.Arbitrary<string>): fc.Arbitrary<CreatedKey> =>
  fc.record({ create: fc.constant(true as const), alias: aliasArb, description: text, enableKeyRotation: fc.boolean() }, { requiredKeys: ['create'] });

const exclusionFilter = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(tagText, fc.constantFrom('', '*', '-*')).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constantFrom('', 'a/b', 'x'.repeat(129), 'UP*') },
);

const tagKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('team', 'Team', 'env', 'cost-center', 'app', 'Owner', 'a', 'B', '_x', '1') },
  { weight: 2, arbitrary: oddString },
);

/** Every field, any value: most designs have at least one mistake. */
const anyRepositoryFields = fc.record(
  {
    repositoryName,
    imageScanOnPush: fc.boolean(),
    imageTagMutability: fc.constantFrom('MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION'),
    imageTagMutabilityExclusionFilters: fc.array(exclusionFilter, { maxLength: 6 }),
    encryption: fc.constantFrom('AES_256', 'KMS', 'KMS_DSSE'),
    encryptionKeyArn: keyArn,
    encryptionKey: createdKey(alias, oddString),
    removalPolicy: fc.constantFrom('RETAIN', 'DESTROY', 'RETAIN_ON_UPDATE_OR_DELETE', 'SNAPSHOT'),
    emptyOnDelete: fc.boolean(),
    lifecycleRegistryId: fc.oneof({ weight: 5, arbitrary: fc.constant('123456789012') }, { weight: 1, arbitrary: fc.constantFrom('12345', 'abcdefghijkl') }),
    lifecycleRules: fc.array(lifecycleRule, { maxLength: 5 }),
    tags: fc.dictionary(tagKey, oddString, { maxKeys: 4 }),
  },
  { requiredKeys: [] },
);

/** Fields CDK accepts together (CloudFormation or ECR may still object, e.g. to a duplicate name). */
const validRepositoryFields: fc.Arbitrary<Omit<Repository, 'id'>> = fc
  .record({
    repositoryName: fc.option(validRepositoryName, { nil: undefined }),
    imageScanOnPush: fc.option(fc.boolean(), { nil: undefined }),
    mutability: fc.oneof(
      fc.record({ imageTagMutability: fc.constantFrom('MUTABLE', 'IMMUTABLE', undefined) }),
      fc.record({
        imageTagMutability: fc.constantFrom('IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION'),
        imageTagMutabilityExclusionFilters: fc.array(fc.tuple(tagText, fc.constantFrom('', '*', '-*')).map(([a, b]) => a + b), { minLength: 1, maxLength: 5 }),
      }),
    ),
    encryption: fc.oneof(
      fc.record({ encryption: fc.constantFrom('AES_256', 'KMS', 'KMS_DSSE', undefined) }),
      fc.record({ encryption: fc.constantFrom('KMS', 'KMS_DSSE', undefined), encryptionKeyArn: fc.constantFrom('arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') }),
      fc.record({ encryption: fc.constantFrom('KMS', 'KMS_DSSE', undefined), encryptionKey: createdKey(validAlias, safeString) }),
    ),
    removal: fc.oneof(
      fc.record({ removalPolicy: fc.constantFrom('RETAIN', 'RETAIN_ON_UPDATE_OR_DELETE', undefined), emptyOnDelete: fc.constantFrom(false, undefined) }),
      fc.record({ removalPolicy: fc.constant('DESTROY' as const), emptyOnDelete: fc.constantFrom(true, false, undefined) }),
    ),
    lifecycleRegistryId: fc.option(fc.constant('123456789012'), { nil: undefined }),
    lifecycleRules: fc.option(validRules, { nil: undefined }),
    tags: fc.option(fc.dictionary(tagKey.filter((k) => !k.includes('Token[') && !k.includes('e+289')), safeString, { maxKeys: 4 }), { nil: undefined }),
  })
  .map(({ mutability, encryption, removal, ...rest }) => {
    const repo: Record<string, unknown> = {};
    for (const [k, v] of Object.entries({ ...rest, ...mutability, ...encryption, ...removal })) if (v !== undefined) repo[k] = v;
    return repo as Omit<Repository, 'id'>;
  });

export const repositoryArb = (id: fc.Arbitrary<string>): fc.Arbitrary<Repository> =>
  fc.tuple(id, anyRepositoryFields).map(([rid, fields]) => {
    const repo: Repository = { id: rid, ...fields } as Repository;
    // Keep the common, coherent combinations frequent.
    if (repo.encryptionKey && repo.encryptionKeyArn !== undefined) delete repo.encryptionKeyArn;
    if (repo.imageTagMutabilityExclusionFilters && !repo.imageTagMutability?.endsWith('_WITH_EXCLUSION') && repo.imageTagMutabilityExclusionFilters.length % 2 === 0) {
      delete repo.imageTagMutabilityExclusionFilters;
    }
    if (repo.emptyOnDelete === true && repo.removalPolicy !== 'DESTROY' && rid.length % 2 === 0) repo.removalPolicy = 'DESTROY';
    if (repo.removalPolicy === 'SNAPSHOT' && rid.length % 3 !== 0) delete repo.removalPolicy;
    return repo;
  });

const constructId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Repo', 'Api', 'Web', 'RepoKey', 'Repo2', 'Default', 'Resource') },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('A', 'b', 'Z'), fc.string({ unit: fc.constantFrom(...'abcXYZ019-_'.split('')), maxLength: 8 })).map(([a, b]) => a + b) },
);

/** Designs with mistakes anywhere (most of them are refused by CDK). */
export const anyDesignArb: fc.Arbitrary<Design> = addAnyAccess(fc
  .record(
    {
      stackName: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('EcrStack', 'Shop-Ecr', 'x1') }, { weight: 1, arbitrary: fc.constantFrom('my_stack', '1stack', 'Ecr/Stack') }),
      description: oddString,
      repositories: fc.array(repositoryArb(constructId), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['stackName', 'repositories'] },
  )
  .map((d) => ({ version: 1 as const, ...d })));

const validIds = fc.uniqueArray(
  fc.tuple(fc.constantFrom('Repo', 'Api', 'Web', 'A', 'b'), fc.string({ unit: fc.constantFrom(...'abcXYZ019-_'.split('')), maxLength: 6 })).map(([a, b]) => a + b),
  { minLength: 1, maxLength: 3, selector: (id) => id },
).filter((ids) => ids.every((id) => !ids.includes(`${id}Key`)));

/** Designs CDK synthesizes (deploy-time problems such as duplicate priorities still occur). */
export const validDesignArb: fc.Arbitrary<Design> = addValidAccess(fc
  .record({
    stackName: fc.constantFrom('EcrStack', 'Shop-Ecr', 'x1', 'A'),
    description: fc.option(safeString, { nil: undefined }),
    repositories: validIds.chain((ids) => fc.tuple(...ids.map((id) => validRepositoryFields.map((f) => ({ id, ...f }) as Repository)))),
  })
  .map(({ description, ...d }) => ({ version: 1 as const, ...(description !== undefined ? { description } : {}), ...d })));

/** Half valid designs (compared template by template), half with mistakes (compared error by error). */
/** Designs CDK synthesizes, with access and events full of mistakes (so CDK's later checks are reached). */
export const accessMistakesArb: fc.Arbitrary<Design> = addAnyAccess(validDesignArb.map(withoutAccess));

export const designArb: fc.Arbitrary<Design> = fc.oneof(validDesignArb, fc.oneof(anyDesignArb, accessMistakesArb));
