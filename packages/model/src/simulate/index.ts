/**
 * The lifecycle simulator: which images a design's lifecycle policy keeps, expires or archives,
 * and why. Pure: images in (from `aws ecr describe-images` or a synthetic history), verdicts out.
 */
export * from './types.ts';
export { simulateLifecycle, compilePolicy, evaluatePolicy, pullBasis, type CompiledPolicy, type CompiledRule, type SimulateOptions, type EvaluateOptions } from './evaluate.ts';
export { lifecyclePolicyWarnings } from './warnings.ts';
export { parseDescribeImages, parseDescribeImagesText, parseTimestamp, type ImagesParseResult } from './describe-images.ts';
export { syntheticHistory, seededRandom, type SyntheticHistoryOptions, type TagScheme } from './synthetic.ts';
export { replayLifecycle, tagsAt, lastPullAt, type ReplayOptions, type ReplayResult, type ReplayStep, type ImageFate } from './replay.ts';
export { compilePattern, compilePrefix, patternIncludes } from './match.ts';
export { DAY } from './explain.ts';
export {
  DEFAULT_SYNTHETIC_PARAMS,
  MAX_SYNTHETIC_IMAGES,
  MAX_IMAGES_TEXT_LENGTH,
  syntheticParamFields,
  tagSchemeLabels,
  readSyntheticParams,
  readEvaluationDate,
  formatEvaluationDate,
  type SyntheticParams,
  type SyntheticParamField,
} from './inputs.ts';
export {
  SimulationSession,
  replayTimeline,
  imagesAt,
  type ImageSource,
  type SimulationRequest,
  type SimulationAnswer,
  type ReplayAnswer,
} from './session.ts';
export {
  verdictRows,
  verdictColumns,
  verdictFilterLabels,
  DEFAULT_VERDICT_SORT,
  formatBytes,
  formatTime,
  formatDay,
  abbreviateDigest,
  policyWarningPath,
  describeReplayStep,
  type VerdictFilter,
  type VerdictSort,
  type VerdictSortKey,
} from './table.ts';
