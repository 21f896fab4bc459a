/**
 * The model's validation (and the design-file reader built on it), loaded after the form: the form
 * is usable at once, and its diagnostics appear as soon as this chunk has arrived (see lazyParts).
 */
export { parseDesignText, validateDesign } from '@ecr-designer/model';
