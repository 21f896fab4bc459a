/**
 * The page the keystroke tools (profile.ts, trace.ts, renders.ts) type into: the 20 × 100 bench
 * design loaded from storage, the first rule's description focused, the page settled; and the
 * typing itself, one key every 300 ms.
 */
import { type Browser, type Page, chromium } from '@playwright/test';
import { benchDesign } from '../packages/model/bench/designs.ts';
import config from '../playwright.config.ts';
// The page's test hooks (window.ecrDesignerTestHooks), for the type checker.
import type { EcrDesignerTestHooks as _TestHooks } from '../app/testing/testHooks.ts';

/**
 * Opens `baseURL` in headless Chromium with the design saved; `beforeLoad` runs before the app's
 * scripts (an init script), `beforeTyping` once the preview shows (e.g. opening the Simulate view).
 */
export async function openTypingPage(
  baseURL: string,
  { beforeLoad, beforeTyping }: { beforeLoad?: () => void; beforeTyping?: (page: Page) => Promise<void> } = {},
): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ ...config.use?.launchOptions, headless: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // tsx (esbuild keepNames) wraps named functions in __name(): functions passed to the page need it.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript((text) => localStorage.setItem('ecr-designer.design', text), JSON.stringify(benchDesign(20, 100)));
  if (beforeLoad) await page.addInitScript(beforeLoad);
  await page.goto(`${baseURL}/?e2e`);
  await page.waitForFunction(() => (window.ecrDesignerTestHooks?.getPreviewText() ?? '').length > 0, undefined, { timeout: 60_000 });
  await beforeTyping?.(page);
  await page.getByRole('button', { name: /^Expand rule/ }).first().click();
  await page.getByRole('textbox', { name: 'Description', exact: true }).first().click();
  await page.waitForTimeout(1500);
  return { browser, page };
}

/** Types `keys` characters, one every 300 ms (time for the preview, validation and the frame). */
export async function typeSlowly(page: Page, keys: number): Promise<void> {
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type('x');
    await page.waitForTimeout(300);
  }
}
