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
