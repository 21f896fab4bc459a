import { describe, expect, it } from 'vitest';
import { lifecycleRule, repository } from '../design.ts';
import { describeField } from './field-docs.ts';

describe('describeField', () => {
  it('reads the description of required and optional fields', () => {
    expect(describeField(repository, 'id')).toMatch(/Construct id/);
    expect(describeField(repository, 'repositoryName')).toMatch(/Physical repository name/);
    expect(describeField(lifecycleRule, 'maxImageCount')).toMatch(/Keep this many images/);
  });
});
