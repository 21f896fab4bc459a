import type { Repository } from '@ecr-designer/model';
import { useDesignStore } from '../store/designStore.ts';

export function useRepository(index: number): Repository | undefined {
  return useDesignStore((s) => s.history.present.repositories[index]);
}

/** The design path of a repository, e.g. `repositories[2]`. */
export const repositoryPath = (index: number) => `repositories[${index}]`;
