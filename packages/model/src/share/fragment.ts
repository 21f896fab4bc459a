/**
 * Recognising a share link's fragment, apart from its decoder (link.ts): the app checks every
 * address at start, and this check must not bring the decoder, the design reader and their
 * dependencies into the first download.
 */

export const SHARE_FRAGMENT_PREFIX = 'design/';

export function stripHash(fragment: string): string {
  return fragment.startsWith('#') ? fragment.slice(1) : fragment;
}

/** True when the fragment (with or without `#`) is meant to be a share link, valid or not. */
export function isShareFragment(fragment: string): boolean {
  return stripHash(fragment).startsWith(SHARE_FRAGMENT_PREFIX);
}
