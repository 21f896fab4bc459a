/**
 * Parts 2, 3 and 5 of `pnpm bench`, in Debian's Chromium (the launch flags of playwright.config.ts)
 * against `vite preview` of a production build: cold load, keystroke-to-preview latency (also
 * with the Simulate view open on 10,000 images) and the JS heap after loading the largest design.
 * Prints one JSON object on stdout (scripts/bench.mjs makes the table).
 *   tsx bench/browser.ts <baseURL> <dist folder>
 * The page is opened with `?e2e`, which installs the test hooks (app/testing/testHooks.ts): the
 * latency is read from them (input event -> the preview editor's model holding the new text).
 * BENCH_ONLY=typing measures the keystrokes alone (BENCH_KEYSTROKES of them, default 200).
 */
import { type Browser, type Page, chromium } from '@playwright/test';
import { measureBundle } from '../e2e/support/bundleSize.ts';
import { benchDesign } from '../packages/model/bench/designs.ts';
import { summarize, type Timing } from '../packages/model/bench/stats.ts';
import config from '../playwright.config.ts';
// The page's test hooks (window.ecrDesignerTestHooks), for the type checker.
import type { EcrDesignerTestHooks as _TestHooks } from '../app/testing/testHooks.ts';

const [baseURL = 'http://127.0.0.1:4205', dist = 'bench/tmp/dist'] = process.argv.slice(2);
const DESIGN_KEY = 'ecr-designer.design';
const KEYSTROKES = Number(process.env['BENCH_KEYSTROKES'] ?? 200);

async function launch(): Promise<Browser> {
  const launchOptions = config.use?.launchOptions ?? {};
  return chromium.launch({ ...launchOptions, headless: true });
}

/** A new page (fresh context: empty cache and storage) that starts with `design` saved, as after a previous visit. */
async function pageWith(browser: Browser, design: unknown): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named functions in __name(): functions passed to the page need it.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  if (design !== undefined) {
    await page.addInitScript(([key, text]) => localStorage.setItem(key as string, text as string), [DESIGN_KEY, JSON.stringify(design)]);
  }
  return page;
}

async function waitForPreview(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.ecrDesignerTestHooks?.getPreviewText() ?? '').length > 0, undefined, { timeout: 60_000 });
}

interface ColdLoad {
  initialJsGzip: number;
  initialChunks: number;
  interactiveMs: number;
  previewMs: number;
}

/** Empty cache, empty storage: navigation start -> the stack name field accepts input -> the preview shows text. */
async function coldLoad(browser: Browser): Promise<ColdLoad> {
  const bundle = measureBundle(dist);
  const page = await pageWith(browser, undefined);
  // Polled every animation frame from the first script on: when the stack name field exists and
  // is enabled (the form is interactive), and when the preview editor first holds text.
  await page.addInitScript(() => {
    const w = window as unknown as { benchCold: { form?: number; preview?: number } };
    w.benchCold = {};
    const poll = () => {
      const now = performance.now();
      if (w.benchCold.form === undefined) {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Stack name'));
        const input = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
        if (input instanceof HTMLInputElement && !input.disabled) w.benchCold.form = now;
      }
      if (w.benchCold.preview === undefined && (window.ecrDesignerTestHooks?.getPreviewText() ?? '').length > 0) w.benchCold.preview = now;
      if (w.benchCold.form === undefined || w.benchCold.preview === undefined) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.goto('/?e2e');
  await page.waitForFunction(() => {
    const c = (window as unknown as { benchCold: { form?: number; preview?: number } }).benchCold;
    return c.form !== undefined && c.preview !== undefined;
  }, undefined, { timeout: 60_000 });
  const { form: interactiveMs = Number.NaN, preview: previewMs = Number.NaN } = await page.evaluate(
    () => (window as unknown as { benchCold: { form?: number; preview?: number } }).benchCold,
  );
  await page.context().close();
  return { initialJsGzip: bundle.initialGzip, initialChunks: bundle.initial.length, interactiveMs, previewMs };
}

/**
 * Starts recording, per key interaction from now on, its longest event (keydown, keypress with its
 * input, keyup) to the next frame presented, as Event Timing reports it. The clicks and keys that
 * set the field up come before (their entries arrive late, so they are filtered by start time).
 */
async function observeKeyInteractions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const since = performance.now();
    const frames = new Map<number, number>();
    (window as unknown as { benchInteractions: Map<number, number> }).benchInteractions = frames;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.interactionId > 0 && entry.startTime >= since) frames.set(entry.interactionId, Math.max(entry.duration, frames.get(entry.interactionId) ?? 0));
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
}

/** The KEYSTROKES interactions recorded: Event Timing reports only those of 16 ms or more, the others count as 0. */
async function keyInteractions(page: Page): Promise<Timing & { over16: number }> {
  // Event Timing entries are delivered after the frame they measure.
  await page.waitForTimeout(500);
  const frames = await page.evaluate(() => [...(window as unknown as { benchInteractions: Map<number, number> }).benchInteractions.values()]);
  const underThreshold = Array.from({ length: Math.max(0, KEYSTROKES - frames.length) }, () => 0);
  return { ...summarize([...frames, ...underThreshold]), over16: frames.length };
}

export interface Typing {
  /** Keystroke -> the preview editor's model holds the text the input event carried. */
  preview: Timing & { missed: number };
  /**
   * Keystroke -> the next frame presented after it (the form's re-render, the preview's text,
   * style, layout and paint: what the user sees), as Chromium's Event Timing API measures it for
   * INP (durations in steps of 8 ms). The API reports only interactions of 16 ms or more: the
   * others count as 0 here, and `over16` says how many keystrokes took that long.
   */
  frame: Timing & { over16: number };
  /**
   * The rest of the input event after the preview took the new text: React re-rendering the form
   * (a listener on window, which runs after React's, reads the clock).
   */
  form: Timing;
}

/**
 * Types KEYSTROKES characters into the first lifecycle rule's description (or its amount: a digit
 * appended, then removed, and so on), one at a time. Each
 * keystroke is timed from the keydown event's timeStamp (when the browser received the key, so
 * time spent waiting for a busy main thread counts) to (a) the first change of the preview
 * editor's model whose text contains the new description and (b) the next frame presented (Event
 * Timing, see Typing.frame). The next key is pressed once a frame has been drawn after (a).
 */
async function keystrokes(page: Page, into: 'description' | 'amount' = 'description'): Promise<Typing> {
  const collapsed = page.getByRole('button', { name: 'Expand rule 1', exact: true });
  if ((await collapsed.count()) > 0) await collapsed.click();
  const field = page.getByRole('textbox', { name: into === 'description' ? 'Description' : 'Keep the most recent', exact: true }).first();
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate((checkText) => {
    const w = window as unknown as {
      benchTyping: { start: number; value: string; latencies: number[]; forms: number[]; previewAt: number; pending: boolean; painting: boolean };
    };
    w.benchTyping = { start: 0, value: '', latencies: [], forms: [], previewAt: 0, pending: false, painting: false };
    window.addEventListener('input', () => {
      if (!w.benchTyping.pending) w.benchTyping.forms.push(performance.now() - w.benchTyping.previewAt);
    });
    document.addEventListener('keydown', (e) => (w.benchTyping.start = e.timeStamp), true);
    document.addEventListener(
      'input',
      (e) => {
        w.benchTyping.value = (e.target as HTMLInputElement).value;
        w.benchTyping.pending = true;
        w.benchTyping.painting = true;
      },
      true,
    );
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => (w.benchTyping.painting = false));
    channel.port1.start();
    window.ecrDesignerTestHooks?.onPreviewChange(() => {
      const now = performance.now();
      if (!w.benchTyping.pending) return;
      // A description is unique in the preview; an amount is not (it is the first change after the key).
      if (checkText && !(window.ecrDesignerTestHooks?.getPreviewText() ?? '').includes(w.benchTyping.value)) return;
      w.benchTyping.pending = false;
      w.benchTyping.previewAt = now;
      w.benchTyping.latencies.push(now - w.benchTyping.start);
      requestAnimationFrame(() => channel.port2.postMessage(null));
    });
  }, into === 'description');
  await observeKeyInteractions(page);
  let missed = 0;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < KEYSTROKES; i++) {
    // An amount gets a digit appended, then taken away again: every key changes the rule.
    if (into === 'description') await page.keyboard.type(letters[i % letters.length] as string);
    else if (i % 2 === 0) await page.keyboard.type(String((i / 2) % 10));
    else await page.keyboard.press('Backspace');
    try {
      await page.waitForFunction(
        () => {
          const t = (window as unknown as { benchTyping: { pending: boolean; painting: boolean } }).benchTyping;
          return !t.pending && !t.painting;
        },
        undefined,
        { timeout: 5000, polling: 5 },
      );
    } catch {
      missed++;
    }
  }
  const frame = await keyInteractions(page);
  const { latencies, forms } = await page.evaluate(() => {
    const t = (window as unknown as { benchTyping: { latencies: number[]; forms: number[] } }).benchTyping;
    return { latencies: t.latencies, forms: t.forms };
  });
  return { preview: { ...summarize(latencies), missed }, frame, form: summarize(forms) };
}

/**
 * The floor of the next-frame figure on this machine: the same keystrokes into a bare <input> on
 * an empty page (no script handles them), timed by Event Timing the same way.
 */
async function bareInputFloor(browser: Browser): Promise<Timing & { over16: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.setContent('<input aria-label="bare">');
  await page.getByLabel('bare').click();
  await observeKeyInteractions(page);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(letters[i % letters.length] as string);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  }
  const frame = await keyInteractions(page);
  await page.close();
  return frame;
}

async function openSimulatorOn10kImages(page: Page): Promise<string | undefined> {
  const simulate = page.getByRole('button', { name: 'Simulate', exact: true });
  if ((await simulate.count()) === 0) return 'the app has no Simulate view yet';
  await simulate.click();
  const perDay = page.getByRole('textbox', { name: 'Pushes per day' }).or(page.getByRole('spinbutton', { name: 'Pushes per day' }));
  const days = page.getByRole('textbox', { name: 'Days of history' }).or(page.getByRole('spinbutton', { name: 'Days of history' }));
  await perDay.fill('100');
  await days.fill('100');
  await page.waitForFunction(() => document.querySelector('[data-testid="simulate"]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 60_000 });
  return undefined;
}

async function heapAfterLargest(browser: Browser): Promise<{ usedMB: number; totalMB: number; repositories: number; rules: number }> {
  const design = benchDesign(50, 100);
  const page = await pageWith(browser, design);
  await page.goto('/?e2e');
  await waitForPreview(page);
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  await page.context().close();
  return { usedMB: heap.usedSize / 2 ** 20, totalMB: heap.totalSize / 2 ** 20, repositories: 50, rules: 100 };
}

async function main(): Promise<void> {
  const browser = await launch();
  try {
    const cold = await coldLoad(browser);
    process.stderr.write('browser: cold load done\n');
    const design = benchDesign(20, 100);
    const page = await pageWith(browser, design);
    await page.goto('/?e2e');
    await waitForPreview(page);
    const typing = await keystrokes(page);
    process.stderr.write('browser: keystrokes done\n');
    const floor = await bareInputFloor(browser);
    if (process.env['BENCH_ONLY'] === 'typing') {
      // For working on the keystroke path: just this part, printed.
      process.stdout.write(JSON.stringify({ typing, floor }) + '\n');
      return;
    }
    let typingWithSimulator: (Typing & { images: number }) | { skipped: string };
    const skipped = await openSimulatorOn10kImages(page);
    if (skipped) typingWithSimulator = { skipped };
    else {
      // The verdict table has a row per image (all verdicts shown) and a header row.
      const images = await page.evaluate(() => Number(document.querySelector('[data-testid="simulate"] [aria-rowcount]')?.getAttribute('aria-rowcount') ?? 1) - 1);
      process.stderr.write(`browser: simulator open (${images} images)\n`);
      // A description does not change the simulation (it is not run again); an amount does.
      typingWithSimulator = { ...(await keystrokes(page, 'amount')), images };
    }
    await page.context().close();
    const heap = await heapAfterLargest(browser);
    process.stdout.write(JSON.stringify({ cold, typing, floor, typingWithSimulator, heap, keystrokes: KEYSTROKES, chromium: browser.version() }) + '\n');
  } finally {
    await browser.close();
  }
}

await main();
