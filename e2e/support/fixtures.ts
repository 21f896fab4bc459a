/**
 * The test fixture of every e2e test: it fails the test when a request leaves 127.0.0.1 or the
 * page logs an error, and gives helpers that read the app through its test hooks (`?e2e`).
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { type Design, type TargetId, getTarget, previewGroupOf } from '@ecr-designer/model';

export interface Guard {
  /** Requests that tried to leave 127.0.0.1 (blocked). */
  external: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/**
 * A page for the app in `context`: its first document starts from empty storage (reloads keep
 * it), any request to another host than 127.0.0.1 is recorded and blocked, console errors are
 * recorded. `assertClean` fails when either happened.
 */
export async function newGuardedPage(context: BrowserContext): Promise<{ page: Page; assertClean: () => void }> {
  const page = await context.newPage();
  const guard: Guard = { external: [], errors: [] };
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e-fresh')) return;
    sessionStorage.setItem('e2e-fresh', '1');
    localStorage.clear();
  });
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      guard.external.push(route.request().url());
      return route.abort();
    },
  );
  page.on('requestfailed', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') guard.external.push(url.href);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') guard.errors.push(message.text());
  });
  page.on('pageerror', (error) => guard.errors.push(String(error)));
  const assertClean = () => {
    expect(guard.external, 'requests that left 127.0.0.1').toEqual([]);
    expect(guard.errors, 'console errors').toEqual([]);
  };
  return { page, assertClean };
}

/**
 * One browser context per worker, a new guarded page per test (`page`): the HTTP cache of the
 * 2.7 MB Monaco chunk survives from test to test, and each page starts from empty storage, so tests
 * stay independent. Files whose tests continue on one page open it with `newGuardedPage`.
 */
export const test = base.extend<object, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, acceptDownloads, reducedMotion } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, acceptDownloads, reducedMotion });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedContext }, use) => {
    const { page, assertClean } = await newGuardedPage(sharedContext);
    await use(page);
    assertClean();
    await page.close();
  },
});

export { expect };

export const DESIGN_KEY = 'ecr-designer.design';
/** Poll often: the app answers within milliseconds, Monaco within a second. */
const POLL = { intervals: [50, 100, 250] };

/**
 * Opens the app with its test hooks and waits until the preview editor shows text. With `saved`,
 * the browser storage holds that text as the saved design when the app first starts (not again on
 * a reload).
 */
export async function openApp(page: Page, saved?: Design | string): Promise<void> {
  if (saved !== undefined) {
    const text = typeof saved === 'string' ? saved : JSON.stringify(saved);
    await page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('e2e-seeded')) return;
        sessionStorage.setItem('e2e-seeded', '1');
        localStorage.setItem(key, value);
      },
      [DESIGN_KEY, text] as const,
    );
  }
  await page.goto('/?e2e');
  await expect.poll(() => previewText(page), { ...POLL, message: 'Monaco shows the preview' }).toBeTruthy();
}

export function previewText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.ecrDesignerTestHooks?.getPreviewText());
}

export function storedDesign(page: Page): Promise<Design> {
  return page.evaluate(() => (window.ecrDesignerTestHooks as NonNullable<Window['ecrDesignerTestHooks']>).getDesign());
}

/** What the model renders for `design` as `targetId` (for the repository the preview follows). */
export function expectedText(design: Design, targetId: TargetId, repositoryId?: string): string {
  const target = getTarget(targetId);
  if (!target) throw new Error(`No target ${targetId}`);
  return target.render(design, repositoryId === undefined ? {} : { repository: repositoryId });
}

/** Shows `targetId`: its group's tab, then (for a group of several targets) its variant button. */
export async function selectTarget(page: Page, targetId: TargetId): Promise<void> {
  const group = previewGroupOf(targetId);
  if (!group) throw new Error(`No target ${targetId}`);
  await page.getByRole('tab', { name: group.label, exact: true }).click();
  if (group.variants.length > 1) {
    const variant = group.variants.find((v) => v.targetId === targetId);
    await page.getByRole('group', { name: group.variantKind }).getByRole('button', { name: variant?.label ?? targetId, exact: true }).click();
  }
  await expect(page.getByTestId('preview')).toHaveAttribute('data-target', targetId);
}

/**
 * Asserts that the app holds exactly `design` and that Monaco shows, for every target, the model's
 * rendering of that design.
 */
export async function expectPreviewsOf(page: Page, design: Design, targetIds: TargetId[], repositoryId?: string): Promise<void> {
  await expect.poll(() => storedDesign(page), POLL).toEqual(design);
  for (const id of targetIds) {
    await selectTarget(page, id);
    const expected = expectedText(design, id, repositoryId ?? design.repositories[0]?.id);
    await expect.poll(() => previewText(page), { ...POLL, message: `preview of ${id}` }).toBe(expected);
  }
}

/** Starts from an empty design through the UI ("New design", confirmed). */
export async function startNewDesign(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New design' }).click();
  await page.getByRole('button', { name: 'Discard and start new' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

/** Picks `option` in the select-only combobox labelled `label` (within `scope`). */
export async function choose(scope: Page | ReturnType<Page['locator']>, label: string, option: RegExp | string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `reports/screenshots/${name}.png` });
}
