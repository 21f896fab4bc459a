/**
 * The simulator as the app runs it (in a Web Worker, or inline): a request names the rules, where
 * the images come from (pasted describe-images text or synthetic-history parameters), the
 * evaluation date and the day the time slider shows; the answer is the evaluation that day, with
 * the input's problems at the field they concern, and separately the day-by-day replay. A session
 * keeps the images and the replay of the last inputs, so editing a rule does not re-read the
 * images, and moving the slider does not replay again.
 */
import type { LifecycleRule } from '../design.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { parseDescribeImagesText } from './describe-images.ts';
import { compilePolicy, evaluatePolicy } from './evaluate.ts';
import { DAY, plural } from './explain.ts';
import { MAX_IMAGES_TEXT_LENGTH, problem } from './inputs.ts';
import { type ReplayStep, lastPullAt, replayLifecycle, tagsAt } from './replay.ts';
import { type SyntheticHistoryOptions, syntheticHistory } from './synthetic.ts';
import type { SimImage, SimulationResult } from './types.ts';

export type ImageSource = { kind: 'describe-images'; text: string } | { kind: 'synthetic'; options: SyntheticHistoryOptions };

export interface SimulationRequest {
  /** Increasing: the app shows the answer to its newest request only. */
  id: number;
  rules: readonly LifecycleRule[];
  source: ImageSource;
  /** The evaluation date (epoch ms): the end of the timeline. */
  at: number;
  /** The day the time slider shows (a time of `timeline`); absent: the evaluation date. */
  day?: number;
}

export interface SimulationAnswer {
  id: number;
  /** Problems of the images input, at the field concerned (`imageDetails[3].imagePushedAt`). */
  diagnostics: Diagnostic[];
  /** How many images the input holds. */
  images: number;
  /** The days the slider steps through (ascending; the last is the evaluation date). */
  timeline: number[];
  /** The day evaluated (the slider's day, snapped to the timeline). */
  day: number;
  /** The evaluation that day of the images pushed by then; absent when the input is unusable. */
  result?: SimulationResult;
}

export interface ReplayAnswer {
  id: number;
  /** One step per day of `timeline`. */
  steps: ReplayStep[];
}

/**
 * The evaluation dates of the replay: one a day, ending exactly at `at`, the first at least a day
 * after the first push (just `at` when there is less than a day of history).
 */
export function replayTimeline(images: readonly SimImage[], at: number): number[] {
  let first = Infinity;
  for (const img of images) if (img.pushedAt < first) first = img.pushedAt;
  const days = Number.isFinite(first) ? Math.floor((at - first) / DAY) : 0;
  if (days < 1) return [at];
  return Array.from({ length: days }, (_, i) => at - (days - 1 - i) * DAY);
}

/**
 * The images as they were at `t`: only those pushed by then, with the tags and last pull they had
 * (exact for synthetic histories, which record them; for describe-images output a pull or archiving
 * recorded after `t` is unknown at `t`). At or after the last date of the input, the images as given.
 */
export function imagesAt(images: readonly SimImage[], t: number, end: number): SimImage[] {
  if (t >= end) return images.filter((img) => img.pushedAt <= t);
  const out: SimImage[] = [];
  for (const img of images) {
    if (img.pushedAt > t) continue;
    const archived = img.lastArchivedAt !== undefined && img.lastArchivedAt <= t ? img.lastArchivedAt : undefined;
    const restored = img.lastActivatedAt !== undefined && img.lastActivatedAt <= t ? img.lastActivatedAt : undefined;
    let storage = img.storage;
    if (img.lastArchivedAt !== undefined && archived === undefined) storage = 'STANDARD'; // archived later
    else if (storage !== 'ARCHIVE' && img.lastActivatedAt !== undefined && restored === undefined) storage = 'ARCHIVE'; // restored later
    const view: SimImage = { digest: img.digest, tags: tagsAt(img, t), pushedAt: img.pushedAt, sizeBytes: img.sizeBytes, storage };
    const pulled = lastPullAt(img, t);
    if (pulled !== undefined) view.lastPulledAt = pulled;
    if (archived !== undefined) view.lastArchivedAt = archived;
    if (restored !== undefined) view.lastActivatedAt = restored;
    if (img.subjectDigest !== undefined) view.subjectDigest = img.subjectDigest;
    if (img.manifestList) view.manifestList = true;
    out.push(view);
  }
  return out;
}

function sourceKey(source: ImageSource): string {
  return source.kind === 'synthetic' ? `synthetic:${JSON.stringify(source.options)}` : `text:${source.text}`;
}

/** The time slider's day nearest to `day` (the evaluation date when absent). */
function snap(timeline: readonly number[], day: number | undefined): number {
  const last = timeline[timeline.length - 1] as number;
  if (day === undefined) return last;
  let best = last;
  for (const t of timeline) if (Math.abs(t - day) < Math.abs(best - day)) best = t;
  return best;
}

/** Runs requests, keeping the images of the last source and the replay of the last inputs. */
export class SimulationSession {
  private images: { key: string; images: SimImage[]; diagnostics: Diagnostic[] } | undefined;
  private replayed: { key: string; steps: ReplayStep[] } | undefined;

  private load(source: ImageSource): { images: SimImage[]; diagnostics: Diagnostic[] } {
    const key = sourceKey(source);
    if (this.images?.key === key) return this.images;
    const loaded =
      source.kind === 'synthetic'
        ? { images: syntheticHistory(source.options), diagnostics: [] }
        : source.text.length > MAX_IMAGES_TEXT_LENGTH
          ? { images: [], diagnostics: [problem('', 'ImagesTooLarge', `The text has ${source.text.length} characters; describe-images output of at most ${MAX_IMAGES_TEXT_LENGTH} is read.`)] }
          : parseDescribeImagesText(source.text);
    this.images = { key, ...loaded };
    return loaded;
  }

  evaluate(request: SimulationRequest): SimulationAnswer {
    const { images, diagnostics } = this.load(request.source);
    const usable = !diagnostics.some((d) => d.severity === 'error');
    const timeline = replayTimeline(usable ? images : [], request.at);
    const day = snap(timeline, request.day);
    const answer: SimulationAnswer = { id: request.id, diagnostics, images: usable ? images.length : 0, timeline, day };
    if (!usable) return answer;
    const result = evaluatePolicy(compilePolicy(request.rules), imagesAt(images, day, request.at), day);
    const later = images.length - result.verdicts.length;
    if (later > 0) result.notes.push(`${plural(later, 'image was', 'images were')} pushed after this day and ${later === 1 ? 'is' : 'are'} not shown.`);
    answer.result = result;
    return answer;
  }

  /** The day-by-day replay of the policy since the first push (cached per rules, images and date). */
  replay(request: SimulationRequest): ReplayAnswer {
    const { images, diagnostics } = this.load(request.source);
    if (diagnostics.some((d) => d.severity === 'error')) return { id: request.id, steps: [] };
    const key = `${JSON.stringify(request.rules)}\u0000${sourceKey(request.source)}\u0000${request.at}`;
    if (this.replayed?.key !== key) {
      const timeline = replayTimeline(images, request.at);
      const steps = replayLifecycle(request.rules, images, { from: timeline[0] as number, to: request.at }).steps;
      this.replayed = { key, steps };
    }
    return { id: request.id, steps: this.replayed.steps };
  }
}
