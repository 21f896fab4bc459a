/**
 * Moving a whole design in and out of the app: the design file a user downloads, the share link
 * text, and when replacing the current design needs the user's consent.
 */
import type { Design } from '../design.ts';
import { emptyDesign } from '../edit.ts';

/** The file name a design is downloaded as: `<stack>.design.json` (characters unsafe in file names become `-`). */
export function designFileName(design: Design): string {
  const stem = design.stackName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|-+$/g, '');
  return `${stem || 'design'}.design.json`;
}

/** The text of a design file: the design as it is, indented, ending with a newline (what every reader accepts). */
export function designFileText(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}

/** True when two designs are the same data (key order included, as the store keeps it). */
export function sameDesign(a: Design, b: Design): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether opening `incoming` (a share link, an import) over `current` would lose work, so the user
 * must be asked first: not when the current design is the empty one a new design starts with, nor
 * when it already is `incoming`. Replacing stays undoable either way.
 */
export function replacingLosesWork(current: Design, incoming: Design): boolean {
  return !sameDesign(current, emptyDesign()) && !sameDesign(current, incoming);
}

/** Links longer than this are cut by some chat and mail tools: the app says so when it copies one. */
export const SHARE_LINK_COMFORTABLE_LENGTH = 8000;

/** The confirmation shown when a link was copied: its length, and a caution when it is long. */
export function shareLinkNote(length: number): string {
  const size = `${length.toLocaleString('en-US')} characters`;
  return length > SHARE_LINK_COMFORTABLE_LENGTH
    ? `The link has ${size}. Some chat and mail tools cut links longer than ${SHARE_LINK_COMFORTABLE_LENGTH.toLocaleString('en-US')} characters; for a design this large, share the design file instead.`
    : `The link has ${size}. Anyone who opens it sees this design; nothing is uploaded, the design travels inside the link.`;
}
