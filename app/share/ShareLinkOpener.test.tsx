import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { type Design, emptyDesign, encodeShareFragment } from '@ecr-designer/model';
import { cleanupAll, renderWithDesign, storedDesign } from '../testing/renderWithStore.tsx';
import { ShareLinkOpener } from './ShareLinkOpener.tsx';

const shared: Design = { version: 1, stackName: 'Shared', repositories: [{ id: 'Api', repositoryName: 'team/api', imageScanOnPush: true }, { id: 'Web' }] };
const mine: Design = { version: 1, stackName: 'Mine', repositories: [{ id: 'Repo', repositoryName: 'mine/app' }] };

beforeEach(() => window.history.replaceState(null, '', '/?e2e'));
// The decoding and the lazy parts take a moment on a loaded machine.
configure({ asyncUtilTimeout: 5000 });
afterEach(cleanupAll);

async function openWith(fragment: string, current: Design) {
  window.history.replaceState(null, '', `/?e2e#${fragment}`);
  await renderWithDesign(<ShareLinkOpener />, current);
}

describe('opening a share link', () => {
  it('opens the design at once when no work would be lost, and clears the fragment', async () => {
    await openWith(await encodeShareFragment(shared), emptyDesign());
    await waitFor(() => expect(storedDesign()).toEqual(shared));
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?e2e');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the design and asks before replacing work; declining keeps the current design', async () => {
    await openWith(await encodeShareFragment(shared), mine);
    const dialog = await screen.findByRole('dialog', { name: 'Open the shared design?' });
    expect(window.location.hash).toBe('');
    expect(dialog.textContent).toContain('“Shared” with 2 repositories');
    expect(dialog.textContent).toContain('“Mine” with 1 repository');
    expect([...dialog.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Api — team/api', 'Web']);
    fireEvent.click(screen.getByRole('button', { name: 'Keep my design' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(storedDesign()).toEqual(mine);
  });

  it('replaces the work when the user says so', async () => {
    await openWith(await encodeShareFragment(shared), mine);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the shared design' }));
    expect(storedDesign()).toEqual(shared);
  });

  it('explains a truncated, tampered or future link and leaves the design alone', async () => {
    const good = await encodeShareFragment(shared);
    const payload = good.slice('design/1/'.length);
    const cases: [string, RegExp][] = [
      [good.slice(0, 30), /damaged|cut short|incomplete/],
      [`design/1/${payload.slice(0, 20)}${payload[20] === 'x' ? 'y' : 'x'}${payload.slice(21)}`, /damaged|altered|incomplete/],
      [`design/2/${payload}`, /newer ECR Designer/],
      ['design/1/not*base64', /not base64url|damaged/],
    ];
    for (const [fragment, message] of cases) {
      await openWith(fragment, mine);
      const dialog = await screen.findByRole('dialog', { name: 'This link cannot be opened' });
      expect(dialog.textContent).toMatch(message);
      expect(dialog.textContent).toContain('Your design is unchanged.');
      expect(window.location.hash).toBe('');
      fireEvent.click(screen.getByRole('button', { name: 'OK' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(storedDesign()).toEqual(mine);
      cleanupAll();
    }
  });

  it('ignores fragments that are not share links', async () => {
    await openWith('section-2', mine);
    expect(window.location.hash).toBe('#section-2');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
