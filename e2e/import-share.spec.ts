/**
 * Import by paste, share links across browser contexts, broken links, hostile pastes, and the
 * Content-Security-Policy of the build (every lazy part used, no violation).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { type Design, type TargetId, importText, targets } from '@ecr-designer/model';
import { CONTENT_SECURITY_POLICY } from '../app/build/contentSecurityPolicy.ts';
import {
  DESIGN_KEY,
  expect,
  expectPreviewsOf,
  newGuardedPage,
  openApp,
  previewText,
  screenshot,
  selectTarget,
  storedDesign,
  test,
} from './support/fixtures.ts';

// Every output tab in Monaco, fresh contexts and hostile pastes: long tests on a loaded machine.
test.describe.configure({ timeout: 120_000 });

const TARGET_IDS = targets.map((t) => t.id) as TargetId[];

/** Two repositories (one with a lifecycle policy), short-form intrinsics, a parameter, an output and a bucket. */
const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Description: Team registries
Parameters:
  Env:
    Type: String
    Default: dev
Resources:
  AppRepo:
    Type: AWS::ECR::Repository
    DeletionPolicy: Retain
    Properties:
      RepositoryName: team/app
      ImageScanningConfiguration:
        ScanOnPush: true
      LifecyclePolicy:
        LifecyclePolicyText: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}}]}'
      Tags:
        - Key: env
          Value: !Ref Env
  WebRepo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: !Sub 'team/web-\${Env}'
      ImageTagMutability: IMMUTABLE
  Logs:
    Type: AWS::S3::Bucket
Outputs:
  AppArn:
    Value: !GetAtt AppRepo.Arn
`;
const IMPORTED = importText(TEMPLATE).design as Design;

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function importByPaste(page: Page) {
  const dialog = await openImport(page);
  await dialog.getByLabel('Text to import').fill(TEMPLATE);
  await expect(dialog.getByTestId('import-kind')).toHaveText('Recognised: a CloudFormation template (JSON or YAML), read as YAML.');
  await expect(dialog.getByTestId('import-repositories').getByRole('listitem')).toHaveText(['AppRepo — team/app, 1 lifecycle rule', 'WebRepo — name chosen by CloudFormation']);
  const notImported = dialog.getByRole('region', { name: 'Not imported' });
  await expect(notImported.getByRole('region', { name: 'Logs' })).toContainText('AWS::S3::Bucket');
  await expect(notImported.getByRole('region', { name: 'WebRepo' })).toContainText('Fn::Sub');
  await expect(notImported.getByRole('region', { name: 'AppRepo' })).toContainText('Ref');
  await screenshot(page, 'import-dialog');
  await dialog.getByRole('button', { name: 'Replace design' }).click();
  await expect(dialog).toBeHidden();
}

/** The preview text of every target, tab by tab. */
async function allPreviews(page: Page): Promise<Record<string, string | undefined>> {
  const out: Record<string, string | undefined> = {};
  for (const id of TARGET_IDS) {
    await selectTarget(page, id);
    await expect.poll(() => previewText(page)).toBeTruthy();
    out[id] = await previewText(page);
  }
  return out;
}

async function freshContext(browser: Browser) {
  const { baseURL, viewport, reducedMotion } = test.info().project.use;
  return browser.newContext({ baseURL, viewport, reducedMotion, acceptDownloads: true });
}

test('a multi-resource YAML template imported by paste: its repositories, what was left out, and the previews', async ({ page }) => {
  await openApp(page);
  await importByPaste(page);
  await expectPreviewsOf(page, IMPORTED, TARGET_IDS);
  // Replacing is one undo step.
  await page.getByLabel('Undo').click();
  await expect.poll(() => storedDesign(page)).toEqual({ version: 1, stackName: 'EcrStack', repositories: [{ id: 'Repo' }] });
});

test('Copy link carries the design into a fresh browser context, with the same previews', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await importByPaste(page);
  const before = await allPreviews(page);

  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: /Link copied|Copy this link/ });
  const link = await dialog.getByTestId('share-link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#design\/1\/[A-Za-z0-9_-]+$/);
  await expect(dialog.getByTestId('share-link-note')).toContainText(`The link has ${link.length.toLocaleString('en-US')} characters.`);
  await dialog.getByRole('button', { name: 'Done' }).click();

  const other = await freshContext(browser);
  try {
    const { page: fresh, assertClean } = await newGuardedPage(other);
    const url = new URL(link);
    await fresh.goto(`${url.pathname}?e2e${url.hash}`);
    // Nothing to lose in a fresh browser: the design opens at once.
    await expect.poll(() => storedDesign(fresh)).toEqual(IMPORTED);
    expect(await fresh.evaluate(() => window.location.hash)).toBe('');
    expect(await allPreviews(fresh)).toEqual(before);
    // A reload does not ask again (the fragment is gone) and keeps the design.
    await fresh.reload();
    await expect.poll(() => storedDesign(fresh)).toEqual(IMPORTED);
    await expect(fresh.getByRole('dialog')).toHaveCount(0);
    assertClean();
  } finally {
    await other.close();
  }
});

test('a link over unsaved work asks first; declining keeps the work', async ({ page }) => {
  const mine: Design = { version: 1, stackName: 'Mine', repositories: [{ id: 'Repo', repositoryName: 'mine/app' }] };
  await openApp(page, mine);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByLabel('Repository name').fill('mine/changed');
  const changed = await storedDesign(page);
  // The address bar of the open app gets the link (a same-document navigation).
  await page.goto(`/?e2e${new URL(link).hash}`);
  const ask = page.getByRole('dialog', { name: 'Open the shared design?' });
  await expect(ask).toContainText('“Mine” with 1 repository');
  await screenshot(page, 'open-link-ask');
  await ask.getByRole('button', { name: 'Keep my design' }).click();
  await expect(ask).toBeHidden();
  expect(await storedDesign(page)).toEqual(changed);
  expect(await page.evaluate(() => window.location.hash)).toBe('');
});

test('a truncated, tampered or future link is explained and the saved design is untouched', async ({ page }) => {
  const saved: Design = { version: 1, stackName: 'Saved', repositories: [{ id: 'Repo', repositoryName: 'saved/app' }] };
  const savedText = JSON.stringify(saved);
  await openApp(page, saved);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const fragment = new URL(await page.getByTestId('share-link').inputValue()).hash.slice(1);
  await page.getByRole('button', { name: 'Done' }).click();
  const payload = fragment.slice('design/1/'.length);
  const flipped = `${payload.slice(0, 12)}${payload[12] === 'A' ? 'B' : 'A'}${payload.slice(13)}`;
  const cases: [string, string, RegExp][] = [
    ['truncated', fragment.slice(0, Math.floor(fragment.length / 2)), /damaged|cut short|incomplete/],
    ['tampered', `design/1/${flipped}`, /damaged|altered|incomplete|not base64url/],
    ['future', `design/9/${payload}`, /newer ECR Designer/],
  ];
  let n = 0;
  for (const [kind, broken, message] of cases) {
    // A full page load with the broken link (the query changes, so the page reloads).
    await page.goto(`/?e2e=${++n}#${broken}`);
    const dialog = page.getByRole('dialog', { name: 'This link cannot be opened' });
    await expect(dialog, kind).toContainText(message);
    await expect(dialog).toContainText('Your design is unchanged.');
    if (kind === 'tampered') await screenshot(page, 'tampered-link');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    expect(await storedDesign(page), kind).toEqual(saved);
    expect(await page.evaluate((key) => localStorage.getItem(key), DESIGN_KEY), kind).toBe(savedText);
    expect(await page.evaluate(() => window.location.hash), kind).toBe('');
  }
});

test('hostile pastes (50 MB, an alias bomb) get a clear message while the page stays responsive', async ({ page }) => {
  await openApp(page);
  const dialog = await openImport(page);
  const area = dialog.getByLabel('Text to import');
  const cases: [string, RegExp][] = [
    ['50 MB', /The pasted text has at least 52428800 bytes; an import is at most 5242880 bytes/],
    ['alias bomb', /alias bomb/],
  ];
  for (const [kind, message] of cases) {
    // Built in the page and pasted (or typed in: React listens to input events), measuring the
    // longest gap between animation frames until the answer is shown. Reported, never asserted.
    const gap = await area.evaluate(
      async (element, [which, expected]) => {
        const textarea = element as HTMLTextAreaElement;
        let text: string;
        if (which === '50 MB') text = 'x'.repeat(50 * 1024 * 1024);
        else {
          text = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
          for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
        }
        const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        const data = new DataTransfer();
        if (which === '50 MB') data.setData('text/plain', text);
        // Frames are timed from here: building the test data above is not the app's work.
        let longest = 0;
        let last = performance.now();
        let running = true;
        const tick = () => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
          if (running) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        const started = performance.now();
        if (which === '50 MB') {
          // A real paste event: the app refuses it before the text reaches the field.
          textarea.focus();
          textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        } else {
          setter?.call(textarea, text);
          textarea.dispatchEvent(new Event('input', { bubbles: true }));
        }
        const result = document.querySelector('[data-testid="import-result"]');
        const pattern = new RegExp(expected);
        await new Promise<void>((resolve) => {
          const check = () => (pattern.test(result?.textContent ?? '') ? resolve() : setTimeout(check, 10));
          check();
        });
        running = false;
        return { longestFrameGapMs: Math.round(longest), answerMs: Math.round(performance.now() - started), length: textarea.value.length };
      },
      [kind, message.source] as const,
    );
    test.info().annotations.push({ type: `measured: ${kind}`, description: JSON.stringify(gap) });
    console.log(`measured ${kind}: ${JSON.stringify(gap)}`);
    await expect(dialog.getByTestId('import-result')).toContainText(message);
    await expect(dialog.getByTestId('import-result')).toContainText('Your design is unchanged.');
    // The field holds what was typed in; the refused paste never reached it.
    if (kind === '50 MB') expect(gap.length).toBe(0);
    else expect(gap.length).toBeGreaterThan(100);
  }
  expect(await storedDesign(page)).toEqual({ version: 1, stackName: 'EcrStack', repositories: [{ id: 'Repo' }] });
});

test('the built app ships a strict Content-Security-Policy and runs every lazy part under it without a violation', async ({ browser }) => {
  const outDir = process.env['E2E_OUT_DIR'] ?? 'dist';
  const html = readFileSync(`${outDir}/index.html`, 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  expect(meta).toBe(CONTENT_SECURITY_POLICY);
  const directives = new Map((meta ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(meta).not.toContain('unsafe-eval');
  expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  // No inline script in the page at all.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

  const context = await freshContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    const { page, assertClean } = await newGuardedPage(context);
    const consoleCsp: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && consoleCsp.push(m.text()));
    await page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = list;
      document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

    await openApp(page);
    // Every output tab (Monaco and its languages), the import dialog (its worker), the share dialogs,
    // the download, the problems popover, menus and the new-design dialog, and the simulator.
    await importByPaste(page);
    await allPreviews(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Done' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    expect((await download).suggestedFilename()).toBe('EcrStack.design.json');
    expect(JSON.parse(readFileSync(await (await download).path(), 'utf8'))).toEqual(IMPORTED);
    const cfnDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    await cfnDownload;
    await page.getByTestId('problems-summary').click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'New design' }).click();
    await page.getByRole('button', { name: 'Keep editing' }).click();
    const simulate = page.getByRole('button', { name: 'Simulate', exact: true });
    if ((await simulate.count()) > 0) {
      await simulate.click();
      await expect(page.getByTestId('simulate')).toBeVisible();
      await expect(page.getByTestId('simulate')).toHaveAttribute('aria-busy', 'false');
    }
    // Every lazily loaded script was fetched from our origin.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    expect(scripts.length).toBeGreaterThan(10);
    for (const s of scripts) expect(new URL(s).host).toBe(new URL(page.url()).host);

    expect(await violations()).toEqual([]);
    expect(consoleCsp).toEqual([]);
    assertClean();

    // The policy is in force: an inline script is refused (and reported).
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline$/)]);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  } finally {
    await context.close();
  }
});
