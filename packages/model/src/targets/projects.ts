/**
 * The "CDK app (.zip)" download of the preview: the ready project of the target shown when it has
 * one (each CDK language), otherwise the TypeScript app. One place for the rule and its hint text.
 */
import type { Design } from '../design.ts';
import { type Target, targets } from './index.ts';

export interface ProjectDownload {
  /** The target whose project is downloaded. */
  target: Target;
  fileName: string;
  files(): Record<string, string>;
  /** What the project is and how to use it (the button's tooltip). */
  hint: string;
}

const HINTS: Record<string, string> = {
  'cdk-ts': 'A complete CDK app (TypeScript): npm install, then npx cdk synth prints this template',
  'cdk-python': 'A complete CDK app (Python): pip install -r requirements.txt, then npx aws-cdk synth prints this template',
  'cdk-java': 'A complete CDK app (Java, Maven): npx aws-cdk synth builds it and prints this template',
  'cdk-csharp': 'A complete CDK app (C#, .NET): npx aws-cdk synth builds it and prints this template',
  'cdk-go': 'A complete CDK app (Go): go mod tidy, then npx aws-cdk synth prints this template',
};

export function projectDownload(design: Design, targetId: string): ProjectDownload {
  const shown = targets.find((t) => t.id === targetId);
  const target = shown?.project ? shown : (targets.find((t) => t.id === 'cdk-ts') as Target);
  const project = target.project as NonNullable<Target['project']>;
  return {
    target,
    fileName: project.fileName(design),
    files: () => project.files(design),
    hint: HINTS[target.id] ?? `A complete ${target.label} app`,
  };
}
