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

describe('access pickers', () => {
  it('explain every kind of principal, import, target and rule with its schema description', async () => {
    const docs = await import('./access-docs.ts');
    expect(docs.principalTypeMembers.OrganizationPrincipal).toBe('Every principal of an AWS Organization (new iam.OrganizationPrincipal).');
    expect(Object.keys(docs.eventRuleMethodMembers)).toEqual(['onImageScanCompleted', 'onCloudTrailImagePushed', 'onEvent']);
    expect(Object.keys(docs.statementEffectMembers)).toEqual(['ALLOW', 'DENY']);
    for (const members of [docs.principalTypeMembers, docs.importTypeMembers, docs.eventTargetTypeMembers, docs.eventRuleMethodMembers, docs.assumedByTypeMembers]) {
      for (const [key, text] of Object.entries(members)) expect(text, key).not.toBe(key);
    }
  });
});
