/**
 * The encryption key of a repository as the editor presents it: one choice of key source (none,
 * an existing key by ARN, or a key created in the stack), mapped onto the design's two exclusive
 * properties `encryptionKeyArn` and `encryptionKey`.
 */
import type { CreatedKey, Design, Repository } from '../design.ts';
import { type Patch, updateRepository } from '../edit.ts';

export type KeySource = 'none' | 'arn' | 'create';

export const keySources: Record<KeySource, string> = {
  none: 'No customer managed key: AES_256, or the AWS managed key aws/ecr with KMS.',
  arn: 'An existing KMS key, referenced by its ARN (kms.Key.fromKeyArn).',
  create: 'A new KMS key created in the same stack (kms.Key), with an optional alias.',
};

export function keySourceOf(repo: Pick<Repository, 'encryptionKey' | 'encryptionKeyArn'>): KeySource {
  if (repo.encryptionKey) return 'create';
  if (repo.encryptionKeyArn !== undefined) return 'arn';
  return 'none';
}

/** Switches the key source; an ARN starts empty (to be typed), a created key starts with no options. */
export function setKeySource(design: Design, index: number, source: KeySource): Design {
  const repo = design.repositories[index];
  if (!repo || keySourceOf(repo) === source) return design;
  if (source === 'none') return updateRepository(design, index, { encryptionKeyArn: undefined, encryptionKey: undefined });
  if (source === 'arn') return updateRepository(design, index, { encryptionKey: undefined, encryptionKeyArn: '' });
  return updateRepository(design, index, { encryptionKeyArn: undefined, encryptionKey: { create: true } });
}

/** Patches the created key's options (`undefined` removes one); does nothing without a created key. */
export function updateCreatedKey(design: Design, index: number, patch: Patch<Omit<CreatedKey, 'create'>>): Design {
  const key = design.repositories[index]?.encryptionKey;
  if (!key) return design;
  const next: Record<string, unknown> = { ...key };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return updateRepository(design, index, { encryptionKey: next as CreatedKey });
}
