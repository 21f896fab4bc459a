/**
 * The Simulate view: rules added in the form, a synthetic history simulated in the Web Worker under
 * a Content-Security-Policy without eval or blob:, the counts equal to the model's for the same
 * seed and date (computed here, in the test process), the time slider, re-running on rule edits,
 * pasted describe-images output, ten thousand images, and the simulator kept out of the first
 * download.
 */
import type { Page } from '@playwright/test';
import {
  type LifecycleRule,
  DEFAULT_SYNTHETIC_PARAMS,
  DAY,
  type SimImage,
  type SimulationSummary,
  describeReplayStep,
  formatDay,
  imagesAt,
  parseDescribeImagesText,
  readSyntheticParams,
  replayLifecycle,
  replayTimeline,
  simulateLifecycle,
  syntheticHistory,
} from '@ecr-designer/model';
import { measureBundle } from './support/bundleSize.ts';
import { chunksWith, simulatorModules } from './support/simulatorModules.ts';
import { expect, newGuardedPage, openApp, screenshot, storedDesign, test } from './support/fixtures.ts';

const AT_TEXT = '2026-01-10T00:00:00Z';
const AT = Date.parse(AT_TEXT);
const CSP = "script-src 'self'; worker-src 'self'; object-src 'none'";

test.describe.configure({ mode: 'serial' });
let page: Page;
let assertClean: () => void;
const workerRequests: string[] = [];

test.beforeAll(async ({ sharedContext }) => {
  ({ page, assertClean } = await newGuardedPage(sharedContext));
  // The page is served with a CSP that forbids eval and blob: workers (a violation is a console error).
  await page.route(
    (url) => url.hostname === '127.0.0.1' && url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    },
  );
  page.on('request', (r) => {
    if (/simulate\.worker-[\w-]+\.js$/.test(r.url())) workerRequests.push(r.url());
  });
  await openApp(page);
});
test.afterEach(() => assertClean());
test.afterAll(() => page.close());

const simulate = () => page.getByRole('region', { name: 'Simulate' });

async function rules(): Promise<LifecycleRule[]> {
  return (await storedDesign(page)).repositories[0]?.lifecycleRules ?? [];
}

function syntheticImages(params = DEFAULT_SYNTHETIC_PARAMS): SimImage[] {
  const { options } = readSyntheticParams(params, AT);
  if (!options) throw new Error('bad parameters');
  return syntheticHistory(options);
}

async function expectCounts(summary: SimulationSummary): Promise<void> {
  await expect(simulate().getByTestId('count-kept')).toHaveText(String(summary.kept));
  await expect(simulate().getByTestId('count-expired')).toHaveText(String(summary.expired));
  await expect(simulate().getByTestId('count-archived')).toHaveText(String(summary.archived));
}

test('rules added in the form, simulated on a synthetic history in a worker: the counts are the model’s', async () => {
  await page.getByRole('button', { name: 'Add rule' }).click();
  await page.getByRole('button', { name: 'Add rule' }).click();
  await page.getByRole('button', { name: 'Add rule' }).click();
  const added = await rules();
  expect(added.length).toBe(3);

  await page.getByRole('button', { name: 'Simulate' }).click();
  await expect(simulate()).toBeVisible();
  // Something useful at once: the default synthetic history at the current date.
  await expect(simulate().getByRole('table', { name: 'Images and their verdicts' })).toBeVisible();
  await simulate().getByLabel('Evaluation date (UTC)').fill(AT_TEXT);
  await expect(simulate().getByTestId('simulate-day')).toHaveText(formatDay(AT));

  const expected = simulateLifecycle(added, syntheticImages(), { at: AT });
  expect(expected.summary.expired).toBeGreaterThan(0);
  await expectCounts(expected.summary);
  expect(workerRequests.length).toBe(1);
  // The table shows the newest push first, with the model's explanation.
  const newest = [...expected.verdicts].sort((a, b) => b.image.pushedAt - a.image.pushedAt)[0];
  const firstRow = simulate().getByRole('table', { name: 'Images and their verdicts' }).getByRole('row').nth(1);
  await expect(firstRow).toContainText(newest?.explanation ?? '-');
  await expect(firstRow.getByRole('button', { name: `Copy digest ${newest?.image.digest}` })).toBeVisible();
  await screenshot(page, 'simulate-synthetic');
});

test('the time slider evaluates an earlier day and reads the replay of that day', async () => {
  const current = await rules();
  const images = syntheticImages();
  const timeline = replayTimeline(images, AT);
  const steps = replayLifecycle(current, images, { from: timeline[0] as number, to: AT }).steps;
  const slider = simulate().getByRole('slider');
  await expect(simulate().getByTestId('replay-reading')).toHaveText(describeReplayStep(steps, steps.length - 1));

  await slider.focus();
  await page.keyboard.press('Home');
  await expect(simulate().getByTestId('simulate-day')).toHaveText(formatDay(timeline[0] as number));
  await expectCounts(simulateLifecycle(current, imagesAt(images, timeline[0] as number, AT), { at: timeline[0] as number }).summary);
  await expect(simulate().getByTestId('replay-reading')).toHaveText(describeReplayStep(steps, 0));

  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  const day = timeline[30] as number;
  await expect(simulate().getByTestId('simulate-day')).toHaveText(formatDay(day));
  await expectCounts(simulateLifecycle(current, imagesAt(images, day, AT), { at: day }).summary);
  await expect(simulate().getByTestId('replay-reading')).toHaveText(describeReplayStep(steps, 30));

  await page.keyboard.press('End');
  await expect(simulate().getByTestId('simulate-day')).toHaveText(formatDay(AT));
});

test('editing a rule runs the simulation again; a policy warning leads to the rule', async () => {
  const anyRule = page.getByRole('listitem', { name: /^Rule 3: Any image/ }).getByLabel('Keep the most recent');
  await anyRule.fill('30');
  await expect.poll(async () => (await rules())[2]?.maxImageCount).toBe(30);
  const edited = await rules();
  const expected = simulateLifecycle(edited, syntheticImages(), { at: AT });
  await expectCounts(expected.summary);

  const warning = expected.warnings.find((w) => w.code === 'CountRuleMayExpireLatest');
  expect(warning).toBeDefined();
  await expect(simulate().getByText(warning?.message ?? '-')).toBeVisible();
  await simulate().getByRole('button', { name: `Go to rule ${warning?.priority}` }).click();
  await expect(anyRule).toBeFocused();

  // Filter: only the expired images.
  await simulate().getByRole('button', { name: /^Expired \d+/ }).click();
  const rows = simulate().getByRole('table', { name: 'Images and their verdicts' }).getByRole('row');
  await expect(rows.nth(1)).toHaveAttribute('data-verdict', 'expired');
  await expect(simulate().getByRole('table', { name: 'Images and their verdicts' })).toHaveAttribute('aria-rowcount', String(expected.summary.expired + 1));
  await simulate().getByRole('button', { name: /^All \d+/ }).click();
});

function describeImagesJson(images: readonly SimImage[]): string {
  return JSON.stringify(
    {
      imageDetails: images.map((img) => ({
        registryId: '123456789012',
        repositoryName: 'team/app',
        imageDigest: img.digest,
        ...(img.tags.length ? { imageTags: img.tags } : {}),
        imageSizeInBytes: img.sizeBytes,
        imagePushedAt: new Date(img.pushedAt).toISOString().replace('Z', '+00:00'),
        imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        ...(img.lastPulledAt === undefined ? {} : { lastRecordedPullTime: new Date(img.lastPulledAt).toISOString() }),
      })),
    },
    undefined,
    2,
  );
}

test('pasted describe-images output: a mistake is shown where it is and the text kept; a file opened: its verdicts', async () => {
  await simulate().getByRole('button', { name: 'describe-images' }).click();
  const field = simulate().getByLabel('Output of aws ecr describe-images (JSON)');
  const images = syntheticImages({ ...DEFAULT_SYNTHETIC_PARAMS, days: '12', seed: '42' });
  const bad = describeImagesJson(images.slice(0, 3)).replace(/"imagePushedAt": "[^"]+"/, '"imagePushedAt": "yesterday"');
  await field.fill(bad);
  await expect(simulate().getByText(/imageDetails\[0\]\.imagePushedAt: Expected an ISO 8601 timestamp/)).toBeVisible();
  await expect(field).toHaveValue(bad);
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  // The same output as a file (the "Open a file…" button; dropping one does the same).
  const good = describeImagesJson(images);
  await simulate().getByLabel('describe-images file').setInputFiles({ name: 'images.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(field).toHaveValue(good);
  const expected = simulateLifecycle(await rules(), parseDescribeImagesText(good).images, { at: AT });
  await expectCounts(expected.summary);
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  const table = simulate().getByRole('table', { name: 'Images and their verdicts' });
  await expect(table).toHaveAttribute('aria-rowcount', String(images.length + 1));
  await screenshot(page, 'simulate-pasted');
});

test('ten thousand images: the model’s counts, and the table scrolls to the oldest', async () => {
  await simulate().getByRole('button', { name: 'Synthetic' }).click();
  await simulate().getByLabel('Pushes per day').fill('100');
  await simulate().getByLabel('Days of history').fill('100');
  const params = { ...DEFAULT_SYNTHETIC_PARAMS, pushesPerDay: '100', days: '100' };
  const images = syntheticImages(params);
  expect(images.length).toBeGreaterThan(9_500);
  const expected = simulateLifecycle(await rules(), images, { at: AT });
  await expectCounts(expected.summary);
  const table = simulate().getByRole('table', { name: 'Images and their verdicts' });
  await expect(table).toHaveAttribute('aria-rowcount', String(images.length + 1));
  expect(await table.getByRole('row').count()).toBeLessThan(40);
  await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const oldest = [...images].sort((a, b) => a.pushedAt - b.pushedAt)[0];
  await table.scrollIntoViewIfNeeded();
  await expect(table.getByRole('button', { name: `Copy digest ${oldest?.digest}` })).toBeVisible();
  expect(oldest!.pushedAt).toBeLessThan(AT - 99 * DAY);
  await screenshot(page, 'simulate-10k');
  // Back to the preview: the outputs are where they were.
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  await expect(simulate()).toHaveCount(0);
});

test('no simulator module is in the JavaScript loaded before the form works', () => {
  const dist = process.env['E2E_OUT_DIR'] ?? 'dist';
  const initial = new Set(measureBundle(dist).initial.map((c) => c.file));
  const modules = simulatorModules();
  const checked = modules.filter((m) => m.markers.length > 0);
  // Enough of the simulator is recognisable for the check to mean something: the engine, the
  // input readers, the warnings, the view and its table.
  expect(checked.map((m) => m.file)).toEqual(
    expect.arrayContaining(['packages/model/src/simulate/evaluate.ts', 'packages/model/src/simulate/warnings.ts', 'packages/model/src/simulate/inputs.ts', 'app/simulate/SimulatePane.tsx', 'app/simulate/VerdictTable.tsx']),
  );
  for (const m of checked) {
    const chunks = chunksWith(dist, m);
    expect(chunks.length, `${m.file} is in some chunk (its markers survive the build)`).toBeGreaterThan(0);
    expect(chunks.filter((c) => initial.has(c)), `${m.file} in the initial chunks`).toEqual([]);
  }
  expect([...initial].filter((f) => /simulate|Simulate/.test(f))).toEqual([]);
});
