/**
 * The session the app runs (in its worker): its answers are the simulator's own functions applied
 * to the same inputs, the slider's days are the replay's days, and bad input is reported at its
 * field without an evaluation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LifecycleRule } from '../design.ts';
import { DAY } from './explain.ts';
import { simulateLifecycle } from './evaluate.ts';
import { lastPullAt, replayLifecycle, tagsAt } from './replay.ts';
import { DEFAULT_SYNTHETIC_PARAMS, formatEvaluationDate, readEvaluationDate, readSyntheticParams, syntheticParamFields } from './inputs.ts';
import { SimulationSession, imagesAt, replayTimeline } from './session.ts';
import { syntheticHistory } from './synthetic.ts';

const AT = Date.UTC(2026, 0, 1, 6, 30);
const RULES: LifecycleRule[] = [
  { tagPatternList: ['latest'], maxImageCount: 1 },
  { tagPatternList: ['v*'], maxImageCount: 5 },
  { tagStatus: 'UNTAGGED', maxImageAgeDays: 3 },
  { maxImageCount: 20 },
];

function defaults(end = AT) {
  const { options, diagnostics } = readSyntheticParams(DEFAULT_SYNTHETIC_PARAMS, end);
  expect(diagnostics).toEqual([]);
  return options as NonNullable<typeof options>;
}

describe('synthetic parameters', () => {
  it('the defaults give a history of a useful size in which the rules act', () => {
    const images = syntheticHistory(defaults());
    expect(images.length).toBeGreaterThan(100);
    const { summary } = simulateLifecycle(RULES, images, { at: AT });
    expect(summary.kept).toBeGreaterThan(0);
    expect(summary.expired).toBeGreaterThan(0);
  });

  it('reports each unusable parameter at its own field, with its label', () => {
    const { options, diagnostics } = readSyntheticParams({ ...DEFAULT_SYNTHETIC_PARAMS, days: '1.5', untaggedPercent: '120', seed: 'abc', pullPercent: '' }, AT);
    expect(options).toBeUndefined();
    expect(diagnostics.map((d) => [d.path, d.code])).toEqual([
      ['days', 'NotAWholeNumber'],
      ['untaggedPercent', 'OutOfRange'],
      ['pullPercent', 'MissingValue'],
      ['seed', 'NotANumber'],
    ]);
    expect(diagnostics[1]?.message).toContain(syntheticParamFields.untaggedPercent.label);
    expect(diagnostics[3]?.message).toContain("'abc'");
  });

  it('refuses a history too large to generate', () => {
    const { diagnostics } = readSyntheticParams({ ...DEFAULT_SYNTHETIC_PARAMS, pushesPerDay: '500', days: '3650' }, AT);
    expect(diagnostics.map((d) => [d.path, d.code])).toEqual([['pushesPerDay', 'TooManyImages']]);
  });

  it('maps percentages to shares and the tag scheme through', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.boolean(), (untagged, pulls, latest) => {
        const { options } = readSyntheticParams({ ...DEFAULT_SYNTHETIC_PARAMS, untaggedPercent: String(untagged), pullPercent: String(pulls), latest }, AT);
        expect(options?.untaggedShare).toBe(untagged / 100);
        expect(options?.pullProbability).toBe(pulls / 100);
        expect(options?.tagScheme?.latest).toBe(latest);
      }),
      { numRuns: 50 },
    );
  });
});

describe('evaluation date', () => {
  it('reads ISO 8601 and writes what it reads', () => {
    expect(readEvaluationDate(formatEvaluationDate(AT))).toEqual({ at: AT, diagnostics: [] });
    const bad = readEvaluationDate('yesterday');
    expect(bad.at).toBeUndefined();
    expect(bad.diagnostics.map((d) => [d.path, d.code])).toEqual([['at', 'InvalidDate']]);
  });
});

describe('timeline and images at a day', () => {
  it('one day apart, ending at the evaluation date, starting at least a day after the first push', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * DAY }), fc.integer({ min: 1, max: 3 }), (span, count) => {
        const images = Array.from({ length: count }, (_, i) => ({ digest: `sha256:${i}`, tags: [], pushedAt: AT - span + i, sizeBytes: 1, storage: 'STANDARD' as const }));
        const timeline = replayTimeline(images, AT);
        expect(timeline[timeline.length - 1]).toBe(AT);
        timeline.slice(1).forEach((t, i) => expect(t - (timeline[i] as number)).toBe(DAY));
        if (timeline.length > 1) expect(timeline[0]).toBeGreaterThanOrEqual(AT - span + DAY);
        expect(timeline[0]! - DAY).toBeLessThan(AT - span + DAY);
      }),
    );
  });

  it('a synthetic history seen at a day: the images pushed by then, with the tags and last pull of that day', () => {
    const images = syntheticHistory({ ...defaults(), days: 30 });
    const t = AT - 10 * DAY - 3600_000;
    const seen = imagesAt(images, t, AT);
    const pushed = images.filter((img) => img.pushedAt <= t);
    expect(seen.map((v) => v.digest)).toEqual(pushed.map((img) => img.digest));
    seen.forEach((v, i) => {
      expect(v.tags).toEqual(tagsAt(pushed[i]!, t));
      expect(v.lastPulledAt).toBe(lastPullAt(pushed[i]!, t));
    });
    expect(seen.filter((v) => v.tags.includes('latest'))).toHaveLength(1);
    expect(imagesAt(images, AT, AT)).toEqual(images);
  });
});

describe('session', () => {
  it('at the evaluation date it answers exactly what simulateLifecycle says for the same images', () => {
    const options = defaults();
    const answer = new SimulationSession().evaluate({ id: 1, rules: RULES, source: { kind: 'synthetic', options }, at: AT });
    const expected = simulateLifecycle(RULES, syntheticHistory(options), { at: AT });
    expect(answer.day).toBe(AT);
    expect(answer.result?.summary).toEqual(expected.summary);
    expect(answer.result?.verdicts).toEqual(expected.verdicts);
    expect(answer.result?.rules).toEqual(expected.rules);
    expect(answer.result?.warnings).toEqual(expected.warnings);
  });

  it('on a slider day it evaluates the images as they were that day, snapped to the timeline', () => {
    const options = { ...defaults(), days: 20 };
    const session = new SimulationSession();
    const first = session.evaluate({ id: 1, rules: RULES, source: { kind: 'synthetic', options }, at: AT });
    const day = first.timeline[5] as number;
    const answer = session.evaluate({ id: 2, rules: RULES, source: { kind: 'synthetic', options }, at: AT, day: day + 3 * 3600_000 });
    expect(answer.day).toBe(day);
    const images = syntheticHistory(options);
    const expected = simulateLifecycle(RULES, imagesAt(images, day, AT), { at: day });
    expect(answer.result?.verdicts).toEqual(expected.verdicts);
    expect(answer.result?.notes.at(-1)).toContain(`${images.length - expected.verdicts.length} images were pushed after this day`);
  });

  it('replays over the timeline, as replayLifecycle does, and again only when an input changes', () => {
    const options = { ...defaults(), days: 25 };
    const session = new SimulationSession();
    const request = { id: 1, rules: RULES, source: { kind: 'synthetic' as const, options }, at: AT };
    const { timeline } = session.evaluate(request);
    const { steps } = session.replay(request);
    const images = syntheticHistory(options);
    expect(steps).toEqual(replayLifecycle(RULES, images, { from: timeline[0] as number, to: AT }).steps);
    expect(steps.map((s) => s.at)).toEqual(timeline);
    expect(session.replay({ ...request, id: 2 }).steps).toBe(steps);
    const changed = session.replay({ ...request, id: 3, rules: [...RULES.slice(0, 3), { maxImageCount: 5 }] }).steps;
    expect(changed).not.toBe(steps);
    expect(changed).toEqual(replayLifecycle([...RULES.slice(0, 3), { maxImageCount: 5 }], images, { from: timeline[0] as number, to: AT }).steps);
  });

  it('describe-images text with a mistake: the problem at its field, no evaluation', () => {
    const text = JSON.stringify({ imageDetails: [{ imageDigest: 'sha256:a', imagePushedAt: '2025-12-01T00:00:00Z' }, { imageDigest: 'sha256:b', imagePushedAt: 'last week' }] });
    const answer = new SimulationSession().evaluate({ id: 1, rules: RULES, source: { kind: 'describe-images', text }, at: AT });
    expect(answer.result).toBeUndefined();
    expect(answer.diagnostics.map((d) => d.path)).toEqual(['imageDetails[1].imagePushedAt']);
    const notJson = new SimulationSession().evaluate({ id: 1, rules: RULES, source: { kind: 'describe-images', text: '{"imageDetails": [' }, at: AT });
    expect(notJson.diagnostics[0]?.code).toBe('InvalidJson');
    expect(new SimulationSession().replay({ id: 1, rules: RULES, source: { kind: 'describe-images', text: '[' }, at: AT }).steps).toEqual([]);
  });
});
