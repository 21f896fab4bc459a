import { describe, expect, it } from 'vitest';
import { GRANT_ACTIONS, completeEcrAction, ecrActions, findEcrAction, matchesEcrAction } from './ecr-actions.ts';

describe('ECR action catalogue', () => {
  it('lists each action once, all in the ecr namespace', () => {
    const names = ecrActions.map((a) => a.action);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^ecr:[A-Z][A-Za-z]+$/);
  });

  it('knows every action the grant methods give, as repository actions', () => {
    for (const actions of Object.values(GRANT_ACTIONS)) {
      for (const a of actions) expect(findEcrAction(a)?.scope, a).toBe('repository');
    }
    expect(findEcrAction('ecr:GetAuthorizationToken')?.scope).toBe('registry');
  });

  it('matches wildcards and ignores case, like IAM', () => {
    expect(matchesEcrAction('ecr:*')).toBe(true);
    expect(matchesEcrAction('ecr:Describe*')).toBe(true);
    expect(matchesEcrAction('ECR:batchgetimage')).toBe(true);
    expect(matchesEcrAction('ecr:Get?uthorizationToken')).toBe(true);
    expect(matchesEcrAction('ecr:Nope*')).toBe(false);
  });

  it('completes by prefix, with or without the service', () => {
    expect(completeEcrAction('ecr:BatchG').map((a) => a.action)).toEqual(['ecr:BatchGetImage', 'ecr:BatchGetRepositoryScanningConfiguration']);
    expect(completeEcrAction('putim').map((a) => a.action)).toEqual(['ecr:PutImage', 'ecr:PutImageScanningConfiguration', 'ecr:PutImageTagMutability']);
  });
});
