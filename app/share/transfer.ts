/**
 * The design leaving the app: as a design file (download) or as a share link (the design in the
 * URL fragment, see the model's share/link.ts). Loaded on first use.
 */
import { type Design, designFileName, designFileText, encodeShareFragment } from '@ecr-designer/model';
import { downloadFile } from '../preview/download.ts';

export function downloadDesignFile(design: Design): string {
  const name = designFileName(design);
  downloadFile(name, designFileText(design), 'application/json');
  return name;
}

/** The link that opens `design`: this page (without its query) with the design in the fragment. */
export async function shareLinkFor(design: Design, location: Pick<Location, 'origin' | 'pathname'> = window.location): Promise<string> {
  return `${location.origin}${location.pathname}#${await encodeShareFragment(design)}`;
}

/** Copies the link; false when the browser refused (the dialog then shows it to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
