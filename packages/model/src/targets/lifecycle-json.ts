/**
 * The lifecycle policy of one repository, pretty-printed, as `aws ecr put-lifecycle-policy
 * --lifecycle-policy-text file://lifecycle-policy.json` takes it. Same document (same priorities,
 * same rule order) as the compact `LifecyclePolicyText` in the template.
 */
import type { Design, Repository } from '../design.ts';
import { renderPolicyDocument } from '../lifecycle/policy.ts';

/** The repository a lifecycle preview is about: the one with `id`, else the first with rules, else the first. */
export function pickRepository(design: Design, id?: string): Repository | undefined {
  if (id !== undefined) return design.repositories.find((r) => r.id === id);
  return design.repositories.find((r) => (r.lifecycleRules?.length ?? 0) > 0) ?? design.repositories[0];
}

export function renderLifecyclePolicyJson(repo: Repository): string {
  return JSON.stringify(renderPolicyDocument(repo.lifecycleRules ?? []), undefined, 2) + '\n';
}
