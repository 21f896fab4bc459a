/**
 * The output targets: one renderer per target, one registry the CLI and the app both read
 * (tab labels, file names, MIME types, editor languages).
 */
import type { Design } from '../design.ts';
import { renderTemplate } from '../cfn/template.ts';
import { toJson, toYaml } from '../writer/yaml.ts';
import { renderCdkStack } from './cdk-ts.ts';
import { pickRepository, renderLifecyclePolicyJson } from './lifecycle-json.ts';
import { stackFileBase } from '../cdk/names.ts';
import { renderCdkProjectFiles } from './cdk-project.ts';
import { pythonStackFileName, renderCdkPythonProjectFiles, renderCdkPythonStack } from './cdk-python.ts';
import { javaStackFileName, renderCdkJavaProjectFiles, renderCdkJavaStack } from './cdk-java.ts';
import { csharpStackFileName, renderCdkCsharpProjectFiles, renderCdkCsharpStack } from './cdk-csharp.ts';
import { goFileName, renderCdkGo, renderCdkGoProjectFiles } from './cdk-go.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { renderTerraform, terraformDiagnostics } from './terraform.ts';
import { awsCliDiagnostics, renderAwsCli } from './aws-cli.ts';

export type TargetId = 'cfn-yaml' | 'cfn-json' | 'cdk-ts' | 'lifecycle-json' | 'cdk-python' | 'cdk-java' | 'cdk-csharp' | 'cdk-go' | 'terraform' | 'aws-cli';

export interface RenderOptions {
  /** lifecycle-json: the id of the repository whose policy to render. */
  repository?: string;
}

export interface Target {
  id: TargetId;
  label: string;
  /** Monaco language id. */
  language: 'yaml' | 'json' | 'typescript' | 'python' | 'java' | 'csharp' | 'go' | 'hcl' | 'shell';
  mimeType: string;
  fileName(design: Design): string;
  /** Renders the target. Throws `RenderError` when the target has nothing to show for this design. */
  render(design: Design, options?: RenderOptions): string;
  /** A ready project (the "CDK app (.zip)" download): its zip file name and its files by path. */
  project?: { fileName(design: Design): string; files(design: Design): Record<string, string> };
  /** What the target itself decides for the user (e.g. a name CloudFormation would generate), as warnings at the fields concerned. */
  diagnostics?(design: Design): Diagnostic[];
}

/** `ecr-stack-cdk-app.zip` (TypeScript), `ecr-stack-cdk-python.zip`... */
function projectZipName(design: Design, suffix: string): string {
  return `${stackFileBase(design.stackName) || 'ecr-stack'}-${suffix}.zip`;
}

export class RenderError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RenderError';
  }
}

export const targets: readonly Target[] = [
  {
    id: 'cfn-yaml',
    label: 'CloudFormation YAML',
    language: 'yaml',
    mimeType: 'application/yaml',
    fileName: () => 'template.yaml',
    render: (design) => toYaml(renderTemplate(design)),
  },
  {
    id: 'cfn-json',
    label: 'CloudFormation JSON',
    language: 'json',
    mimeType: 'application/json',
    fileName: () => 'template.json',
    render: (design) => toJson(renderTemplate(design)) + '\n',
  },
  {
    id: 'cdk-ts',
    label: 'CDK TypeScript',
    language: 'typescript',
    mimeType: 'text/typescript',
    fileName: (design) => `${stackFileBase(design.stackName)}.ts`,
    render: (design) => renderCdkStack(design),
    project: { fileName: (design) => projectZipName(design, 'cdk-app'), files: renderCdkProjectFiles },
  },
  {
    id: 'cdk-python',
    label: 'CDK Python',
    language: 'python',
    mimeType: 'text/x-python',
    fileName: pythonStackFileName,
    render: (design) => renderCdkPythonStack(design),
    project: { fileName: (design) => projectZipName(design, 'cdk-python'), files: renderCdkPythonProjectFiles },
  },
  {
    id: 'cdk-java',
    label: 'CDK Java',
    language: 'java',
    mimeType: 'text/x-java',
    fileName: javaStackFileName,
    render: (design) => renderCdkJavaStack(design),
    project: { fileName: (design) => projectZipName(design, 'cdk-java'), files: renderCdkJavaProjectFiles },
  },
  {
    id: 'cdk-csharp',
    label: 'CDK C#',
    language: 'csharp',
    mimeType: 'text/x-csharp',
    fileName: csharpStackFileName,
    render: (design) => renderCdkCsharpStack(design),
    project: { fileName: (design) => projectZipName(design, 'cdk-csharp'), files: renderCdkCsharpProjectFiles },
  },
  {
    id: 'cdk-go',
    label: 'CDK Go',
    language: 'go',
    mimeType: 'text/x-go',
    fileName: goFileName,
    render: (design) => renderCdkGo(design),
    project: { fileName: (design) => projectZipName(design, 'cdk-go'), files: renderCdkGoProjectFiles },
  },
  {
    id: 'lifecycle-json',
    label: 'Lifecycle policy',
    language: 'json',
    mimeType: 'application/json',
    fileName: () => 'lifecycle-policy.json',
    render: (design, options) => {
      const repo = pickRepository(design, options?.repository);
      if (!repo) {
        throw new RenderError(
          'NoSuchRepository',
          options?.repository !== undefined ? `No repository with id '${options.repository}'.` : 'The design has no repositories.',
        );
      }
      if (!repo.lifecycleRules?.length) throw new RenderError('NoLifecycleRules', `Repository '${repo.id}' has no lifecycle rules.`);
      return renderLifecyclePolicyJson(repo);
    },
  },
  {
    id: 'terraform',
    label: 'Terraform',
    language: 'hcl',
    mimeType: 'text/plain',
    fileName: () => 'main.tf',
    render: (design) => renderTerraform(design),
    diagnostics: (design) => terraformDiagnostics(design),
  },
  {
    id: 'aws-cli',
    label: 'AWS CLI',
    language: 'shell',
    mimeType: 'application/x-sh',
    fileName: () => 'create-ecr.sh',
    render: (design) => renderAwsCli(design),
    diagnostics: (design) => awsCliDiagnostics(design),
  },
];

export function getTarget(id: string): Target | undefined {
  return targets.find((t) => t.id === id);
}
