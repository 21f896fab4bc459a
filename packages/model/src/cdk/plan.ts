/**
 * The CDK program a design stands for, reduced to the decisions every output shares: which
 * constructs exist (and their ids, in creation order) and how encryption is expressed. The
 * validator, the CloudFormation renderer and the CDK code renderers all read this plan, so they
 * cannot disagree about, say, whether a key construct exists.
 */
import type { CreatedKey, Repository, RepositoryEncryption } from '../design.ts';
import { needsLifecycleEscapeHatch } from '../lifecycle/policy.ts';

export type KeyPlan =
  | { kind: 'created'; constructId: string; spec: CreatedKey }
  | { kind: 'imported'; constructId: string; arn: string };

export interface RepositoryPlan {
  repo: Repository;
  /** A KMS key construct (created or imported with fromKeyArn), made before the repository. */
  key?: KeyPlan;
  /** What the L2 `encryption` prop receives (undefined: not passed). */
  l2Encryption?: RepositoryEncryption;
  /** Whether the L2 `encryptionKey` prop receives `key`. */
  l2Key: boolean;
  /**
   * KMS_DSSE cannot go through the L2 (it throws `UnexpectedEncryptionType`), so the code sets the
   * L1 property instead: `(repo.node.defaultChild as ecr.CfnRepository).encryptionConfiguration`.
   */
  escapeHatch?: { kmsKey?: { kind: 'created' } | { kind: 'arn'; arn: string } };
  /**
   * A lifecycle rule uses an ECR option the L2 cannot express (archive storage), so the code passes
   * neither `lifecycleRules` nor `lifecycleRegistryId` to the L2 and sets the whole policy on the
   * L1 instead: `(repo.node.defaultChild as ecr.CfnRepository).lifecyclePolicy = {...}`. CDK then
   * validates none of the rules (ECR does, at deploy time).
   */
  lifecycleEscapeHatch?: true;
}

export function keyConstructId(repositoryId: string): string {
  return `${repositoryId}Key`;
}

/**
 * The plan of a repository, made once per repository object (designs are immutable: an edit makes
 * a new repository object). The plan is shared by every caller and must not be mutated.
 */
export function planRepository(repo: Repository): RepositoryPlan {
  let plan = planCache.get(repo);
  if (!plan) {
    plan = planEncryption(repo);
    if (needsLifecycleEscapeHatch(repo.lifecycleRules)) plan.lifecycleEscapeHatch = true;
    planCache.set(repo, plan);
  }
  return plan;
}

const planCache = new WeakMap<Repository, RepositoryPlan>();

function planEncryption(repo: Repository): RepositoryPlan {
  const created = repo.encryptionKey;
  const arn = repo.encryptionKeyArn;
  if (repo.encryption === 'KMS_DSSE') {
    if (created) {
      return { repo, key: { kind: 'created', constructId: keyConstructId(repo.id), spec: created }, l2Key: false, escapeHatch: { kmsKey: { kind: 'created' } } };
    }
    return { repo, l2Key: false, escapeHatch: arn !== undefined ? { kmsKey: { kind: 'arn', arn } } : {} };
  }
  const key: KeyPlan | undefined = created
    ? { kind: 'created', constructId: keyConstructId(repo.id), spec: created }
    : arn !== undefined
      ? { kind: 'imported', constructId: keyConstructId(repo.id), arn }
      : undefined;
  const plan: RepositoryPlan = { repo, l2Key: key !== undefined };
  if (key) plan.key = key;
  if (repo.encryption !== undefined) plan.l2Encryption = repo.encryption;
  return plan;
}

/** The encryption type CloudFormation ends up with ('AES256' means: no property). */
export function effectiveEncryptionType(plan: RepositoryPlan): 'AES256' | 'KMS' | 'KMS_DSSE' {
  if (plan.escapeHatch) return 'KMS_DSSE';
  const enc = plan.l2Encryption ?? (plan.l2Key ? 'KMS' : 'AES_256');
  return enc === 'AES_256' ? 'AES256' : enc;
}
