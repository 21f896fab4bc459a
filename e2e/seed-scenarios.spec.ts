/**
 * The seed README's scenarios, built through the UI only; each time, Monaco must show exactly what the
 * model renders for the same design (expected text computed by the model, never written by hand).
 */
import type { Page } from '@playwright/test';
import type { Design, TargetId } from '@ecr-designer/model';
import { choose, expect, expectPreviewsOf, newGuardedPage, openApp, screenshot, startNewDesign, test } from './support/fixtures.ts';

const ALL_TARGETS: TargetId[] = ['cfn-yaml', 'cfn-json', 'cdk-ts'];
const withRepo = (repo: Design['repositories'][number]): Design => ({ version: 1, stackName: 'EcrStack', repositories: [repo] });

// One page for all scenarios; each starts from "New design", as a user would.
test.describe.configure({ mode: 'serial' });
let page: Page;
let assertClean: () => void;

test.beforeAll(async ({ sharedContext }) => {
  ({ page, assertClean } = await newGuardedPage(sharedContext));
  await openApp(page);
});
test.beforeEach(() => startNewDesign(page));
test.afterEach(() => assertClean());
test.afterAll(() => page.close());

test('create a repository', async () => {
  await page.getByRole('button', { name: 'Actions for Repo' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByText('No repositories yet')).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Add repository' }).click();
  await page.getByLabel('Repository name').fill('team/app');
  await expectPreviewsOf(page, withRepo({ id: 'Repo', repositoryName: 'team/app' }), ALL_TARGETS);
  await screenshot(page, 'seed-create-repository');
});

test('scan on push', async () => {
  await page.getByRole('group', { name: 'Scan on push' }).getByRole('button', { name: 'On' }).click();
  await expectPreviewsOf(page, withRepo({ id: 'Repo', imageScanOnPush: true }), ALL_TARGETS);
});

test('immutable tags', async () => {
  await choose(page, 'Tag mutability', /^IMMUTABLE A tag, once pushed/);
  await expectPreviewsOf(page, withRepo({ id: 'Repo', imageTagMutability: 'IMMUTABLE' }), ALL_TARGETS);
});

test('two lifecycle rules in order: keep 9999 prod images, expire the rest after 30 days', async () => {
  const rules = page.getByRole('list', { name: 'Lifecycle rules' });
  await page.getByRole('button', { name: 'Add rule' }).click();
  const first = rules.getByRole('listitem').nth(0);
  await choose(first, 'Tag status', /^Not set/);
  await first.getByLabel('Tag prefixes').fill('prod');
  await first.getByLabel('Tag prefixes').press('Enter');
  await first.getByRole('button', { name: 'Image count' }).click();
  await first.getByLabel('Keep the most recent').fill('9999');

  await page.getByRole('button', { name: 'Add rule' }).click();
  const second = rules.getByRole('listitem').nth(1);
  await choose(second, 'Tag status', /^Not set/);
  await second.getByRole('button', { name: 'Since push' }).click();
  await second.getByLabel('Days since push', { exact: true }).fill('30');

  const design = withRepo({ id: 'Repo', lifecycleRules: [{ tagPrefixList: ['prod'], maxImageCount: 9999 }, { maxImageAgeDays: 30 }] });
  await expectPreviewsOf(page, design, [...ALL_TARGETS, 'lifecycle-json']);
  await expect(first.getByTestId('effective-priority')).toHaveText('Priority 1 · auto');
  await expect(second.getByTestId('effective-priority')).toHaveText('Priority 2 · auto');
  await screenshot(page, 'seed-lifecycle-rules');
});
