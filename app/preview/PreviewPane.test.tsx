/** The preview's tab strip: a tab per group of targets, a variant picker for the grouped ones. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { getTarget, previewGroups } from '@ecr-designer/model';
import { cleanupAll, designWith, renderWithDesign } from '../testing/renderWithStore.tsx';
import { setPreviewTarget } from '../store/uiStore.ts';
import PreviewPane from './PreviewPane.tsx';
import type * as LazyParts from '../lazyParts.ts';

// Monaco does not run in happy-dom: the preview text is shown as plain text.
vi.mock('../lazyParts.ts', async (original) => ({
  ...(await original<typeof LazyParts>()),
  LazyCodeView: ({ text }: { text: string }) => <pre data-testid="code">{text}</pre>,
}));

afterEach(() => {
  cleanupAll();
  setPreviewTarget('cfn-yaml');
});

const design = designWith({ id: 'Repo', repositoryName: 'team/app', lifecycleRules: [{ maxImageCount: 5 }] });

// Rendering the whole pane is slow on a loaded machine; the tests assert no timing.
describe('PreviewPane tabs', { timeout: 30_000 }, () => {
  it('shows one tab per group, whatever the number of targets', async () => {
    await renderWithDesign(<PreviewPane />, design);
    const tabs = within(screen.getByRole('tablist', { name: 'Output format' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(previewGroups().map((g) => g.label));
    expect(screen.getByRole('tab', { name: 'CloudFormation' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('group', { name: 'CloudFormation format' })).toBeTruthy();
  });

  it('picks a format under the CloudFormation tab and comes back to it after another tab', async () => {
    await renderWithDesign(<PreviewPane />, design);
    const formats = screen.getByRole('group', { name: 'CloudFormation format' });
    expect(within(formats).getAllByRole('button').map((b) => b.textContent)).toEqual(['YAML', 'JSON']);
    fireEvent.click(within(formats).getByRole('button', { name: 'JSON' }));
    expect(screen.getByTestId('preview').getAttribute('data-target')).toBe('cfn-json');

    fireEvent.click(screen.getByRole('tab', { name: 'Terraform' }));
    expect(screen.getByTestId('preview').getAttribute('data-target')).toBe('terraform');
    expect(screen.queryByRole('group', { name: 'CloudFormation format' })).toBeNull();
    expect(screen.getByTestId('code').textContent).toBe(getTarget('terraform')?.render(design));
    expect(screen.getByText('main.tf')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'CloudFormation' }));
    expect(screen.getByTestId('preview').getAttribute('data-target')).toBe('cfn-json');
  });

  it('offers every CDK language of the registry under the CDK tab (a picker only when there are several)', async () => {
    await renderWithDesign(<PreviewPane />, design);
    fireEvent.click(screen.getByRole('tab', { name: 'CDK' }));
    const variants = previewGroups().find((g) => g.id === 'cdk')?.variants ?? [];
    expect(screen.getByTestId('preview').getAttribute('data-target')).toBe(variants[0]?.targetId);
    const picker = screen.queryByRole('group', { name: 'CDK language' });
    if (variants.length > 1) expect(within(picker as HTMLElement).getAllByRole('button').map((b) => b.textContent)).toEqual(variants.map((v) => v.label));
    else expect(picker).toBeNull();
  });

  it('says which names Terraform chose where CloudFormation would generate them', async () => {
    const unnamed = designWith({ id: 'Repo' });
    await renderWithDesign(<PreviewPane />, unnamed);
    expect(screen.queryByTestId('target-notes')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Terraform' }));
    const notes = screen.getByTestId('target-notes');
    expect(notes.textContent).toContain(getTarget('terraform')?.diagnostics?.(unnamed)[0]?.message ?? '<none>');
  });

  it('shows the AWS CLI script as create-ecr.sh', async () => {
    await renderWithDesign(<PreviewPane />, design);
    fireEvent.click(screen.getByRole('tab', { name: 'AWS CLI' }));
    expect(screen.getByTestId('code').textContent).toBe(getTarget('aws-cli')?.render(design));
    expect(screen.getByText('create-ecr.sh')).toBeTruthy();
    expect(screen.getByTestId('preview').getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: 'AWS CLI' }).id);
  });
});
