/**
 * The preview's tabs: the output targets grouped so that ten of them stay usable in a narrow
 * column. A tab per group (CloudFormation, CDK, Terraform, AWS CLI, Lifecycle policy); a group
 * with several targets offers them as variants (the format, the language) under the tab.
 */
import { type Target, type TargetId, targets } from '../targets/index.ts';

export interface PreviewVariant {
  targetId: TargetId;
  /** The variant's own name within the group ("YAML", "Python"). */
  label: string;
}

export interface PreviewGroup {
  id: string;
  label: string;
  /** What the variants are ("Format", "Language"): the accessible name of the variant picker. */
  variantKind: string;
  variants: PreviewVariant[];
}

/** Groups by target id prefix; a target matching none is a group of its own. */
const FAMILIES: { prefix: string; id: string; label: string; variantKind: string; variantLabel(t: Target): string }[] = [
  { prefix: 'cfn-', id: 'cloudformation', label: 'CloudFormation', variantKind: 'CloudFormation format', variantLabel: (t) => t.label.replace(/^CloudFormation\s+/, '') },
  { prefix: 'cdk-', id: 'cdk', label: 'CDK', variantKind: 'CDK language', variantLabel: (t) => t.label.replace(/^CDK\s+/, '') },
];

/** The groups of `list` (the registry by default), in the order their first target appears there. */
export function previewGroups(list: readonly Target[] = targets): PreviewGroup[] {
  const groups: PreviewGroup[] = [];
  for (const t of list) {
    const family = FAMILIES.find((f) => t.id.startsWith(f.prefix));
    const id = family?.id ?? t.id;
    let group = groups.find((g) => g.id === id);
    if (!group) {
      group = { id, label: family?.label ?? t.label, variantKind: family?.variantKind ?? t.label, variants: [] };
      groups.push(group);
    }
    group.variants.push({ targetId: t.id, label: family ? family.variantLabel(t) : t.label });
  }
  return groups;
}

/** The group a target belongs to (undefined for an unknown id). */
export function previewGroupOf(targetId: string, groups: readonly PreviewGroup[] = previewGroups()): PreviewGroup | undefined {
  return groups.find((g) => g.variants.some((v) => v.targetId === targetId));
}
