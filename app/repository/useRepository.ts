import type { FunctionComponent } from 'react';
import type { Repository } from '@ecr-designer/model';
import { useDesignStore } from '../store/designStore.ts';
import { memoOnFields } from '../ui/memoOnFields.ts';

export function useRepository(index: number): Repository | undefined {
  return useDesignStore((s) => s.history.present.repositories[index]);
}

/** The design path of a repository, e.g. `repositories[2]`. */
export const repositoryPath = (index: number) => `repositories[${index}]`;

/** Props of a form section that shows the fields `K` of the repository at `index`. */
export interface RepositorySectionProps<K extends keyof Repository> {
  index: number;
  repo: Pick<Repository, K>;
}

/**
 * A form section that shows the repository fields `fields`: it re-renders when its repository
 * index or one of those fields changes, not when another part of the repository is edited (a
 * keystroke in a lifecycle rule leaves the encryption and tag sections alone). The section sees
 * its fields alone (a `Pick` of the repository), so reading any other is a type error.
 */
export function repositorySection<K extends keyof Repository>(fields: readonly K[], Section: FunctionComponent<RepositorySectionProps<K>>) {
  return memoOnFields<RepositorySectionProps<K>, 'repo'>('repo', fields, Section);
}
