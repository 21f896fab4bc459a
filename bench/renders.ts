/**
 * Counts which React components render per keystroke (typing into the first rule's description of
 * the 20 × 100 bench design), through the DevTools hook React calls on every commit. For finding
 * what re-renders when it need not. Build without minifying to see component names:
 *   npx vite build --minify false --outDir bench/tmp/dist-prof
 *   npx vite preview --outDir bench/tmp/dist-prof --port 4206 &
 *   packages/model/node_modules/.bin/tsx bench/renders.ts http://127.0.0.1:4206 [keys]
 */
import { openTypingPage, typeSlowly } from './typingPage.ts';

const [baseURL = 'http://127.0.0.1:4206', keys = '10'] = process.argv.slice(2);
const { browser, page } = await openTypingPage(baseURL, {
  // A minimal stand-in for React DevTools: after each commit, walk the fibers that changed (as
  // DevTools does) and count the components that performed work.
  beforeLoad: () => {
    type Fiber = { tag: number; type: unknown; flags: number; child: Fiber | null; sibling: Fiber | null; alternate: Fiber | null; elementType: unknown };
    const w = window as unknown as { renderCounts: Map<string, number>; counting: boolean; commits: string[][] };
    w.renderCounts = new Map();
    w.commits = [];
    let commit: string[] = [];
    w.counting = false;
    const nameOf = (f: Fiber): string | undefined => {
      const t = (f.type ?? f.elementType) as { displayName?: string; name?: string; render?: { name?: string }; type?: { name?: string } } | string | null;
      if (!t || typeof t === 'string') return undefined;
      return t.displayName ?? t.name ?? t.render?.name ?? t.type?.name ?? 'Anonymous';
    };
    const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
    const count = (f: Fiber) => {
      if (!COMPONENT_TAGS.has(f.tag) || (f.flags & 1) === 0) return;
      const name = nameOf(f);
      if (name) {
        w.renderCounts.set(name, (w.renderCounts.get(name) ?? 0) + 1);
        commit.push(name);
      }
    };
    const mount = (f: Fiber | null) => {
      for (let c = f; c; c = c.sibling) {
        count(c);
        mount(c.child);
      }
    };
    const update = (next: Fiber, prev: Fiber) => {
      count(next);
      if (next.child === prev.child) return;
      for (let c = next.child; c; c = c.sibling) {
        if (c.alternate) update(c, c.alternate);
        else {
          count(c);
          mount(c.child);
        }
      }
    };
    // React looks for this global when it loads and reports every commit to it.
    const hookName = '__REACT_DEVTOOLS_GLOBAL_HOOK__';
    (window as unknown as Record<string, unknown>)[hookName] = {
      supportsFiber: true,
      inject: () => 1,
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        if (!w.counting) return;
        const next = root.current;
        commit = [];
        if (next.alternate) update(next, next.alternate);
        else mount(next);
        w.commits.push(commit);
      },
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      checkDCE: () => {},
    };
  },
});
await page.evaluate(() => ((window as unknown as { counting: boolean }).counting = true));
await typeSlowly(page, Number(keys));
const counts = await page.evaluate(() => [...(window as unknown as { renderCounts: Map<string, number> }).renderCounts]);
const commits = await page.evaluate(() => (window as unknown as { commits: string[][] }).commits);
await browser.close();
const total = counts.reduce((s, [, n]) => s + n, 0);
console.log(`${(total / Number(keys)).toFixed(1)} component renders per keystroke`);
if (process.env['RENDERS_COMMITS']) {
  // The commits of the first keystrokes, each with the distinct components that rendered in it.
  for (const c of commits.slice(0, Number(process.env['RENDERS_COMMITS']))) console.log(`commit: ${c.length} renders: ${[...new Set(c)].join(' ')}`);
}
for (const [name, n] of counts.sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${(n / Number(keys)).toFixed(1).padStart(7)}  ${name}`);
