/** Download each format and the CDK app zip, copy to the clipboard: always exactly what the preview shows. */
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { type Design, projectDownload, renderCdkProjectFiles, targets } from '@ecr-designer/model';
import type { Page } from '@playwright/test';
import { expect, expectedText, newGuardedPage, openApp, previewText, selectTarget, test } from './support/fixtures.ts';

const design: Design = {
  version: 1,
  stackName: 'EcrStack',
  description: 'Images of the team',
  repositories: [
    {
      id: 'Repo',
      repositoryName: 'team/app',
      imageScanOnPush: true,
      imageTagMutability: 'IMMUTABLE',
      encryption: 'KMS',
      encryptionKey: { create: true, alias: 'alias/ecr/app', enableKeyRotation: true },
      lifecycleRules: [{ tagPrefixList: ['prod'], maxImageCount: 9999 }, { maxImageAgeDays: 30 }],
      tags: { team: 'platform' },
    },
  ],
};

// The tests continue on one page: the design does not change, only the output taken from it.
test.describe.configure({ mode: 'serial' });
let page: Page;
let assertClean: () => void;

test.beforeAll(async ({ sharedContext }) => {
  ({ page, assertClean } = await newGuardedPage(sharedContext));
  await page.addInitScript(() => {
    const blobTypes: string[] = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) blobTypes.push(object.type);
      return create(object);
    };
    Object.assign(window, { recordedBlobTypes: blobTypes });
  });
  await openApp(page, design);
});
test.afterEach(() => assertClean());
test.afterAll(() => page.close());

for (const target of targets) {
  test(`download ${target.label} as ${target.fileName(design)}`, async () => {
    await selectTarget(page, target.id);
    const expected = expectedText(design, target.id, 'Repo');
    await expect.poll(() => previewText(page)).toBe(expected);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(target.fileName(design));
    expect(await readFile(await download.path(), 'utf8')).toBe(expected);
    expect(await page.evaluate(() => (window as unknown as { recordedBlobTypes: string[] }).recordedBlobTypes.at(-1))).toBe(target.mimeType);
  });
}

test('download a ready CDK app as a zip', async () => {
  await selectTarget(page, 'cdk-ts');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CDK app (.zip)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/-cdk-app\.zip$/);
  const entries = unzipSync(new Uint8Array(await readFile(await download.path())));
  const files = Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)]));
  expect(files).toEqual(renderCdkProjectFiles(design));
  expect(JSON.parse(files['package.json'] ?? '{}').dependencies['aws-cdk-lib']).toBe('2.276.0');
});

for (const target of targets.filter((t) => t.project && t.id !== 'cdk-ts')) {
  test(`with ${target.label} shown, the CDK app zip is the ${target.label} project`, async () => {
    await selectTarget(page, target.id);
    const expected = projectDownload(design, target.id);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CDK app (.zip)' }).click()]);
    expect(download.suggestedFilename()).toBe(expected.fileName);
    const entries = unzipSync(new Uint8Array(await readFile(await download.path())));
    expect(Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)]))).toEqual(expected.files());
  });
}

test('copy the preview to the clipboard', async () => {
  // The origin of the server under test (E2E_PORT may move it off 4173).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await selectTarget(page, 'cdk-ts');
  const expected = expectedText(design, 'cdk-ts', 'Repo');
  await expect.poll(() => previewText(page)).toBe(expected);
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByText(/^Copied .*\.ts to the clipboard\.$/)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});
