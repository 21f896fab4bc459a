/** Takes the user to the field a diagnostic is about: selects its repository, then focuses the field. */
import { type Design, type Diagnostic, anchorIn, isStackResourcePath, pathWithin, repositoryIndexOf } from '@ecr-designer/model';
import { showRepository, showStackResources } from '../access/viewStore.ts';
import { fieldId } from '../fields/fieldId.ts';
import { selectRepository } from '../store/actions.ts';

const FOCUSABLE = 'input, textarea, button, [tabindex]:not([tabindex="-1"]), [role="combobox"]';

/** Sent to a collapsed part of the form that holds a field someone navigates to: the part should open. */
export const REVEAL_EVENT = 'ecr-reveal';

/** Asks the collapsed part of the form that holds `path` (marked `data-reveal-path`) to open. */
function reveal(path: string): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-reveal-path]')) {
    if (pathWithin(path, el.dataset['revealPath'] ?? '')) el.dispatchEvent(new CustomEvent(REVEAL_EVENT));
  }
}

export function focusField(path: string, attempts = 10): void {
  const el = document.getElementById(fieldId(path));
  if (!el) {
    reveal(path);
    if (attempts > 0) requestAnimationFrame(() => focusField(path, attempts - 1));
    return;
  }
  const target = el.matches(FOCUSABLE) || el.tabIndex === -1 ? el : (el.querySelector<HTMLElement>(FOCUSABLE) ?? el);
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.focus({ preventScroll: true });
}

export function goToDiagnostic(design: Design, diagnostic: Diagnostic): void {
  const repo = repositoryIndexOf(diagnostic.path);
  if (isStackResourcePath(diagnostic.path)) showStackResources();
  else if (repo !== undefined) showRepository();
  if (repo !== undefined) selectRepository(repo);
  focusField(anchorIn(design, diagnostic.path));
}
