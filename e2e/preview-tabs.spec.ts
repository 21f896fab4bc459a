/**
 * The preview's tab strip with ten output targets: a tab per group (CloudFormation, CDK, Terraform,
 * AWS CLI, Lifecycle policy), the format or language under it. Every tab fits without scrolling at
 * 1280x720 and on a narrow window, works from the keyboard, and passes axe in both themes.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { type Design, previewGroups } from '@ecr-designer/model';
import { expect, expectedText, openApp, previewText, screenshot, test } from './support/fixtures.ts';

const design: Design = {
  version: 1,
  stackName: 'EcrStack',
  repositories: [{ id: 'Repo', repositoryName: 'team/app', imageScanOnPush: true, lifecycleRules: [{ maxImageCount: 5 }], tags: { team: 'platform' } }],
};

/** Every tab lies inside the visible part of the tab list (no tab hidden behind a scroll button). */
async function expectAllTabsVisible(page: Page): Promise<void> {
  const list = page.getByRole('tablist', { name: 'Output format' });
  const box = await list.boundingBox();
  expect(box).not.toBeNull();
  const tabs = list.getByRole('tab');
  await expect(tabs).toHaveCount(previewGroups().length);
  for (const tab of await tabs.all()) {
    const t = await tab.boundingBox();
    expect(t, await tab.textContent() ?? '').not.toBeNull();
    const b = box as NonNullable<typeof box>;
    const r = t as NonNullable<typeof t>;
    expect(r.x, `${await tab.textContent()} starts inside the tab list`).toBeGreaterThanOrEqual(b.x - 1);
    expect(r.x + r.width, `${await tab.textContent()} ends inside the tab list`).toBeLessThanOrEqual(b.x + b.width + 1);
  }
}

for (const size of [
  { name: '1280x720', width: 1280, height: 720 },
  { name: 'narrow', width: 600, height: 900 },
]) {
  test(`all output groups fit at ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openApp(page, design);
    await expectAllTabsVisible(page);
    // Every variant picker (the CloudFormation formats, the CDK languages) fits too.
    for (const group of previewGroups().filter((g) => g.variants.length > 1)) {
      await page.getByRole('tab', { name: group.label, exact: true }).click();
      const picker = page.getByRole('group', { name: group.variantKind });
      await expect(picker.getByRole('button')).toHaveCount(group.variants.length);
      for (const button of await picker.getByRole('button').all()) await expect(button).toBeInViewport();
    }
    await screenshot(page, `preview-tabs-${size.name}`);
  });
}

test('the tabs and the format picker work from the keyboard', async ({ page }) => {
  await openApp(page, design);
  const selected = page.getByRole('tab', { selected: true });
  await expect(selected).toHaveText('CloudFormation');
  // Tab from the selected tab reaches the format picker; Enter on a format shows it.
  await selected.focus();
  const json = page.getByRole('group', { name: 'CloudFormation format' }).getByRole('button', { name: 'JSON', exact: true });
  for (let i = 0; i < 10 && !(await json.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(json).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('preview')).toHaveAttribute('data-target', 'cfn-json');
  await expect.poll(() => previewText(page)).toBe(expectedText(design, 'cfn-json'));
  // Arrow keys move between tabs, Enter shows the focused one (MUI Tabs' manual activation).
  await page.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('preview')).toHaveAttribute('data-target', 'cdk-ts');
  for (const label of ['Terraform', 'AWS CLI']) {
    await page.getByRole('tab', { name: label, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: label, exact: true })).toHaveAttribute('aria-selected', 'true');
  }
  await expect.poll(() => previewText(page)).toBe(expectedText(design, 'aws-cli'));
  // Back to CloudFormation: the tab remembers the format.
  await page.getByRole('tab', { name: 'CloudFormation', exact: true }).click();
  await expect(page.getByTestId('preview')).toHaveAttribute('data-target', 'cfn-json');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing with the format picker and the AWS CLI tab, ${theme} theme`, async ({ page }) => {
    // An axe scan of the whole page takes long on a loaded machine (no timing is asserted).
    test.setTimeout(120_000);
    await page.addInitScript((mode) => localStorage.setItem('ecr-designer.theme', mode), theme);
    await openApp(page, design);
    await expect(page.getByRole('group', { name: 'CloudFormation format' })).toBeVisible();
    await page.getByRole('tab', { name: 'AWS CLI', exact: true }).focus();
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await screenshot(page, `preview-tabs-${theme}`);
  });
}
