/**
 * The simulator's inputs as the app's form holds them: the synthetic generator's parameters as
 * typed (with their labels, help and bounds) and the evaluation date, read into the generator's
 * options or into problems at the field concerned. Kept apart from the engine (session.ts), which
 * runs in the app's Web Worker.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { parseTimestamp } from './describe-images.ts';
import { plural } from './explain.ts';
import type { SyntheticHistoryOptions } from './synthetic.ts';

/** The generator's parameters as the user typed them (text keeps what is not a number yet). */
export interface SyntheticParams {
  pushesPerDay: string;
  days: string;
  sha: boolean;
  semver: boolean;
  latest: boolean;
  untaggedPercent: string;
  pullPercent: string;
  seed: string;
}

/** Defaults that show a useful history at once: 90 days, 5 pushes a day, about 450 images. */
export const DEFAULT_SYNTHETIC_PARAMS: SyntheticParams = {
  pushesPerDay: '5',
  days: '90',
  sha: true,
  semver: true,
  latest: true,
  untaggedPercent: '20',
  pullPercent: '50',
  seed: '1',
};

type NumericParam = 'pushesPerDay' | 'days' | 'untaggedPercent' | 'pullPercent' | 'seed';

export interface SyntheticParamField {
  label: string;
  unit?: string;
  help: string;
  min: number;
  max: number;
  integer: boolean;
}

/** The generator's numeric parameters: label, help and bounds. */
export const syntheticParamFields: Record<NumericParam, SyntheticParamField> = {
  pushesPerDay: { label: 'Pushes per day', help: 'Average number of images pushed a day (Poisson distributed).', min: 0, max: 500, integer: false },
  days: { label: 'Days of history', help: 'The history ends at the evaluation date.', min: 1, max: 3650, integer: true },
  untaggedPercent: { label: 'Untagged', unit: '%', help: 'Share of pushes without a tag (build cache, child images of multi-architecture builds).', min: 0, max: 100, integer: false },
  pullPercent: { label: 'Pull activity', unit: '%', help: 'Chance that an image in use (recent, or tagged latest) is pulled on a given day; 0: never pulled.', min: 0, max: 100, integer: false },
  seed: { label: 'Seed', help: 'The same seed and parameters always give the same history.', min: 0, max: 4294967295, integer: true },
};

/** The tag scheme's switches: a short label and what it means. */
export const tagSchemeLabels = {
  sha: { label: 'sha-<hex>', help: 'sha-<7 hex digits> on every tagged push' },
  semver: { label: 'v<semver>', help: 'v<major>.<minor>.<patch> on releases (one tagged push in ten)' },
  latest: { label: 'latest', help: 'latest moves to the newest tagged push' },
} as const;

/** Pasted or dropped describe-images text above this size is refused (as the CLI refuses such a file). */
export const MAX_IMAGES_TEXT_LENGTH = 64 * 1024 * 1024;

/** At most this many images are generated (a few seconds of work, a table still quick to scroll). */
export const MAX_SYNTHETIC_IMAGES = 100_000;

export function problem(path: string, code: string, message: string): Diagnostic {
  return { path, severity: 'error', code, message, source: 'designer' };
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/** The generator's options for a history ending at `end`, or the problems of the parameters (path: the parameter). */
export function readSyntheticParams(params: SyntheticParams, end: number): { options?: SyntheticHistoryOptions; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const values = {} as Record<NumericParam, number>;
  for (const key of Object.keys(syntheticParamFields) as NumericParam[]) {
    const field = syntheticParamFields[key];
    const text = params[key];
    if (text.trim() === '') {
      diagnostics.push(problem(key, 'MissingValue', `${field.label} is required.`));
      continue;
    }
    if (!NUMBER.test(text)) {
      diagnostics.push(problem(key, 'NotANumber', `'${text}' is not a number.`));
      continue;
    }
    const n = Number(text);
    if (field.integer && !Number.isInteger(n)) diagnostics.push(problem(key, 'NotAWholeNumber', `${field.label} must be a whole number, got ${text.trim()}.`));
    else if (n < field.min || n > field.max) diagnostics.push(problem(key, 'OutOfRange', `${field.label} must be between ${field.min} and ${field.max}, got ${text.trim()}.`));
    else values[key] = n;
  }
  if (diagnostics.length > 0) return { diagnostics };
  const expected = values.pushesPerDay * values.days;
  if (expected > MAX_SYNTHETIC_IMAGES) {
    return {
      diagnostics: [problem('pushesPerDay', 'TooManyImages', `${values.pushesPerDay} pushes a day for ${plural(values.days, 'day')} is about ${Math.round(expected)} images; the simulator generates at most ${MAX_SYNTHETIC_IMAGES}.`)],
    };
  }
  return {
    options: {
      seed: values.seed,
      end,
      days: values.days,
      pushesPerDay: values.pushesPerDay,
      tagScheme: { sha: params.sha, semver: params.semver, latest: params.latest },
      untaggedShare: values.untaggedPercent / 100,
      pullProbability: values.pullPercent / 100,
    },
    diagnostics: [],
  };
}

/** The evaluation date typed as ISO 8601 (`2026-01-01T00:00:00Z`), or its problem (path `at`). */
export function readEvaluationDate(text: string): { at?: number; diagnostics: Diagnostic[] } {
  const t = parseTimestamp(text.trim());
  if (typeof t === 'string') return { diagnostics: [problem('at', 'InvalidDate', t)] };
  return { at: t, diagnostics: [] };
}

/** An evaluation date as the date field shows it: ISO 8601 to the second, UTC. */
export function formatEvaluationDate(at: number): string {
  return new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

