import { describe, expect, it } from 'vitest';
import type { Design } from '../design.ts';
import { keySourceOf, setKeySource, updateCreatedKey } from './encryption.ts';

const design: Design = { version: 1, stackName: 'S', repositories: [{ id: 'Repo', encryption: 'KMS' }] };

describe('key source', () => {
  it('switches between none, an ARN and a created key, keeping the two properties exclusive', () => {
    const arn = setKeySource(design, 0, 'arn');
    expect(arn.repositories[0]).toEqual({ id: 'Repo', encryption: 'KMS', encryptionKeyArn: '' });
    expect(keySourceOf(arn.repositories[0]!)).toBe('arn');
    const created = setKeySource(arn, 0, 'create');
    expect(created.repositories[0]).toEqual({ id: 'Repo', encryption: 'KMS', encryptionKey: { create: true } });
    expect(setKeySource(created, 0, 'none').repositories[0]).toEqual({ id: 'Repo', encryption: 'KMS' });
    expect(setKeySource(created, 0, 'create')).toBe(created);
  });

  it('patches the created key and removes cleared options', () => {
    const created = setKeySource(design, 0, 'create');
    const withAlias = updateCreatedKey(created, 0, { alias: 'alias/app', enableKeyRotation: true });
    expect(withAlias.repositories[0]?.encryptionKey).toEqual({ create: true, alias: 'alias/app', enableKeyRotation: true });
    expect(updateCreatedKey(withAlias, 0, { alias: undefined }).repositories[0]?.encryptionKey).toEqual({ create: true, enableKeyRotation: true });
    expect(updateCreatedKey(design, 0, { alias: 'x' })).toBe(design);
  });
});
