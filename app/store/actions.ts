/**
 * Store actions: each applies one pure edit function of the model to the design. No rules live here;
 * `key` groups rapid edits of one field into a single undo step.
 */
import * as model from '@ecr-designer/model';
import type { CreatedKey, Design, KeySource, LifecycleRule, Patch, Repository } from '@ecr-designer/model';
import { commit, redo as redoHistory, undo as undoHistory } from './history.ts';
import { useDesignStore } from './designStore.ts';

function clampSelection(selected: number, design: Design): number {
  return Math.max(0, Math.min(selected, design.repositories.length - 1));
}

/** Applies `edit` to the design as one undo step (or part of the step `key` is typing into). */
export function applyEdit(edit: (design: Design) => Design, key?: string, select?: (design: Design, selected: number) => number): void {
  useDesignStore.setState((s) => {
    const next = edit(s.history.present);
    const history = commit(s.history, next, key, Date.now());
    const selected = select ? select(next, s.selected) : s.selected;
    return { history, selected: clampSelection(selected, next) };
  });
}

export function undo(): void {
  useDesignStore.setState((s) => {
    const history = undoHistory(s.history);
    return { history, selected: clampSelection(s.selected, history.present) };
  });
}

export function redo(): void {
  useDesignStore.setState((s) => {
    const history = redoHistory(s.history);
    return { history, selected: clampSelection(s.selected, history.present) };
  });
}

/** Replaces the whole design (new design, opened file) as one undoable step. */
export function replaceDesign(design: Design): void {
  applyEdit(() => design, undefined, () => 0);
}

export function selectRepository(index: number): void {
  useDesignStore.setState((s) => ({ selected: clampSelection(index, s.history.present) }));
}

// Stack
export const setStackName = (name: string) => applyEdit((d) => model.setStackName(d, name), 'stackName');
export const setStackDescription = (text: string | undefined) => applyEdit((d) => model.setStackDescription(d, text), 'description');

// Repositories
export const addRepository = () => applyEdit((d) => model.addRepository(d), undefined, (d) => d.repositories.length - 1);
export const removeRepository = (index: number) =>
  applyEdit((d) => model.removeRepository(d, index), undefined, (_, selected) => (selected > index ? selected - 1 : selected));
export const duplicateRepository = (index: number) => applyEdit((d) => model.duplicateRepository(d, index), undefined, () => index + 1);
export const moveRepository = (from: number, to: number) =>
  applyEdit((d) => model.moveRepository(d, from, to), undefined, (_, selected) => (selected === from ? to : selected));
export const updateRepository = (index: number, patch: Patch<Repository>, key?: string) =>
  applyEdit((d) => model.updateRepository(d, index, patch), key);

// Encryption key
export const setKeySource = (index: number, source: KeySource) => applyEdit((d) => model.setKeySource(d, index, source));
export const updateCreatedKey = (index: number, patch: Patch<Omit<CreatedKey, 'create'>>, key?: string) =>
  applyEdit((d) => model.updateCreatedKey(d, index, patch), key);

// Resource tags
export const setTag = (index: number, key: string, value: string, previousKey?: string, historyKey?: string) =>
  applyEdit((d) => model.setTag(d, index, key, value, previousKey), historyKey);
export const removeTag = (index: number, key: string) => applyEdit((d) => model.removeTag(d, index, key));

// Lifecycle rules
export const addLifecycleRules = (index: number, rules: LifecycleRule[]) => applyEdit((d) => model.addLifecycleRules(d, index, rules));
export const addNewLifecycleRule = (index: number) =>
  applyEdit((d) => model.addLifecycleRules(d, index, [model.newLifecycleRule(d.repositories[index]?.lifecycleRules ?? [])]));
export const updateLifecycleRule = (index: number, ruleIndex: number, patch: Patch<LifecycleRule>, key?: string) =>
  applyEdit((d) => model.updateLifecycleRule(d, index, ruleIndex, patch), key);
export const removeLifecycleRule = (index: number, ruleIndex: number) => applyEdit((d) => model.removeLifecycleRule(d, index, ruleIndex));
export const duplicateLifecycleRule = (index: number, ruleIndex: number) => applyEdit((d) => model.duplicateLifecycleRule(d, index, ruleIndex));
/** Moves the rule shown at position `fromRow` of the rule list to position `toRow` (the ANY rule stays pinned). */
export const moveLifecycleRuleRow = (index: number, fromRow: number, toRow: number) =>
  applyEdit((d) => {
    const { rows } = model.lifecycleRuleRows(d.repositories[index]?.lifecycleRules ?? []);
    const move = model.listIndexForRowMove(rows, fromRow, toRow);
    return move ? model.moveLifecycleRule(d, index, move.from, move.to) : d;
  });
