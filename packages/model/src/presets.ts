/**
 * Lifecycle rule presets: editable starting points for common intents. Each returns plain rules
 * that the editor inserts (before an existing ANY rule, see edit.addLifecycleRules).
 */
import type { LifecycleRule } from './design.ts';

export interface LifecyclePreset {
  id: string;
  label: string;
  description: string;
  rules(): LifecycleRule[];
}

export const lifecyclePresets: readonly LifecyclePreset[] = [
  {
    id: 'keep-last-n',
    label: 'Keep the last 10 images',
    description: 'An ANY rule that expires all but the 10 most recently pushed images.',
    rules: () => [{ description: 'Keep only the 10 most recent images', tagStatus: 'ANY', maxImageCount: 10 }],
  },
  {
    id: 'expire-untagged',
    label: 'Expire untagged images after 7 days',
    description: 'Cleans up dangling layers from re-tagged or failed pushes.',
    rules: () => [{ description: 'Expire untagged images after 7 days', tagStatus: 'UNTAGGED', maxImageAgeDays: 7 }],
  },
  {
    id: 'protect-releases',
    label: 'Protect release tags',
    description:
      'A high-priority rule that selects v* tags and keeps up to 9999 of them; a lower-priority rule can never expire an image this rule selects.',
    rules: () => [{ rulePriority: 1, description: 'Protect release images (v*)', tagStatus: 'TAGGED', tagPatternList: ['v*'], maxImageCount: 9999 }],
  },
  {
    id: 'seed-readme',
    label: 'Keep prod images, expire the rest after 30 days',
    description: "The CDK README example: keep 9999 images tagged prod*, expire every other image 30 days after its push.",
    rules: () => [
      { tagPrefixList: ['prod'], maxImageCount: 9999 },
      { maxImageAgeDays: 30 },
    ],
  },
];
