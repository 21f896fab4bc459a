/**
 * Where a keystroke's main-thread time goes besides JavaScript (style, layout, paint): a Chromium
 * trace of typing into the first rule's description of the 20 × 100 bench design, summed by event.
 *   packages/model/node_modules/.bin/tsx bench/trace.ts http://127.0.0.1:4206 [keys]
 */
import { openTypingPage, typeSlowly } from './typingPage.ts';

const [baseURL = 'http://127.0.0.1:4206', keys = '10'] = process.argv.slice(2);
const { browser, page } = await openTypingPage(baseURL);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await typeSlowly(page, Number(keys));
const buffer = await browser.stopTracing();
await browser.close();
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { elementCount?: number; type?: string; functionName?: string; url?: string; clip?: number[]; nodeId?: number; layerId?: number } };
}
const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
const sums = new Map<string, { ms: number; n: number; elements: number }>();
for (const e of traceEvents) {
  if (e.ph !== 'X' || e.dur === undefined) continue;
  const s = sums.get(e.name) ?? { ms: 0, n: 0, elements: 0 };
  s.ms += e.dur / 1000;
  s.n++;
  s.elements += e.args?.data?.elementCount ?? 0;
  sums.set(e.name, s);
}
for (const [name, s] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) {
  console.log(`${(s.ms / Number(keys)).toFixed(2).padStart(8)} ms/key ${String(s.n).padStart(6)}×  ${name}${s.elements ? ` (${Math.round(s.elements / s.n)} elements)` : ''}`);
}

if (process.env['TRACE_TIMELINE']) {
  // The main thread's events of one keystroke (the last), nested by time, those over 0.5 ms.
  const main = traceEvents.filter((e) => e.ph === 'X' && ((e.dur ?? 0) > 500 || e.name === 'Paint') && e.name !== 'RunTask');
  const tid = main.find((e) => e.name === 'EventDispatch')?.tid;
  const mine = main.filter((e) => e.tid === tid).sort((a, b) => a.ts - b.ts);
  const keydowns = mine.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const lastKey = keydowns[keydowns.length - 1];
  const from = lastKey?.ts ?? 0;
  for (const e of mine.filter((x) => x.ts >= from && x.ts < from + 250_000)) {
    const d = e.args?.data;
    const clip = d?.clip ? ` clip ${d.clip.join(',')}` : '';
    console.log(`${((e.ts - from) / 1000).toFixed(1).padStart(7)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${e.name} ${d?.type ?? ''} ${d?.functionName ?? ''} ${d?.url?.split('/').pop() ?? ''}${clip}`);
  }
}
