import { describe, expect, it } from 'vitest';
import type { Design } from '../design.ts';
import { grantNotes, importNotes, principalNotes, ruleNotes, targetNotes, tokenGrantNotes } from './access-docs.ts';
import { planAccess } from '../access/plan.ts';

const design: Design = {
  version: 1,
  stackName: 'EcrStack',
  principals: [
    { id: 'Ci', type: 'Role', assumedBy: { type: 'ServicePrincipal', service: 'codebuild.amazonaws.com' } },
    { id: 'Acct', type: 'AccountPrincipal', accountId: '111122223333' },
    { id: 'Org', type: 'OrganizationPrincipal', organizationId: 'o-abcdefghij' },
  ],
  topics: [{ id: 'Alerts' }],
  imports: [{ id: 'Fn', type: 'Function', functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:f' }],
  repositories: [{ id: 'Repo', tags: { team: 'x' }, grants: [{ method: 'grantPull', grantee: 'Acct' }, { method: 'grantPull', grantee: 'Ci' }] }],
};

describe('access notes', () => {
  it('say where a grant lands, as the plan places it', () => {
    const plan = planAccess(design);
    // The account's pull is a repository policy statement without GetAuthorizationToken; the role's is in its own policy.
    expect(plan.repositories[0]?.statements.length).toBe(1);
    expect(JSON.stringify(plan.repositories[0]?.statements)).not.toContain('GetAuthorizationToken');
    expect(JSON.stringify(plan.identities[0]?.statements)).toContain('GetAuthorizationToken');
    expect(grantNotes(design, { method: 'grantPull', grantee: 'Acct' })).toEqual(['externalGrant']);
    expect(grantNotes(design, { method: 'grantPull', grantee: 'Ci' })).toEqual(['identityGrant']);
    expect(grantNotes(design, { method: 'grantPull', grantee: 'Org' })).toEqual(['externalGrant', 'organizationPrincipal']);
    expect(grantNotes(design, { method: 'grantPull', grantee: 'Missing' })).toEqual([]);
  });

  it('explain principals, imports, rules, targets and token grants', () => {
    expect(principalNotes({ id: 'O', type: 'OrganizationPrincipal', organizationId: 'o-abcdefghij' })).toEqual(['organizationPrincipal']);
    expect(importNotes({ id: 'Fn', type: 'Function', functionArn: 'x' })).toEqual(['importedFunctionAgnostic']);
    expect(importNotes({ id: 'Fn', type: 'Function', functionArn: 'x', sameEnvironment: true })).toEqual(['importedFunctionSameEnvironment']);
    expect(importNotes({ id: 'Q', type: 'Queue', queueArn: 'x' })).toEqual(['importedTopicOrQueue']);
    const repo = design.repositories[0];
    if (!repo) throw new Error('no repository');
    expect(ruleNotes(repo, { method: 'onEvent', id: 'E', enabled: false })).toEqual(['disabledRule', 'tagsSpreadToRules']);
    expect(ruleNotes({}, { method: 'onEvent', id: 'E' })).toEqual([]);
    expect(targetNotes(design, 'SnsTopic', 'Alerts')).toEqual(['createdTopic']);
    expect(targetNotes(design, 'LambdaFunction', 'Fn')).toEqual(['importedFunctionAgnostic']);
    expect(tokenGrantNotes(design, 'AuthorizationToken', 'Acct')).toEqual(['tokenGrantIdentityOnly']);
    expect(tokenGrantNotes(design, 'PublicGalleryAuthorizationToken', 'Ci')).toEqual(['publicGalleryToken']);
  });
});
