import { describe, expect, it } from 'vitest';
import { type Target, targets } from '../targets/index.ts';
import { previewGroupOf, previewGroups } from './preview-groups.ts';

/** A registry entry with another id and label (the grouping reads nothing else). */
const fake = (id: string, label: string) => ({ ...(targets[0] as Target), id, label }) as unknown as Target;

describe('previewGroups', () => {
  it('puts every target of the registry in exactly one group, in registry order within it', () => {
    const groups = previewGroups();
    const listed = groups.flatMap((g) => g.variants.map((v) => v.targetId));
    expect([...listed].sort()).toEqual(targets.map((t) => t.id).sort());
    for (const g of groups) {
      const order = g.variants.map((v) => targets.findIndex((t) => t.id === v.targetId));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('groups the CloudFormation formats and the CDK languages; Terraform and the AWS CLI stand alone', () => {
    const groups = previewGroups();
    expect(previewGroupOf('cfn-json', groups)?.variants.map((v) => v.label)).toEqual(['YAML', 'JSON']);
    expect(previewGroupOf('cdk-ts', groups)?.variants[0]).toEqual({ targetId: 'cdk-ts', label: 'TypeScript' });
    expect(previewGroupOf('terraform', groups)).toMatchObject({ label: 'Terraform', variants: [{ targetId: 'terraform', label: 'Terraform' }] });
    expect(previewGroupOf('aws-cli', groups)).toMatchObject({ label: 'AWS CLI', variants: [{ targetId: 'aws-cli' }] });
    expect(previewGroupOf('nope', groups)).toBeUndefined();
    // Five tabs however many CDK languages there are.
    expect(groups.map((g) => g.label)).toEqual(['CloudFormation', 'CDK', 'Lifecycle policy', 'Terraform', 'AWS CLI']);
  });

  it('keeps a group of one target and a new family member without code changes', () => {
    const groups = previewGroups([fake('cdk-ts', 'CDK TypeScript'), fake('other', 'Other'), fake('cdk-rust', 'CDK Rust')]);
    expect(groups.map((g) => [g.label, g.variants.map((v) => v.label)])).toEqual([
      ['CDK', ['TypeScript', 'Rust']],
      ['Other', ['Other']],
    ]);
  });
});
