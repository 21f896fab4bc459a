/**
 * Profiles typing in Chromium (CDP CPU profile) on the 20 × 100 bench design and prints the
 * functions with the most self time and the most total time. For finding what a keystroke costs:
 *   npx vite build --minify false --outDir bench/tmp/dist-prof
 *   npx vite preview --outDir bench/tmp/dist-prof --port 4206 &
 *   packages/model/node_modules/.bin/tsx bench/profile.ts http://127.0.0.1:4206 [keys]
 * PROFILE_SIMULATE=1 first opens the Simulate view on about 10,000 synthetic images.
 */
import { writeFileSync } from 'node:fs';
import { openTypingPage, typeSlowly } from './typingPage.ts';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [baseURL = 'http://127.0.0.1:4206', keys = '10'] = process.argv.slice(2);
const { browser, page } = await openTypingPage(baseURL, {
  beforeTyping: process.env['PROFILE_SIMULATE']
    ? async (p) => {
        await p.getByRole('button', { name: 'Simulate', exact: true }).click();
        await p.getByRole('spinbutton', { name: 'Pushes per day' }).or(p.getByRole('textbox', { name: 'Pushes per day' })).fill('100');
        await p.getByRole('spinbutton', { name: 'Days of history' }).or(p.getByRole('textbox', { name: 'Days of history' })).fill('100');
        await p.waitForFunction(() => document.querySelector('[data-testid="simulate"]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 60_000 });
      }
    : undefined,
});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await typeSlowly(page, Number(keys));
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
writeFileSync('bench/tmp/typing.cpuprofile', JSON.stringify(profile));
await browser.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>();
const total = new Map<string, number>();
const key = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  const n = byId.get(id) as Node;
  self.set(key(n), (self.get(key(n)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur) as Node);
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + dt);
  }
});
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / Number(keys)).toFixed(1).padStart(8)} ms/key  ${k}`);
console.log('self time\n' + top(self, 30).join('\n'));
console.log('\ntotal time\n' + top(total, 60).join('\n'));
