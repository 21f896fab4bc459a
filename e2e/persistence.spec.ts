/** The design survives a reload; an unreadable saved state is reported and kept aside; undo and redo. */
import type { Design } from '@ecr-designer/model';
import { expect, expectPreviewsOf, openApp, screenshot, storedDesign, test } from './support/fixtures.ts';

test('the design is saved while typing and restored on reload', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Repository name').fill('team/app');
  await page.getByRole('group', { name: 'Scan on push' }).getByRole('button', { name: 'Off' }).click();
  await page.getByRole('button', { name: 'Use dark theme' }).click();
  const design = await storedDesign(page);
  expect(design.repositories[0]).toEqual({ id: 'Repo', repositoryName: 'team/app', imageScanOnPush: false });
  await page.reload();
  await expect(page.getByLabel('Repository name')).toHaveValue('team/app');
  await expect(page.getByRole('group', { name: 'Scan on push' }).getByRole('button', { name: 'Off' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();
  await expectPreviewsOf(page, design, ['cfn-yaml']);
});

for (const [kind, text, reason] of [
  ['not JSON', '{"version": 1, "stackName": ', /Not valid JSON/],
  ['of the wrong shape', '{"version":1,"stackName":"S","repositories":[{"id":"R","colour":"red"}]}', /Unknown property "colour"/],
  ['from a newer version', '{"version":7,"stackName":"S","repositories":[]}', /format version 7/],
] as const) {
  test(`a saved state ${kind} is reported, set aside and replaced by an empty design`, async ({ page }) => {
    await openApp(page, text);
    const banner = page.getByTestId('unreadable-banner');
    await expect(banner).toContainText('The saved design could not be opened');
    await expect(banner).toContainText(reason);
    const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('ecr-designer.design.unreadable.')));
    expect(kept).toHaveLength(1);
    expect(kept[0]?.[1]).toBe(text);
    await expect(banner).toContainText(kept[0]?.[0] ?? '');
    expect(await storedDesign(page)).toEqual({ version: 1, stackName: 'EcrStack', repositories: [{ id: 'Repo' }] });
    if (kind === 'not JSON') await screenshot(page, 'unreadable-saved-state');
    await banner.getByRole('button', { name: 'Close' }).click();
    await expect(banner).toBeHidden();
  });
}

test('undo and redo, from the toolbar and the keyboard; typing is one step', async ({ page }) => {
  await openApp(page);
  const name = page.getByLabel('Repository name');
  await name.pressSequentially('team/app');
  await page.getByRole('button', { name: 'Add rule' }).click();
  const withRule = await storedDesign(page);
  expect(withRule.repositories[0]?.lifecycleRules).toHaveLength(1);

  await page.getByRole('button', { name: 'Undo' }).click();
  expect((await storedDesign(page)).repositories[0]).toEqual({ id: 'Repo', repositoryName: 'team/app' });
  await name.focus();
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await page.keyboard.press('Control+Shift+z');
  await expect(name).toHaveValue('team/app');
  await page.keyboard.press('Control+y');
  expect(await storedDesign(page)).toEqual(withRule);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Redo' }).click();
  const expected: Design = withRule;
  await expectPreviewsOf(page, expected, ['cfn-yaml']);
});

test('"New design" asks first, and can be undone', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Repository name').fill('keep-me');
  await page.getByRole('button', { name: 'New design' }).click();
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByLabel('Repository name')).toHaveValue('keep-me');
  await page.getByRole('button', { name: 'New design' }).click();
  await page.getByRole('button', { name: 'Discard and start new' }).click();
  await expect(page.getByLabel('Repository name')).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await expect(page.getByLabel('Repository name')).toHaveValue('keep-me');
});
