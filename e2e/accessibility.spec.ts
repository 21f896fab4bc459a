/** axe finds no violations in the main states of the app, in the light and the dark theme. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Design } from '@ecr-designer/model';
import { expect, openApp, screenshot, test } from './support/fixtures.ts';

const rich: Design = {
  version: 1,
  stackName: 'EcrStack',
  description: 'Container images of the platform team',
  repositories: [
    {
      id: 'Repo',
      repositoryName: 'platform/api',
      imageScanOnPush: true,
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: ['latest', 'dev-*'],
      encryption: 'KMS',
      encryptionKey: { create: true, alias: 'alias/ecr/api', enableKeyRotation: true },
      removalPolicy: 'DESTROY',
      emptyOnDelete: true,
      lifecycleRules: [
        { rulePriority: 1, description: 'Protect releases', tagPatternList: ['v*'], maxImageCount: 9999 },
        { tagStatus: 'UNTAGGED', maxImageAgeDays: 7 },
        { maxImageAgeDays: 30 },
      ],
      tags: { team: 'platform', 'cost-center': '1234' },
    },
    { id: 'Worker', repositoryName: 'platform/worker' },
  ],
};

const broken: Design = {
  version: 1,
  stackName: 'EcrStack',
  repositories: [
    {
      id: 'Repo',
      repositoryName: 'Platform API',
      emptyOnDelete: true,
      lifecycleRules: [{ rulePriority: 1, tagPrefixList: ['prod'], maxImageCount: 0 }, { rulePriority: 1, tagStatus: 'UNTAGGED', maxImageAgeDays: 3 }],
    },
  ],
};

async function expectNoViolations(page: Page): Promise<void> {
  // Only violations are needed: skipping the detail of passing checks makes a scan several times faster.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.html.slice(0, 160)}\n  ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(summary).toEqual([]);
}

async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((mode) => localStorage.setItem('ecr-designer.theme', mode), theme);
}

for (const theme of ['light', 'dark'] as const) {
  test(`a full design, ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await openApp(page, rich);
    await expectNoViolations(page);
    await screenshot(page, `main-${theme}`);
    await page.getByRole('region', { name: 'Repository settings' }).evaluate((el) => el.scrollTo(0, 900));
    await screenshot(page, `lifecycle-rules-${theme}`);
  });

  test(`a design with errors, ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await openApp(page, broken);
    await expect(page.getByTestId('synth-status')).toHaveAttribute('data-state', 'error');
    await expect(page.getByTestId('synth-status')).toContainText('CDK would refuse to synthesize this design');
    await expectNoViolations(page);
    await screenshot(page, `errors-${theme}`);
    await page.getByTestId('problems-summary').click();
    await expect(page.getByRole('dialog', { name: /Problems/ })).toBeVisible();
    await expectNoViolations(page);
    await screenshot(page, `problems-${theme}`);
  });
}

test('menus and dialogs', async ({ page }) => {
  await openApp(page, rich);
  await page.getByRole('combobox', { name: 'Removal policy' }).click();
  await expect(page.getByRole('listbox', { name: 'Removal policy' })).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, 'enum-select-open');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Presets' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New design' }).click();
  await expect(page.getByRole('dialog', { name: 'Start a new design?' })).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, 'new-design-dialog');
});
