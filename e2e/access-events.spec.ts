/**
 * Access and events built entirely through the UI: a pull grant to another account and an
 * image-scan rule to a new SNS topic. The downloaded template.yaml must be byte for byte the model's
 * rendering of the design the app saved.
 */
import { readFile } from 'node:fs/promises';
import { type Design, renderTemplate } from '@ecr-designer/model';
import { DESIGN_KEY, expect, expectedText, newGuardedPage, openApp, screenshot, selectTarget, storedDesign, test } from './support/fixtures.ts';

const start: Design = { version: 1, stackName: 'EcrStack', repositories: [{ id: 'Repo', repositoryName: 'team/app' }] };

test('a pull grant to another account and a scan-completed rule to a new topic, through the UI', async ({ sharedContext }) => {
  const { page, assertClean } = await newGuardedPage(sharedContext);
  await openApp(page, start);
  const form = page.getByRole('region', { name: 'Repository settings' });

  // Stack resources: the other account and a topic.
  await page.getByRole('navigation').getByRole('button', { name: /^Stack resources/ }).click();
  await form.getByRole('button', { name: 'Add principal' }).click();
  await page.getByRole('menuitem', { name: /^AccountPrincipal/ }).click();
  await form.getByRole('textbox', { name: 'Account id' }).fill('444455556666');
  await form.getByRole('button', { name: 'Add topic' }).click();
  await form.getByRole('textbox', { name: 'Id', exact: true }).last().fill('ScanAlerts');
  await screenshot(page, 'access-events-stack');

  // The repository: grant pull to the account, and a rule to the topic.
  await page.getByRole('navigation').getByRole('button', { name: /^Repo\b/ }).click();
  await form.getByRole('button', { name: 'Add grant' }).click();
  await expect(form.getByRole('combobox', { name: 'Grantee' })).toHaveValue('Account');
  await expect(form.getByText(/the grant becomes a statement in the repository policy only/)).toBeVisible();
  await form.getByRole('button', { name: 'Add event rule' }).click();
  await page.getByRole('menuitem', { name: /^onImageScanCompleted/ }).click();
  await form.getByRole('button', { name: 'Add target' }).click();
  await page.getByRole('menuitem', { name: /^SNS topic/ }).click();
  await expect(form.getByRole('combobox', { name: 'Target 1: SNS topic' })).toHaveValue('ScanAlerts');
  await form.getByRole('heading', { name: 'Events' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'access-events-repository');

  // The design the app saved (localStorage), once it has caught up with the last edit.
  const saved = async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), DESIGN_KEY)) ?? 'null') as Design;
  const current = await storedDesign(page);
  await expect.poll(saved).toEqual(current);
  const design = await saved();
  expect(design.principals).toEqual([{ id: 'Account', type: 'AccountPrincipal', accountId: '444455556666' }]);
  expect(design.topics).toEqual([{ id: 'ScanAlerts' }]);
  expect(design.repositories[0]?.grants).toEqual([{ method: 'grantPull', grantee: 'Account' }]);
  expect(design.repositories[0]?.eventRules).toEqual([{ method: 'onImageScanCompleted', id: 'ScanCompleted', targets: [{ type: 'SnsTopic', topic: 'ScanAlerts' }] }]);

  await selectTarget(page, 'cfn-yaml');
  const expected = expectedText(design, 'cfn-yaml', 'Repo');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('template.yaml');
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toBe(expected);

  // The statement and the rule are there.
  const template = renderTemplate(design);
  const resources = Object.values(template.Resources ?? {}) as { Type: string; Properties?: Record<string, unknown> }[];
  const repository = resources.find((r) => r.Type === 'AWS::ECR::Repository');
  const policy = JSON.stringify(repository?.Properties?.['RepositoryPolicyText']);
  expect(policy).toContain('"ecr:BatchGetImage"');
  expect(policy).toContain(':iam::444455556666:root');
  expect(policy).not.toContain('GetAuthorizationToken');
  const rule = resources.find((r) => r.Type === 'AWS::Events::Rule');
  expect(JSON.stringify(rule?.Properties?.['EventPattern'])).toContain('"ECR Image Scan"');
  expect(resources.some((r) => r.Type === 'AWS::SNS::Topic')).toBe(true);
  expect(text).toContain('AWS::Events::Rule');
  expect(text).toContain('ECR Image Scan');
  expect(text).toContain('444455556666:root');
  assertClean();
  await page.close();
});
