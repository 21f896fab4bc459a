/**
 * The Content-Security-Policy of the production build, delivered as a `<meta http-equiv>` tag in
 * index.html (the app is static files: there is no server to send the header). The strictest
 * policy under which everything works: nothing is allowed unless listed, no inline script, no eval.
 * Verified by e2e/import-share.spec.ts (every lazy part used, zero violations).
 *
 * Only `vite build` gets it: the dev server injects an inline script for React Fast Refresh.
 * A meta tag cannot carry `frame-ancestors`, `report-uri` or `sandbox` (browsers ignore them there);
 * a host that can send headers should add `frame-ancestors 'none'`.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  // Everything not named below (frames, media, manifests, prefetch, ...) is refused.
  ['default-src', "'none'"],
  // The entry and its chunks, from our origin only: no inline script, no eval, no blob: or data: scripts.
  ['script-src', "'self'"],
  // Emotion (MUI) and Monaco insert <style> elements and set style attributes at run time; the
  // stylesheets themselves come from our origin. Styles cannot run code.
  ['style-src', "'self'", "'unsafe-inline'"],
  // The favicon; data: for the small SVG images inlined in Monaco's CSS.
  ['img-src', "'self'", 'data:'],
  // Monaco's codicon font (a file of ours; data: if the bundler inlines a small font).
  ['font-src', "'self'", 'data:'],
  // Monaco's editor worker, the simulator and the importer: same-origin module workers (no blob:).
  ['worker-src', "'self'"],
  // Fetches of our own chunks (module preload); nothing ever leaves the origin.
  ['connect-src', "'self'"],
  // No <base> can redirect relative URLs, no form can post anywhere, no plugins.
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map((d) => d.join(' ')).join('; ');

/**
 * Adds the policy right after `<meta charset>` of the built index.html, ahead of every script, style
 * and link it must cover.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'ecr-designer:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
      if (!charset) throw new Error('index.html has no <meta charset>: the Content-Security-Policy goes right after it.');
      const at = charset.index + charset[0].length;
      return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />${html.slice(at)}`;
    },
  };
}
