/**
 * Preview text of a design for one target, rendered once per design object and target.
 * Renderers may throw (a target with nothing to show, or a design too broken to render); the
 * preview then says why instead of showing text.
 */
import { type Design, RenderError, type Target } from '@ecr-designer/model';

export type Preview = { kind: 'text'; text: string } | { kind: 'unavailable'; message: string };

const cache = new WeakMap<Design, Map<string, Preview>>();

export function previewOf(design: Design, target: Target, repositoryId?: string): Preview {
  const key = `${target.id}\u0000${repositoryId ?? ''}`;
  let perDesign = cache.get(design);
  if (!perDesign) {
    perDesign = new Map();
    cache.set(design, perDesign);
  }
  const cached = perDesign.get(key);
  if (cached) return cached;
  let preview: Preview;
  try {
    const options = repositoryId === undefined ? {} : { repository: repositoryId };
    preview = { kind: 'text', text: target.render(design, options) };
  } catch (e) {
    preview = {
      kind: 'unavailable',
      message: e instanceof RenderError ? e.message : `This design cannot be rendered as ${target.label}: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  perDesign.set(key, preview);
  return preview;
}
