import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type Design, addImportedDesign, getTarget, importText, summarizeImport } from '@ecr-designer/model';
import { undo } from '../store/actions.ts';
import { cleanupAll, renderWithDesign, storedDesign } from '../testing/renderWithStore.tsx';
import type { Analyze } from './importClient.ts';
import ImportDialog from './ImportDialog.tsx';

// The decoding and the lazy parts take a moment on a loaded machine.
configure({ asyncUtilTimeout: 5000 });
afterEach(cleanupAll);

/** The worker's work, done inline: the same model functions. */
const inline: Analyze = async (text) => {
  const result = importText(text);
  return { id: 0, result, summary: summarizeImport(result) };
};

const current: Design = { version: 1, stackName: 'Mine', repositories: [{ id: 'Repo', repositoryName: 'mine/app' }] };

const TEMPLATE = `Parameters:
  Env:
    Type: String
Resources:
  AppRepo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: !Sub 'team/app-\${Env}'
  WebRepo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: team/web
  Bucket:
    Type: AWS::S3::Bucket
`;

async function open(onClose = vi.fn()) {
  await renderWithDesign(<ImportDialog onClose={onClose} analyze={inline} />, current);
  return onClose;
}

function paste(text: string) {
  fireEvent.change(screen.getByLabelText('Text to import'), { target: { value: text } });
}

describe('import dialog', () => {
  it('shows what was recognised, the repositories and, per resource, what was not imported, before changing anything', async () => {
    await open();
    paste(TEMPLATE);
    await screen.findByTestId('import-kind');
    expect(screen.getByTestId('import-kind').textContent).toBe('Recognised: a CloudFormation template (JSON or YAML), read as YAML.');
    const repositories = within(screen.getByTestId('import-repositories')).getAllByRole('listitem').map((li) => li.textContent);
    expect(repositories).toEqual(['AppRepo — name chosen by CloudFormation', 'WebRepo — team/web']);
    const problems = screen.getByRole('region', { name: 'Not imported' });
    // One group per resource the model reports, each listing that resource's problems.
    const expected = importText(TEMPLATE).problems;
    for (const resource of ['AppRepo', 'WebRepo', 'Bucket']) {
      const group = within(problems).getByRole('region', { name: resource });
      expect(group.querySelectorAll('[data-diagnostic-code]')).toHaveLength(expected.filter((p) => p.resource === resource).length);
    }
    expect(within(problems).getByRole('region', { name: 'Bucket' }).textContent).toContain('AWS::S3::Bucket');
    expect(within(problems).getByRole('region', { name: 'AppRepo' }).querySelector('[data-diagnostic-code="CfnIntrinsicNotSupported"]')?.textContent).toContain('Fn::Sub');
    expect(storedDesign()).toEqual(current);
  });

  it('replaces the design (undoably) or adds to it', async () => {
    const imported = importText(TEMPLATE).design as Design;
    const onClose = await open();
    paste(TEMPLATE);
    await screen.findByTestId('import-kind');
    fireEvent.click(screen.getByRole('button', { name: 'Replace design' }));
    expect(storedDesign()).toEqual(imported);
    expect(onClose).toHaveBeenCalled();
    undo();
    expect(storedDesign()).toEqual(current);
    cleanupAll();

    await open();
    paste(TEMPLATE);
    await screen.findByTestId('import-kind');
    fireEvent.click(screen.getByRole('button', { name: 'Add to design' }));
    expect(storedDesign()).toEqual(addImportedDesign(current, imported));
  });

  it('explains bad input in the dialog and keeps the pasted text and the design', async () => {
    await open();
    const broken = 'Resources:\n  Repo: [\n    Type: AWS::ECR::Repository';
    paste(broken);
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toMatch(/Nothing can be imported/));
    expect(screen.getByTestId('import-result').textContent).toMatch(/Not valid YAML.*line \d+/);
    expect(screen.getByTestId('import-result').textContent).toContain('Your design is unchanged.');
    expect((screen.getByLabelText('Text to import') as HTMLTextAreaElement).value).toBe(broken);
    expect(screen.getByRole('button', { name: 'Replace design' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Add to design' }).hasAttribute('disabled')).toBe(true);
    expect(storedDesign()).toEqual(current);
  });

  it('says so for a design file from a future version, and for data it does not import', async () => {
    await open();
    paste('{"version": 3, "stackName": "S", "repositories": []}');
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toMatch(/Nothing can be imported/));
    expect(screen.getByTestId('import-kind').textContent).toContain('design file');
    expect(screen.getByTestId('import-result').textContent).toMatch(/version 3/);
    paste('{"hello": 1}');
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toMatch(/none of what ECR Designer imports/));
    expect(storedDesign()).toEqual(current);
  });

  it('reads a chosen file, and refuses one too large to import without reading it', async () => {
    await open();
    const input = screen.getByLabelText('File to import') as HTMLInputElement;
    const policy = getTarget('lifecycle-json')?.render({ ...current, repositories: [{ id: 'Repo', lifecycleRules: [{ maxImageCount: 5 }] }] }, { repository: 'Repo' }) ?? '';
    fireEvent.change(input, { target: { files: [new File([policy], 'policy.json', { type: 'application/json' })] } });
    await screen.findByTestId('import-kind');
    expect(screen.getByTestId('import-kind').textContent).toContain('lifecycle policy');
    expect(screen.getByText('Read from policy.json.')).toBeTruthy();
    // A lifecycle policy can also go to the repository the form shows.
    fireEvent.click(screen.getByRole('button', { name: 'Add rules to Repo' }));
    expect(storedDesign().repositories[0]?.lifecycleRules).toEqual(importText(policy).lifecycleRules);

    cleanupAll();
    await open();
    const huge = new File(['x'], 'huge.yaml');
    Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 });
    const text = vi.spyOn(huge, 'text');
    fireEvent.change(screen.getByLabelText('File to import'), { target: { files: [huge] } });
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toMatch(/huge\.yaml has 62914560 bytes; an import is at most/));
    expect(text).not.toHaveBeenCalled();
  });

  it('refuses a paste larger than any import before it reaches the field, which keeps its text', async () => {
    await open();
    paste('Resources: {}');
    const field = screen.getByLabelText('Text to import') as HTMLTextAreaElement;
    const big = 'x'.repeat(50 * 1024 * 1024);
    const event = fireEvent.paste(field, { clipboardData: { getData: () => big } });
    expect(event).toBe(false); // default prevented: nothing is inserted
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toMatch(/The pasted text has at least 52428800 bytes; an import is at most \d+ bytes/));
    expect(field.value).toBe('Resources: {}');
    expect(storedDesign()).toEqual(current);
  });
});
