/** The preview editor's text source: in step with the stores, synchronously. */
import { afterEach, describe, expect, it } from 'vitest';
import { getTarget } from '@ecr-designer/model';
import { selectRepository, updateLifecycleRule, updateRepository, undo } from '../store/actions.ts';
import { currentDesign, resetDesignStore } from '../store/designStore.ts';
import { setPreviewTarget } from '../store/uiStore.ts';
import { type LivePreview, currentLivePreview, subscribeLivePreview } from './livePreview.ts';

const design = {
  version: 1 as const,
  stackName: 'EcrStack',
  repositories: [
    { id: 'Api', lifecycleRules: [{ description: 'keep', maxImageCount: 5 }] },
    { id: 'Web', repositoryName: 'team/web', lifecycleRules: [{ maxImageAgeDays: 30 }] },
  ],
};

const textOf = (p: LivePreview) => (p.preview.kind === 'text' ? p.preview.text : `(${p.preview.message})`);

afterEach(() => {
  setPreviewTarget('cfn-yaml');
  resetDesignStore();
});

describe('live preview', () => {
  it('hands each edit, undo, target and repository switch to listeners before the action returns, rendered as the target renders the current design', () => {
    resetDesignStore(design);
    const seen: LivePreview[] = [];
    const off = subscribeLivePreview((p) => seen.push(p));
    const expectCurrent = (count: number) => {
      // Synchronously: nothing has been awaited since the action.
      expect(seen).toHaveLength(count);
      const last = seen[count - 1] as LivePreview;
      expect(last).toBe(currentLivePreview());
      expect(last.design).toBe(currentDesign());
      expect(textOf(last)).toBe(last.target.render(currentDesign(), last.repositoryId === undefined ? {} : { repository: last.repositoryId }));
    };
    updateLifecycleRule(0, 0, { description: 'keep five' }, 'typing');
    expectCurrent(1);
    expect(textOf(seen[0] as LivePreview)).toContain('keep five');
    updateRepository(1, { repositoryName: 'team/web2' });
    expectCurrent(2);
    setPreviewTarget('lifecycle-json');
    expectCurrent(3);
    expect(seen[2]?.target).toBe(getTarget('lifecycle-json'));
    selectRepository(1);
    expectCurrent(4);
    expect(seen[3]?.repositoryId).toBe('Web');
    undo();
    expectCurrent(5);
    // A store update that changes none of design, target or repository is not reported.
    setPreviewTarget('lifecycle-json');
    expect(seen).toHaveLength(5);
    off();
    updateRepository(1, { repositoryName: 'team/web3' });
    expect(seen).toHaveLength(5);
  });
});
