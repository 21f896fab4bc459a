/** Reordering lifecycle rules with the keyboard (dnd-kit: Space, arrows, Space) changes CDK's priorities. */
import type { Page } from '@playwright/test';
import type { Design } from '@ecr-designer/model';
import { expect, expectPreviewsOf, newGuardedPage, openApp, screenshot, test } from './support/fixtures.ts';

const design: Design = {
  version: 1,
  stackName: 'EcrStack',
  repositories: [
    {
      id: 'Repo',
      lifecycleRules: [
        { tagPrefixList: ['prod'], maxImageCount: 9999 },
        { tagStatus: 'UNTAGGED', maxImageAgeDays: 7 },
        { tagPatternList: ['v*'], maxImageCount: 50 },
        { maxImageAgeDays: 30 },
      ],
    },
  ],
};

test.describe.configure({ mode: 'serial' });
let page: Page;
let assertClean: () => void;

test.beforeAll(async ({ sharedContext }) => {
  ({ page, assertClean } = await newGuardedPage(sharedContext));
  await openApp(page, design);
});
test.afterEach(() => assertClean());
test.afterAll(() => page.close());

test('keyboard reordering moves a rule and its priority changes visibly', async () => {
  const rules = page.getByRole('list', { name: 'Lifecycle rules' });
  const cards = rules.getByRole('listitem');
  await expect(cards.nth(2)).toHaveAccessibleName(/^Rule 3: Tags matching v\*/);
  await expect(cards.nth(2).getByTestId('effective-priority')).toHaveText('Priority 3 · auto');

  // Pick up rule 3 with Space, move it up twice, drop it with Space; dnd-kit announces each step.
  const announcement = page.locator('[aria-live="assertive"]').filter({ hasText: /./ });
  await page.getByRole('button', { name: 'Reorder rule 3' }).focus();
  await page.keyboard.press('Space');
  await expect(announcement).toHaveText('Over position 3 of 3.');
  await page.keyboard.press('ArrowUp');
  await expect(announcement).toHaveText('Over position 2 of 3.');
  await page.keyboard.press('ArrowUp');
  await expect(announcement).toHaveText('Over position 1 of 3.');
  await page.keyboard.press('Space');
  await expect(announcement).toHaveText('Dropped at position 1 of 3; priorities are updated.');

  await expect(cards.nth(0)).toHaveAccessibleName(/^Rule 1: Tags matching v\*/);
  await expect(cards.nth(0).getByTestId('effective-priority')).toHaveText('Priority 1 · auto');
  await expect(cards.nth(1)).toHaveAccessibleName(/^Rule 2: Tags starting with prod/);
  await expect(cards.nth(1).getByTestId('effective-priority')).toHaveText('Priority 2 · auto');
  await expect(cards.nth(3)).toHaveAccessibleName(/^Rule 4: Any image/);
  await expect(cards.nth(3).getByTestId('effective-priority')).toHaveText('Priority 4 · auto');

  const [prod, untagged, release, any] = design.repositories[0]?.lifecycleRules ?? [];
  const reordered: Design = { ...design, repositories: [{ id: 'Repo', lifecycleRules: [release!, prod!, untagged!, any!] }] };
  await expectPreviewsOf(page, reordered, ['lifecycle-json', 'cfn-yaml']);

  // Alt+Down on the focused handle moves the rule back one step at once.
  await page.getByRole('button', { name: 'Reorder rule 1' }).press('Alt+ArrowDown');
  await expect(cards.nth(0)).toHaveAccessibleName(/^Rule 1: Tags starting with prod/);
  await expect(cards.nth(1).getByTestId('effective-priority')).toHaveText('Priority 2 · auto');
  await screenshot(page, 'rules-reordered');
});

test('the ANY rule stays pinned last and cannot be picked up', async () => {
  const last = page.getByRole('list', { name: 'Lifecycle rules' }).getByRole('listitem').last();
  await expect(last).toHaveAccessibleName(/Any image: expire 30 days after push/);
  await expect(last.getByRole('img', { name: 'Pinned last (ANY rule)' })).toBeVisible();
  await expect(last.getByRole('button', { name: /^Reorder/ })).toHaveCount(0);
});
