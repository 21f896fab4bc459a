import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Design } from '@ecr-designer/model';
import { accessNotes } from '@ecr-designer/model';
import { fieldId } from '../fields/fieldId.ts';
import { useUiStore } from '../store/uiStore.ts';
import { cleanupAll, renderWithDesign, settle, storedDesign } from '../testing/renderWithStore.tsx';
import AccessSection from './AccessSection.tsx';
import EventsSection from './EventsSection.tsx';
import StackResources from './StackResources.tsx';

afterEach(cleanupAll);

const design: Design = {
  version: 1,
  stackName: 'EcrStack',
  principals: [
    { id: 'Ci', type: 'Role', assumedBy: { type: 'ServicePrincipal', service: 'codebuild.amazonaws.com' } },
    { id: 'Partner', type: 'AccountPrincipal', accountId: '111122223333' },
  ],
  topics: [{ id: 'Alerts' }],
  repositories: [
    {
      id: 'Repo',
      grants: [
        { method: 'grantPull', grantee: 'Partner' },
        { method: 'grantPush', grantee: 'Nobody' },
      ],
      resourcePolicyStatements: [{ actions: ['ecr:NoSuchAction'], principals: ['Partner'] }],
      eventRules: [{ method: 'onImageScanCompleted', id: 'Scan', enabled: false, targets: [{ type: 'SnsTopic', topic: 'Alerts' }] }],
    },
  ],
};

const field = (path: string) => document.getElementById(fieldId(path)) as HTMLElement;
/** The diagnostic codes shown in the helper text of the field at `path`. */
function codesAt(path: string): string[] {
  const input = field(path);
  const helper = document.getElementById(input.getAttribute('aria-describedby') ?? '');
  return [...(helper?.querySelectorAll('[data-diagnostic-code]') ?? [])].map((el) => el.getAttribute('data-diagnostic-code') ?? '');
}
const repo = () => storedDesign().repositories[0];

describe('Access section', () => {
  it('shows each diagnostic at the field it concerns, and where each grant lands', async () => {
    await renderWithDesign(<AccessSection index={0} repo={design.repositories[0] as Design['repositories'][number]} />, design);
    expect(codesAt('repositories[0].grants[1].grantee')).toContain('UnknownPrincipal');
    expect(field('repositories[0].grants[1].grantee').getAttribute('aria-invalid')).toBe('true');
    expect(codesAt('repositories[0].resourcePolicyStatements[0].actions')).toContain('UnknownEcrAction');
    expect(codesAt('repositories[0].grants[0].grantee')).toEqual([]);
    // The account's pull: repository policy only, and no docker login.
    expect(screen.getByText(accessNotes.externalGrant)).toBeTruthy();
  });

  it('completes actions from the ECR action catalogue', async () => {
    await renderWithDesign(<AccessSection index={0} repo={design.repositories[0] as Design['repositories'][number]} />, design);
    const input = field('repositories[0].resourcePolicyStatements[0].actions') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'ecr:BatchG' } });
    const list = document.getElementById(input.getAttribute('list') ?? '');
    const options = [...(list?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'));
    expect(options).toEqual(['ecr:BatchGetImage', 'ecr:BatchGetRepositoryScanningConfiguration']);
    fireEvent.change(input, { target: { value: 'ecr:BatchGetImage' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(repo()?.resourcePolicyStatements?.[0]?.actions).toEqual(['ecr:NoSuchAction', 'ecr:BatchGetImage']);
  });

  it('inserts the presets as editable entries', async () => {
    const empty: Design = { version: 1, stackName: 'EcrStack', repositories: [{ id: 'Repo' }] };
    await renderWithDesign(<AccessSection index={0} repo={{}} />, empty);
    for (const label of ['An account that pulls', 'A user that logs in with Docker', 'CI role that pushes']) {
      fireEvent.click(screen.getByRole('button', { name: 'Add from preset' }));
      fireEvent.click(await screen.findByRole('menuitem', { name: new RegExp(`^${label}`) }));
      await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    }
    expect(storedDesign().principals?.map((p) => `${p.type}:${p.id}`)).toEqual(['AccountPrincipal:PullAccount', 'User:DockerUser', 'Role:CiRole']);
    expect(repo()?.grants).toEqual([
      { method: 'grantPull', grantee: 'PullAccount' },
      { method: 'grantPull', grantee: 'DockerUser' },
      { method: 'grantPullPush', grantee: 'CiRole' },
    ]);
    expect(storedDesign().authorizationTokenGrants).toEqual([{ token: 'AuthorizationToken', grantee: 'DockerUser' }]);
  }, 20_000); // three lazily loaded menus in a row: slow on a loaded machine
});

describe('Events section', () => {
  it('edits the event pattern as JSON, with the parse error at the field, and explains a disabled rule', async () => {
    await renderWithDesign(<EventsSection index={0} repo={design.repositories[0] as Design['repositories'][number]} />, design);
    expect(screen.getByText(accessNotes.disabledRule)).toBeTruthy();
    expect(screen.getByText(accessNotes.createdTopic)).toBeTruthy();
    const pattern = field('repositories[0].eventRules[0].eventPattern') as HTMLTextAreaElement;
    fireEvent.change(pattern, { target: { value: '{ "detail": { "x": [1,] } }' } });
    expect(screen.getByRole('alert').textContent).toMatch(/^Not JSON: line 1, column \d+: /);
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    expect(repo()?.eventRules?.[0]?.eventPattern).toBeUndefined();
    fireEvent.change(pattern, { target: { value: '{ "detail": { "x": [] } }' } });
    expect(repo()?.eventRules?.[0]?.eventPattern).toEqual({ detail: { x: [] } });
    await settle();
    // An empty list can never match: the model's diagnostic lands on the pattern field.
    expect(codesAt('repositories[0].eventRules[0].eventPattern')).toContain('EmptyPatternList');
  });
});

describe('Stack resources', () => {
  it('renames a principal with its references, and shows a dangling reference after removing one', async () => {
    await renderWithDesign(<StackResources />, design);
    fireEvent.change(field('principals[1].id'), { target: { value: 'Partners' } });
    expect(repo()?.grants?.[0]).toEqual({ method: 'grantPull', grantee: 'Partners' });
    expect(repo()?.resourcePolicyStatements?.[0]?.principals).toEqual(['Partners']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove topic Alerts' }));
    expect(storedDesign().topics).toBeUndefined();
    expect(repo()?.eventRules?.[0]?.targets).toEqual([{ type: 'SnsTopic', topic: 'Alerts' }]);
    expect(useUiStore.getState().notice?.message).toBe(
      'Removed Alerts: 1 reference now names nothing (repositories[0].eventRules[0].targets[0]). Undo to restore it.',
    );
    cleanup();
    await renderWithDesign(<EventsSection index={0} repo={repo() as Design['repositories'][number]} />, storedDesign());
    expect(codesAt('repositories[0].eventRules[0].targets[0]')).toContain('UnknownTarget');
  });

  it('shows principal diagnostics at their fields', async () => {
    const bad: Design = { ...design, principals: [{ id: 'Partner', type: 'AccountPrincipal', accountId: '12' }] };
    await renderWithDesign(<StackResources />, bad);
    expect(codesAt('principals[0].accountId')).toContain('InvalidAccountId');
  });
});
