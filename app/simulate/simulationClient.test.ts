import { describe, expect, it, vi } from 'vitest';
import { type LifecycleRule, type SimulationAnswer, type ReplayAnswer } from '@ecr-designer/model';
import { createSimulationClient } from './simulationClient.ts';

const AT = Date.UTC(2026, 0, 1);
const source = { kind: 'synthetic' as const, options: { seed: 1, end: AT, days: 20 } };
const rules = (n: number): LifecycleRule[] => [{ maxImageCount: n }];

describe('simulation client', { timeout: 60_000 }, () => {
  it('answers the newest request only; older ones sent meanwhile are dropped', async () => {
    const evaluations: SimulationAnswer[] = [];
    const replays: ReplayAnswer[] = [];
    const client = createSimulationClient({ evaluation: (a) => evaluations.push(a), replay: (a) => replays.push(a), failed: (m) => expect.fail(m) }, false);
    const ids = [1, 2, 3, 4].map((n) => client.run({ rules: rules(n), source, at: AT }));
    await vi.waitFor(() => expect(replays.length).toBeGreaterThan(0), { timeout: 10_000 });
    // Give any stale answer the time to arrive, were one on its way.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(evaluations.map((a) => a.id)).toEqual([ids[3]]);
    expect(replays.map((a) => a.id)).toEqual([ids[3]]);
    expect(evaluations[0]?.result?.rules[0]?.label).toBe('rule 1 (any)');
    expect(evaluations[0]?.result?.summary.kept).toBe(4);
    client.dispose();
  });
});
