/**
 * The simulator's inputs and table settings: not part of the design, not saved, kept while the
 * app is open (switching back to the preview and again to Simulate finds them as they were).
 * Text fields hold what the user typed; the model reads and judges it.
 */
import { create } from 'zustand';
import { DEFAULT_SYNTHETIC_PARAMS, DEFAULT_VERDICT_SORT, type SyntheticParams, type VerdictFilter, type VerdictSort, formatEvaluationDate } from '@ecr-designer/model';

export type ImagesInput = 'synthetic' | 'describe-images';

export interface SimulateState {
  input: ImagesInput;
  params: SyntheticParams;
  /** The pasted (or dropped) `aws ecr describe-images` output, kept as typed even when unusable. */
  pasted: string;
  /** The evaluation date as typed (ISO 8601). */
  atText: string;
  /** The day the time slider shows (epoch ms); undefined: the evaluation date. */
  day: number | undefined;
  filter: VerdictFilter;
  sort: VerdictSort;
}

export const initialSimulateState = (now = Date.now()): SimulateState => ({
  input: 'synthetic',
  params: DEFAULT_SYNTHETIC_PARAMS,
  pasted: '',
  atText: formatEvaluationDate(now),
  day: undefined,
  filter: 'all',
  sort: DEFAULT_VERDICT_SORT,
});

export const useSimulateStore = create<SimulateState>()(() => initialSimulateState());

const set = (patch: Partial<SimulateState>) => useSimulateStore.setState(patch);

export const setImagesInput = (input: ImagesInput) => set({ input, day: undefined });
export const setSyntheticParam = <K extends keyof SyntheticParams>(key: K, value: SyntheticParams[K]) =>
  set({ params: { ...useSimulateStore.getState().params, [key]: value }, day: undefined });
export const setPasted = (pasted: string) => set({ pasted, day: undefined });
export const setEvaluationDate = (atText: string) => set({ atText, day: undefined });
export const setDay = (day: number | undefined) => set({ day });
export const setFilter = (filter: VerdictFilter) => set({ filter });
export const setSort = (sort: VerdictSort) => set({ sort });
export const resetSimulateStore = (now?: number) => useSimulateStore.setState(initialSimulateState(now), true);
