/** Layout: three columns at 1280x720, one column on a narrow window; the first download stays small. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { measureBundle } from './support/bundleSize.ts';
import { expect, openApp, screenshot, test } from './support/fixtures.ts';

test('three columns at 1280x720, without page scrolling', async ({ page }) => {
  await openApp(page);
  const list = await page.getByRole('navigation', { name: 'Stack and repositories' }).boundingBox();
  const form = await page.getByRole('region', { name: 'Repository settings' }).boundingBox();
  const preview = await page.getByRole('region', { name: 'Preview' }).boundingBox();
  expect(list && form && preview).toBeTruthy();
  expect(list!.x).toBeLessThan(form!.x);
  expect(form!.x).toBeLessThan(preview!.x);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await screenshot(page, 'default-1280x720');
});

test('one column on a narrow window', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 900 });
  await openApp(page);
  const form = await page.getByRole('region', { name: 'Repository settings' }).boundingBox();
  const preview = await page.getByRole('region', { name: 'Preview' }).boundingBox();
  expect(preview!.y).toBeGreaterThan(form!.y);
  expect(Math.abs(preview!.x - form!.x)).toBeLessThan(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
  await page.screenshot({ path: 'reports/screenshots/narrow-600.png', fullPage: true });
});

test('the JavaScript needed before the form works is at most 150 kB gzip', () => {
  const report = measureBundle(process.env['E2E_OUT_DIR'] ?? 'dist');
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bundle-size.json', JSON.stringify(report, undefined, 2) + '\n');
  console.log(
    `initial JS: ${report.initial.map((c) => c.file).join(', ')} = ${(report.initialGzip / 1000).toFixed(1)} kB gzip; ` +
      `Monaco: ${(report.monacoGzip / 1000).toFixed(1)} kB gzip`,
  );
  expect(report.initialGzip).toBeLessThanOrEqual(150_000);
});

test('Monaco is not in the JavaScript loaded before the form works', () => {
  const report = measureBundle(process.env['E2E_OUT_DIR'] ?? 'dist');
  // The markers find Monaco in the build at all (else this test could not fail)...
  expect(report.withMonaco.length, 'chunks with Monaco').toBeGreaterThan(0);
  // ...and only in chunks loaded lazily.
  expect(report.initialWithMonaco).toEqual([]);
});
