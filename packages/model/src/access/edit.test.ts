import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArb, validDesignArb } from '../../test/arbitraries.ts';
import type { Design } from '../design.ts';
import { renderTemplate } from '../cfn/template.ts';
import { validateDesign } from '../validate/index.ts';
import {
  accessPresets,
  addEventRule,
  addEventTarget,
  addPrincipal,
  changeEventRuleMethod,
  changePrincipalType,
  referencesTo,
  removePrincipal,
  removeTopic,
  renameImport,
  renamePrincipal,
  renameTopic,
  updateEventRule,
  updatePolicyStatement,
} from './edit.ts';

const base: Design = {
  version: 1,
  stackName: 'EcrStack',
  principals: [
    { id: 'Ci', type: 'Role', assumedBy: { type: 'ServicePrincipal', service: 'codebuild.amazonaws.com' } },
    { id: 'Other', type: 'AccountPrincipal', accountId: '111122223333' },
  ],
  topics: [{ id: 'Alerts' }],
  imports: [{ id: 'Q', type: 'Queue', queueArn: 'arn:aws:sqs:us-east-1:111122223333:q' }],
  repositories: [
    {
      id: 'Repo',
      grants: [
        { method: 'grantPullPush', grantee: 'Ci' },
        { method: 'grantPull', grantee: 'Other' },
      ],
      resourcePolicyStatements: [{ actions: ['ecr:BatchGetImage'], principals: ['Other', 'Ci'] }],
      eventRules: [{ method: 'onImageScanCompleted', id: 'Scan', targets: [{ type: 'SnsTopic', topic: 'Alerts' }, { type: 'SqsQueue', queue: 'Q' }] }],
    },
  ],
  authorizationTokenGrants: [{ token: 'AuthorizationToken', grantee: 'Ci' }],
};

const codes = (d: Design) => validateDesign(d).map((x) => `${x.path}:${x.code}`);

/** A fresh id no design of the generators uses. */
const FRESH = 'Zz9Renamed';

describe('renaming follows references', () => {
  it('renames a principal in grants, statements and token grants', () => {
    const out = renamePrincipal(base, 0, 'Builder');
    expect(out.principals?.[0]?.id).toBe('Builder');
    expect(out.repositories[0]?.grants?.[0]?.grantee).toBe('Builder');
    expect(out.repositories[0]?.grants?.[1]?.grantee).toBe('Other');
    expect(out.repositories[0]?.resourcePolicyStatements?.[0]?.principals).toEqual(['Other', 'Builder']);
    expect(out.authorizationTokenGrants?.[0]?.grantee).toBe('Builder');
    expect(base.principals?.[0]?.id).toBe('Ci'); // input untouched
  });

  it('renames a topic and an import in the targets that resolve to them', () => {
    const out = renameImport(renameTopic(base, 0, 'Ops'), 0, 'Scans');
    expect(out.repositories[0]?.eventRules?.[0]?.targets).toEqual([
      { type: 'SnsTopic', topic: 'Ops' },
      { type: 'SqsQueue', queue: 'Scans' },
    ]);
  });

  it('does not move references that resolve to an earlier principal with the same id', () => {
    const dup: Design = { ...base, principals: [...(base.principals ?? []), { id: 'Ci', type: 'User' }] };
    const out = renamePrincipal(dup, 2, 'Second');
    expect(out.repositories[0]?.grants?.[0]?.grantee).toBe('Ci');
  });

  it('keeps the template of any design identical when an external principal or a queue/topic import is renamed', () => {
    fc.assert(
      fc.property(validDesignArb, (design) => {
        const before = JSON.stringify(renderTemplate(design));
        let out = design;
        (design.principals ?? []).forEach((p, i) => {
          if (p.type !== 'User' && p.type !== 'Role') out = renamePrincipal(out, i, `${FRESH}${i}`);
        });
        (design.imports ?? []).forEach((imp, i) => {
          if (imp.type !== 'Function') out = renameImport(out, i, `${FRESH}Import${i}`);
        });
        expect(JSON.stringify(renderTemplate(out))).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips: renaming every principal and topic to fresh ids and back gives the design back', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const ids = (design.principals ?? []).map((p) => p.id);
        const unique = new Set(ids).size === ids.length && !ids.some((id) => id.startsWith(FRESH));
        const topicIds = [...(design.topics ?? []), ...(design.imports ?? [])].map((t) => t.id);
        fc.pre(unique && new Set(topicIds).size === topicIds.length);
        let out = design;
        ids.forEach((_, i) => (out = renamePrincipal(out, i, `${FRESH}${i}`)));
        (design.topics ?? []).forEach((_, i) => (out = renameTopic(out, i, `${FRESH}T${i}`)));
        ids.forEach((id, i) => (out = renamePrincipal(out, i, id)));
        (design.topics ?? []).forEach((t, i) => (out = renameTopic(out, i, t.id)));
        expect(out).toEqual(design);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the diagnostics of any design the same modulo the name when a principal is renamed', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const ids = (design.principals ?? []).map((p) => p.id);
        fc.pre(ids.length > 0 && new Set(ids).size === ids.length && ids.every((id) => /^[A-Za-z]+$/.test(id)));
        const i = 0;
        const p = design.principals?.[0];
        fc.pre(p !== undefined && p.type !== 'User' && p.type !== 'Role');
        expect(codes(renamePrincipal(design, i, FRESH))).toEqual(codes(design));
      }),
      { numRuns: 200 },
    );
  });
});

describe('removing a referenced principal or topic', () => {
  it('lists the references first, and leaves them as diagnostics at each reference', () => {
    expect(referencesTo(base, 'principal', 0)).toEqual([
      'repositories[0].grants[0].grantee',
      'repositories[0].resourcePolicyStatements[0].principals[1]',
      'authorizationTokenGrants[0].grantee',
    ]);
    const out = removePrincipal(base, 0);
    const unknown = validateDesign(out).filter((d) => d.code === 'UnknownPrincipal').map((d) => d.path);
    expect(unknown).toEqual(expect.arrayContaining(['repositories[0].grants[0].grantee', 'repositories[0].resourcePolicyStatements[0].principals[1]']));
    expect(referencesTo(base, 'topic', 0)).toEqual(['repositories[0].eventRules[0].targets[0]']);
    expect(referencesTo(base, 'import', 0)).toEqual(['repositories[0].eventRules[0].targets[1]']);
    const noTopic = validateDesign(removeTopic(base, 0));
    expect(noTopic.find((d) => d.code === 'UnknownTarget')?.path).toBe('repositories[0].eventRules[0].targets[0]');
  });
});

describe('adding and changing entries', () => {
  it('gives new principals unused ids and keeps the id when the kind changes', () => {
    const out = addPrincipal(addPrincipal(base, 'User'), 'User');
    expect(out.principals?.slice(2).map((p) => p.id)).toEqual(['User', 'User2']);
    const changed = changePrincipalType(base, 1, 'ArnPrincipal');
    expect(changed.principals?.[1]).toEqual({ id: 'Other', type: 'ArnPrincipal', arn: '' });
  });

  it('drops the method-specific filter when a rule changes method, and empty lists', () => {
    let d = updateEventRule(base, 0, 0, { imageTags: ['prod'], enabled: false });
    d = changeEventRuleMethod(d, 0, 0, 'onCloudTrailImagePushed');
    expect(d.repositories[0]?.eventRules?.[0]).toEqual({ method: 'onCloudTrailImagePushed', id: 'Scan', enabled: false, targets: base.repositories[0]?.eventRules?.[0]?.targets });
    d = updateEventRule(d, 0, 0, { targets: [] });
    expect(d.repositories[0]?.eventRules?.[0]?.targets).toBeUndefined();
    d = updatePolicyStatement(d, 0, 0, { principals: [], conditions: {} });
    expect(d.repositories[0]?.resourcePolicyStatements?.[0]).toEqual({ actions: ['ecr:BatchGetImage'] });
  });

  it('new rules get ids unused in the repository and targets the first matching topic', () => {
    let d = addEventRule(base, 0, 'onImageScanCompleted');
    expect(d.repositories[0]?.eventRules?.[1]?.id).toBe('ScanCompleted');
    d = addEventTarget(d, 0, 1, 'SnsTopic');
    expect(d.repositories[0]?.eventRules?.[1]?.targets).toEqual([{ type: 'SnsTopic', topic: 'Alerts' }]);
  });
});

describe('presets', () => {
  const empty: Design = { version: 1, stackName: 'EcrStack', repositories: [{ id: 'Repo' }] };
  it('insert a principal with an unused id and its grants, and render without errors (but the placeholder account)', () => {
    for (const preset of accessPresets) {
      const once = preset.apply(empty, 0);
      const twice = preset.apply(once, 0);
      const ids = (twice.principals ?? []).map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(twice.repositories[0]?.grants?.map((g) => g.grantee)).toEqual(ids);
      const errors = validateDesign(twice).filter((d) => d.severity === 'error');
      expect(errors).toEqual([]);
    }
    const docker = accessPresets.find((p) => p.id === 'dockerLoginUser')?.apply(empty, 0);
    expect(docker?.authorizationTokenGrants).toEqual([{ token: 'AuthorizationToken', grantee: 'DockerUser' }]);
  });
});
