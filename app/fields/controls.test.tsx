import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { grant as grantSchema } from '@ecr-designer/model';
import { RepositoryForm } from '../repository/RepositoryForm.tsx';
import { undo } from '../store/actions.ts';
import { cleanupAll, designWith, renderWithDesign, storedDesign } from '../testing/renderWithStore.tsx';

afterEach(cleanupAll);

const repo = () => storedDesign().repositories[0];

describe('form controls', () => {
  it('tri-state booleans tell "not set" from an explicit false', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo' }));
    const scan = screen.getByRole('group', { name: 'Scan on push' });
    expect(within(scan).getByRole('button', { name: 'Not set' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(scan).getByRole('button', { name: 'Off' }));
    expect(repo()).toEqual({ id: 'Repo', imageScanOnPush: false });
    fireEvent.click(within(scan).getByRole('button', { name: 'Not set' }));
    expect(repo()).toEqual({ id: 'Repo' });
  });

  it('an enum select lists every value with its explanation, and "Not set" removes the property', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', removalPolicy: 'DESTROY' }));
    const select = screen.getByRole('combobox', { name: 'Removal policy' });
    expect(select).toHaveProperty('value', 'DESTROY');
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    const options = within(await screen.findByRole('listbox', { name: 'Removal policy' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^Not set \(CDK default\)/),
      expect.stringMatching(/^RETAIN.*CDK default/),
      expect.stringMatching(/^DESTROY/),
      expect.stringMatching(/^RETAIN_ON_UPDATE_OR_DELETE/),
      expect.stringMatching(/^SNAPSHOT/),
    ]);
    fireEvent.click(options[0] as HTMLElement);
    expect(repo()).toEqual({ id: 'Repo' });
  });

  it('a required pick (a grant\'s method) offers only the values, no "not set"', async () => {
    await renderWithDesign(
      <RepositoryForm />,
      { version: 1, stackName: 'EcrStack', principals: [{ id: 'Ci', type: 'Role', assumedBy: { type: 'AccountPrincipal', accountId: '123456789012' } }], repositories: [{ id: 'Repo', grants: [{ method: 'grantPull', grantee: 'Ci' }] }] },
    );
    const method = await screen.findByRole('combobox', { name: 'Method' });
    fireEvent.keyDown(method, { key: 'ArrowDown' });
    const options = within(await screen.findByRole('listbox', { name: 'Method' })).getAllByRole('option');
    // The model's methods, in its order, and nothing else.
    const methods = Object.keys(grantSchema.fields.method.members);
    expect(options).toHaveLength(methods.length);
    options.forEach((o, i) => expect(o.textContent?.startsWith(methods[i] as string)).toBe(true));
  });

  it('chip lists take entries on Enter, comma and leaving the field, and drop them with Backspace or their button', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' }));
    const input = screen.getByLabelText('Exclusion filters');
    fireEvent.change(input, { target: { value: 'latest' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: 'dev-*,' } });
    fireEvent.change(input, { target: { value: 'rc' } });
    fireEvent.blur(input);
    expect(repo()?.imageTagMutabilityExclusionFilters).toEqual(['latest', 'dev-*', 'rc']);
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(repo()?.imageTagMutabilityExclusionFilters).toEqual(['latest', 'dev-*']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove latest' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove dev-*' }));
    expect(repo()).toEqual({ id: 'Repo', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' });
  });

  it('resource tags: add, rename, and a key that collides stays in its field without losing the other tag', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', tags: { team: 'platform' } }));
    fireEvent.change(screen.getByLabelText('New tag key'), { target: { value: 'env' } });
    fireEvent.change(screen.getByLabelText('New tag value'), { target: { value: 'prod' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(repo()?.tags).toEqual({ team: 'platform', env: 'prod' });
    const envKey = screen.getByLabelText('Key of tag 2');
    fireEvent.change(envKey, { target: { value: 'team' } });
    expect(envKey).toHaveProperty('value', 'team');
    expect(screen.getByText(/Another tag already uses the key 'team'/)).toBeTruthy();
    expect(repo()?.tags).toEqual({ team: 'platform', env: 'prod' });
    fireEvent.change(envKey, { target: { value: 'stage' } });
    expect(repo()?.tags).toEqual({ team: 'platform', stage: 'prod' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag team' }));
    expect(repo()?.tags).toEqual({ stage: 'prod' });
  });

  it('the key source keeps encryptionKeyArn and encryptionKey exclusive', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', encryption: 'KMS' }));
    const source = screen.getByRole('group', { name: 'KMS key' });
    fireEvent.click(within(source).getByRole('button', { name: 'Existing key (ARN)' }));
    fireEvent.change(screen.getByLabelText('KMS key ARN'), { target: { value: 'arn:aws:kms:us-east-1:111122223333:key/abc' } });
    expect(repo()).toEqual({ id: 'Repo', encryption: 'KMS', encryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/abc' });
    fireEvent.click(within(source).getByRole('button', { name: 'Create a key' }));
    fireEvent.change(screen.getByLabelText('Key alias'), { target: { value: 'alias/ecr/app' } });
    expect(repo()).toEqual({ id: 'Repo', encryption: 'KMS', encryptionKey: { create: true, alias: 'alias/ecr/app' } });
  });

  it('typing in one field is one undo step', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo' }));
    const name = screen.getByLabelText('Repository name');
    for (const text of ['t', 'te', 'tea', 'team']) fireEvent.change(name, { target: { value: text } });
    expect(repo()?.repositoryName).toBe('team');
    undo();
    expect(repo()).toEqual({ id: 'Repo' });
  });
});
