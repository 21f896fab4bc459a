import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { lifecyclePresets } from '@ecr-designer/model';
import { RepositoryForm } from '../repository/RepositoryForm.tsx';
import { undo } from '../store/actions.ts';
import { cleanupAll, designWith, renderWithDesign, storedDesign } from '../testing/renderWithStore.tsx';

afterEach(cleanupAll);

const rulesOf = () => storedDesign().repositories[0]?.lifecycleRules;

/** The rule cards in the order they are shown. */
function cards(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Lifecycle rules' })).getAllByRole('listitem');
}

function priorityOf(card: HTMLElement): string {
  return within(card).getByTestId('effective-priority').textContent ?? '';
}

describe('lifecycle rule editor', () => {
  it('adds rules that fit the list and shows the priority CDK assigns', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo' }));
    expect(screen.getByText(/No lifecycle rules/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(rulesOf()).toEqual([
      { tagStatus: 'UNTAGGED', maxImageAgeDays: 14 },
      { tagStatus: 'ANY', maxImageCount: 100 },
    ]);
    const shown = cards();
    expect(shown.map(priorityOf)).toEqual(['Priority 1 · auto', 'Priority 2 · auto']);
    expect(screen.getByTestId('evaluation-order').textContent).toMatch(/Priority 1.*Untagged images.*Priority 2.*Any image/);
  });

  it('pins the ANY rule last, whatever its place in the list, without a reorder handle', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', lifecycleRules: [{ maxImageAgeDays: 30 }, { tagPrefixList: ['prod'], maxImageCount: 9999 }] }));
    const [first, last] = cards() as [HTMLElement, HTMLElement];
    expect(first.getAttribute('aria-label')).toMatch(/^Rule 1: Tags starting with prod/);
    expect(priorityOf(first)).toBe('Priority 1 · auto');
    expect(last.getAttribute('aria-label')).toMatch(/^Rule 2: Any image: expire 30 days/);
    expect(priorityOf(last)).toBe('Priority 2 · auto');
    expect(within(last).getByRole('img', { name: 'Pinned last (ANY rule)' })).toBeTruthy();
    expect(within(last).queryByRole('button', { name: /Reorder/ })).toBeNull();
    expect(within(first).getByRole('button', { name: 'Reorder rule 1' })).toBeTruthy();
  });

  it('reorders with the keyboard on the handle, and the priorities follow', async () => {
    await renderWithDesign(
      <RepositoryForm />,
      designWith({ id: 'Repo', lifecycleRules: [{ tagPrefixList: ['prod'], maxImageCount: 9999 }, { tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }] }),
    );
    await screen.findAllByRole('button', { name: /Reorder rule/ });
    const handle = screen.getByRole('button', { name: 'Reorder rule 2' });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'ArrowUp', altKey: true });
    expect(rulesOf()).toEqual([{ tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }, { tagPrefixList: ['prod'], maxImageCount: 9999 }]);
    const [first, second] = cards() as [HTMLElement, HTMLElement];
    expect(first.getAttribute('aria-label')).toMatch(/Untagged images/);
    expect(priorityOf(first)).toBe('Priority 1 · auto');
    expect(second.getAttribute('aria-label')).toMatch(/prod/);
    expect(priorityOf(second)).toBe('Priority 2 · auto');
    // The moved rule keeps its handle (and the focus) at its new place.
    expect(document.activeElement?.closest('li')).toBe(first);
    undo();
    await waitFor(() => expect(priorityOf(cards()[0] as HTMLElement)).toBe('Priority 1 · auto'));
    expect((cards()[0] as HTMLElement).getAttribute('aria-label')).toMatch(/prod/);
  });

  it('shows explicit priorities, the automatic ones after them, and the evaluation order by priority', async () => {
    await renderWithDesign(
      <RepositoryForm />,
      designWith({ id: 'Repo', lifecycleRules: [{ tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }, { rulePriority: 5, tagPrefixList: ['v'], maxImageCount: 3 }] }),
    );
    expect(cards().map(priorityOf)).toEqual(['Priority 6 · auto', 'Priority 5']);
    expect(screen.getByText('Evaluated 2nd')).toBeTruthy();
    const order = within(screen.getByTestId('evaluation-order')).getAllByRole('listitem').map((li) => li.textContent);
    expect(order[0]).toMatch(/^Priority 5 · Rule 2/);
    expect(order[1]).toMatch(/^Priority 6 · Rule 1/);
  });

  it('switches a rule to an explicit priority that starts at its current effective one', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', lifecycleRules: [{ tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }] }));
    fireEvent.click(within(cards()[0] as HTMLElement).getByRole('button', { name: 'Explicit' }));
    expect(rulesOf()).toEqual([{ tagStatus: 'UNTAGGED', maxImageAgeDays: 1, rulePriority: 1 }]);
    expect(screen.getByLabelText('Rule priority')).toHaveProperty('value', '1');
  });

  it('inserts the rules of a preset as editable rules', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Presets' }));
    const preset = lifecyclePresets.find((p) => p.id === 'seed-readme');
    fireEvent.click(await screen.findByRole('menuitem', { name: new RegExp(preset?.label ?? '') }));
    expect(rulesOf()).toEqual(preset?.rules());
    expect(cards().map(priorityOf)).toEqual(['Priority 1 · auto', 'Priority 2 · auto']);
    // Editable: change the kept count of the first rule.
    const count = within(cards()[0] as HTMLElement).getByLabelText('Keep the most recent');
    fireEvent.change(count, { target: { value: '50' } });
    expect(rulesOf()?.[0]).toEqual({ tagPrefixList: ['prod'], maxImageCount: 50 });
  });

  it('duplicates and deletes rules from the rule menu', async () => {
    await renderWithDesign(<RepositoryForm />, designWith({ id: 'Repo', lifecycleRules: [{ tagPrefixList: ['prod'], rulePriority: 1, maxImageCount: 5 }] }));
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Rule 1' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Duplicate' }));
    expect(rulesOf()).toEqual([
      { tagPrefixList: ['prod'], rulePriority: 1, maxImageCount: 5 },
      { tagPrefixList: ['prod'], maxImageCount: 5 },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Rule 1' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    expect(rulesOf()).toEqual([{ tagPrefixList: ['prod'], maxImageCount: 5 }]);
  });
});
