/** Takes the user to the field a diagnostic is about: selects its repository, then focuses the field. */
import { type Design, type Diagnostic, anchorOf, editorAnchors, repositoryIndexOf } from '@ecr-designer/model';
import { fieldId } from '../fields/fieldId.ts';
import { selectRepository } from '../store/actions.ts';

const FOCUSABLE = 'input, textarea, button, [tabindex]:not([tabindex="-1"]), [role="combobox"]';

/** Sent (bubbling) from a field that is inside a collapsed part of the form: the part should open. */
export const REVEAL_EVENT = 'ecr-reveal';

export function focusField(path: string, attempts = 10): void {
  const el = document.getElementById(fieldId(path));
  const hidden = el !== null && el.getClientRects().length === 0;
  if (hidden) el.dispatchEvent(new CustomEvent(REVEAL_EVENT, { bubbles: true }));
  if (!el || hidden) {
    if (attempts > 0) requestAnimationFrame(() => focusField(path, attempts - 1));
    return;
  }
  const target = el.matches(FOCUSABLE) || el.tabIndex === -1 ? el : (el.querySelector<HTMLElement>(FOCUSABLE) ?? el);
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.focus({ preventScroll: true });
}

export function goToDiagnostic(design: Design, diagnostic: Diagnostic): void {
  const repo = repositoryIndexOf(diagnostic.path);
  if (repo !== undefined) selectRepository(repo);
  focusField(anchorOf(diagnostic.path, editorAnchors(design)));
}
