/** What runs the simulation again: an edit it reads, not one it ignores. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { updateLifecycleRule } from '../store/actions.ts';
import { cleanupAll, designWith, renderWithDesign, settle } from '../testing/renderWithStore.tsx';
import SimulatePane from './SimulatePane.tsx';
import { resetSimulateStore } from './simulateStore.ts';
import type * as UseSimulation from './useSimulation.ts';

// Every request object the pane hands to the simulator (a new object is a new run).
const requests = new Set<unknown>();
vi.mock('./useSimulation.ts', async (original) => {
  const actual = await original<typeof UseSimulation>();
  return {
    ...actual,
    useSimulation: (request: Parameters<typeof actual.useSimulation>[0]) => {
      if (request) requests.add(request);
      return actual.useSimulation(request);
    },
  };
});

afterEach(() => {
  cleanupAll();
  resetSimulateStore();
  requests.clear();
});

describe('Simulate view re-runs', { timeout: 60_000 }, () => {
  it('does not run again while a rule description is typed, and does when an amount changes', async () => {
    resetSimulateStore(Date.parse('2026-01-10T00:00:00Z'));
    await renderWithDesign(<SimulatePane />, designWith({ id: 'Repo', lifecycleRules: [{ description: 'keep', maxImageCount: 5 }] }));
    await waitFor(() => expect(screen.getByTestId('simulate').getAttribute('aria-busy')).toBe('false'));
    const before = requests.size;
    expect(before).toBe(1);
    for (const text of ['keep t', 'keep th', 'keep the newest']) {
      updateLifecycleRule(0, 0, { description: text }, 'typing');
      await settle();
    }
    expect(requests.size).toBe(before);
    updateLifecycleRule(0, 0, { maxImageCount: 6 });
    await settle();
    expect(requests.size).toBe(before + 1);
    expect([...requests].at(-1)).toMatchObject({ rules: [{ maxImageCount: 6 }] });
  });
});
