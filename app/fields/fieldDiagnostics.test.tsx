import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { UnplacedDiagnostics } from '../diagnostics/UnplacedDiagnostics.tsx';
import { RepositoryList } from '../layout/RepositoryList.tsx';
import { RepositoryForm } from '../repository/RepositoryForm.tsx';
import { cleanupAll, designWith, renderWithDesign, settle, storedDesign } from '../testing/renderWithStore.tsx';

afterEach(cleanupAll);

/** The helper text of a field (what aria-describedby points at). */
function descriptionOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('field-level diagnostics', () => {
  it("shows CDK's message for a bad repository name at the name field", async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo' }));
    const name = screen.getByLabelText('Repository name');
    fireEvent.change(name, { target: { value: 'Team App' } });
    await settle();
    expect(storedDesign().repositories[0]?.repositoryName).toBe('Team App');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(name)).toContain('Invalid ECR repository name (value: Team App)');
    expect(descriptionOf(name)).toContain('Repository name must start with a letter and can only contain lowercase letters');
    fireEvent.change(name, { target: { value: 'team/app' } });
    await settle();
    expect(name.getAttribute('aria-invalid')).toBe('false');
    expect(descriptionOf(name)).toMatch(/Physical repository name/);
  });

  it('shows a duplicate priority at the rule that repeats it', async () => {
    await renderWithDesign(
      <RepositoryForm />,
      designWith({
        id: 'Repo',
        lifecycleRules: [
          { rulePriority: 1, tagPrefixList: ['a'], maxImageCount: 1 },
          { rulePriority: 1, tagPrefixList: ['b'], maxImageCount: 1 },
        ],
      }),
    );
    const [first, second] = within(screen.getByRole('list', { name: 'Lifecycle rules' })).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    const secondPriority = within(second).getByLabelText('Rule priority');
    expect(secondPriority.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(secondPriority)).toContain('Priority 1 is also assigned to lifecycleRules[0]; ECR requires unique rule priorities.');
    expect(within(first).getByLabelText('Rule priority').getAttribute('aria-invalid')).toBe('false');
  });

  it('shows a diagnostic about a whole rule on its card', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', lifecycleRules: [{ tagStatus: 'UNTAGGED' }] }));
    const card = within(screen.getByRole('list', { name: 'Lifecycle rules' })).getByRole('listitem');
    expect(within(card).getByText(/Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount'/)).toBeTruthy();
  });

  it('marks the offending entry of a chip list', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['ok', 'bad filter'] }));
    const filters = screen.getByLabelText('Exclusion filters');
    expect(filters.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(filters)).toContain("Pattern 'bad filter' contains invalid characters.");
  });

  it('keeps text that is not a number in the field, and does not commit it', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', lifecycleRules: [{ tagStatus: 'UNTAGGED', maxImageAgeDays: 14 }] }));
    const days = screen.getByLabelText('Days since push');
    fireEvent.change(days, { target: { value: '14d' } });
    expect(days).toHaveProperty('value', '14d');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(days)).toContain("'14d' is not a number");
    expect(storedDesign().repositories[0]?.lifecycleRules?.[0]?.maxImageAgeDays).toBe(14);
    fireEvent.change(days, { target: { value: '0' } });
    await settle();
    expect(storedDesign().repositories[0]?.lifecycleRules?.[0]?.maxImageAgeDays).toBe(0);
    expect(descriptionOf(days)).toContain('maxImageAgeDays must be at least 1');
  });

  it('counts the problems of each repository in the list; a stack-field problem is not left unplaced', async () => {
    await renderWithDesign(
      <>
        <RepositoryList />
        <UnplacedDiagnostics />
      </>,
      { version: 1, stackName: 'Bad Stack!', repositories: [{ id: 'Repo', repositoryName: 'X' }, { id: 'Other' }] },
    );
    const list = screen.getByRole('list', { name: 'Repositories' });
    const [first, second] = within(list).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(first).getByText('1 error')).toBeTruthy();
    expect(within(second).queryByText(/error/)).toBeNull();
    expect(screen.queryByTestId('unplaced-diagnostics')).toBeNull();
  });

  it('shows a grant problem at the grantee field of the Access section, no longer at the top of the form', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', grants: [{ method: 'grantPull', grantee: 'Nobody' }] }));
    const grantee = await screen.findByRole('combobox', { name: 'Grantee' });
    expect(grantee.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/No principal with id 'Nobody'/).length).toBe(1);
    expect(screen.queryByText(/^repositories\[0\]\.grants/)).toBeNull();
  });

  it('shows a problem of the repository list (an empty stack) under the list', async () => {
    await renderWithDesign(<RepositoryList />, { version: 1, stackName: 'EcrStack', repositories: [] });
    expect(screen.getByText(/The stack has no repositories/)).toBeTruthy();
  });
});
