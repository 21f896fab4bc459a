/**
 * CDK C#, printed from the CDK program (cdk-program.ts) by jsii's rules: PascalCase members,
 * object initialisers for props and structs (`new RepositoryProps { RepositoryName = ... }`),
 * typed arrays, `Dictionary<string, object>` for JSON. The project is what `cdk init app
 * --language csharp` creates (`src/<Name>/<Name>.csproj`, `Program.cs`).
 */
import type { Design, JsonValue } from '../design.ts';
import { AWS_CDK_LIB_VERSION, CDK_INIT_CONTEXT, CONSTRUCTS_VERSION } from '../cdk/cdk-init.ts';
import { pascalCase, stackClassName } from '../cdk/names.ts';
import { tsNumber } from '../writer/code-writer.ts';
import { csString } from '../writer/jsii-strings.ts';
import { type CdkModule, type CdkProgram, type ElementType, type Expr, buildCdkProgram } from './cdk-program.ts';
import { type Doc, group, layout, prefixed } from './layout.ts';
import { CSHARP_RESERVED, LocalNames, upperFirst } from './jsii-names.ts';

export const CSHARP_NAMESPACE: Record<CdkModule, string> = {
  core: 'Amazon.CDK',
  ecr: 'Amazon.CDK.AWS.ECR',
  events: 'Amazon.CDK.AWS.Events',
  targets: 'Amazon.CDK.AWS.Events.Targets',
  iam: 'Amazon.CDK.AWS.IAM',
  kms: 'Amazon.CDK.AWS.KMS',
  lambda: 'Amazon.CDK.AWS.Lambda',
  sns: 'Amazon.CDK.AWS.SNS',
  subscriptions: 'Amazon.CDK.AWS.SNS.Subscriptions',
  sqs: 'Amazon.CDK.AWS.SQS',
};

const INDENT = '    ';

class Printer {
  readonly names = new LocalNames((n) => n, CSHARP_RESERVED, 'Construct');
  readonly usings = new Set<string>(['Amazon.CDK', 'Constructs']);

  type(module: CdkModule, type: string): string {
    this.usings.add(CSHARP_NAMESPACE[module]);
    return type;
  }

  json(value: JsonValue): Doc {
    if (value === null) return 'null';
    if (typeof value === 'string') return csString(value);
    if (typeof value === 'number') return tsNumber(value);
    if (typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return group('new object[] {', value.map((x) => this.json(x)), '}', { pad: true, trailing: true });
    this.usings.add('System.Collections.Generic');
    return group(
      'new Dictionary<string, object> {',
      Object.entries(value).map(([k, x]) => group('{', [csString(k), this.json(x)], '}', { pad: true })),
      '}',
      { pad: true, trailing: true },
    );
  }

  element(t: ElementType): string {
    return t.kind === 'string' ? 'string' : this.type(t.module, t.name);
  }

  args(args: Expr[]): Doc[] {
    return args.map((a) => this.expr(a));
  }

  expr(e: Expr): Doc {
    switch (e.k) {
      case 'string':
        return csString(e.value);
      case 'number':
        return tsNumber(e.value);
      case 'bool':
        return String(e.value);
      case 'json':
        return this.json(e.value);
      case 'jsonText':
        return csString(JSON.stringify(e.value));
      case 'enum':
        return `${this.type(e.module, e.type)}.${e.member}`;
      case 'staticProp':
        return `${this.type(e.module, e.type)}.${e.name}`;
      case 'var':
        return this.names.get(e.name);
      case 'this':
        return 'this';
      case 'new':
        return group(`new ${this.type(e.module, e.type)}(`, this.args(e.args), ')');
      case 'static':
        return group(`${this.type(e.module, e.type)}.${upperFirst(e.method)}(`, this.args(e.args), ')');
      case 'call':
        return prefixed(flatTarget(this.expr(e.target)), group(`.${upperFirst(e.method)}(`, this.args(e.args), ')'));
      case 'prop':
        return `${flatTarget(this.expr(e.target))}.${upperFirst(e.name)}`;
      case 'struct':
        return group(
          `new ${this.type(e.module, e.type)} {`,
          e.fields.map(([k, f]) => prefixed(`${upperFirst(k)} = `, this.expr(f))),
          '}',
          { pad: true, trailing: true },
        );
      case 'list':
        return group(`new ${this.element(e.element)}[] {`, e.items.map((x) => this.expr(x)), '}', { pad: true, trailing: true });
    }
  }
}

function flatTarget(doc: Doc): string {
  return layout(doc, '', '', 0, Number.MAX_SAFE_INTEGER);
}

/** The C# namespace and project name of the app (`EcrApp`). */
export function csharpProjectName(design: Design): string {
  return `${pascalCase(stackClassName(design.stackName).replace(/Stack$/, '')) || 'Ecr'}App`;
}

export function csharpStackFileName(design: Design): string {
  return `${stackClassName(design.stackName)}.cs`;
}

const BODY = INDENT.repeat(3);

export function renderCdkCsharpStack(design: Design, program: CdkProgram = buildCdkProgram(design)): string {
  const p = new Printer();
  const cls = stackClassName(design.stackName);
  const body: string[] = [];
  const put = (prefix: string, doc: Doc) => body.push(BODY + layout(prefixed(prefix, doc), BODY, INDENT, BODY.length) + ';');
  for (const s of program.statements) {
    if (s.k === 'const') put(`var ${p.names.get(s.name)} = `, p.expr(s.value));
    else if (s.k === 'expr') put('', p.expr(s.value));
    else if (s.k === 'setL1') put(`((${p.type(s.module, s.cfnType)})${p.names.get(s.target)}.Node.DefaultChild).${upperFirst(s.prop)} = `, p.expr(s.value));
    else if (s.k === 'comment') body.push(`${BODY}// ${s.text}`);
    else body.push('');
  }
  const lines: string[] = [];
  for (const u of [...p.usings].sort()) lines.push(`using ${u};`);
  lines.push('', `namespace ${csharpProjectName(design)}`, '{');
  lines.push(`${INDENT}public class ${cls} : Stack`, `${INDENT}{`);
  lines.push(`${INDENT}${INDENT}internal ${cls}(Construct scope, string id, IStackProps props = null) : base(scope, id, props)`, `${INDENT}${INDENT}{`);
  if (program.description !== undefined) {
    // C# has no object spread: the description the TypeScript passes with the props is set on
    // the template options, which is where the Stack constructor puts it.
    lines.push(`${BODY}if (props?.Description == null)`, `${BODY}{`);
    lines.push(`${BODY}${INDENT}TemplateOptions.Description = ${csString(program.description)};`, `${BODY}}`);
  }
  if (body.length > 0) {
    if (program.description !== undefined) lines.push('');
    lines.push(...body);
  }
  lines.push(`${INDENT}${INDENT}}`, `${INDENT}}`, '}');
  return lines.join('\n') + '\n';
}

export function renderCdkCsharpProgram(design: Design): string {
  return [
    'using Amazon.CDK;',
    '',
    `namespace ${csharpProjectName(design)}`,
    '{',
    `${INDENT}sealed class Program`,
    `${INDENT}{`,
    `${INDENT}${INDENT}public static void Main(string[] args)`,
    `${INDENT}${INDENT}{`,
    `${BODY}var app = new App();`,
    `${BODY}new ${stackClassName(design.stackName)}(app, ${csString(design.stackName)}, new StackProps());`,
    `${BODY}app.Synth();`,
    `${INDENT}${INDENT}}`,
    `${INDENT}}`,
    '}',
    '',
  ].join('\n');
}

const json = (v: unknown) => JSON.stringify(v, undefined, 2) + '\n';

export function renderCdkCsharpProjectFiles(design: Design): Record<string, string> {
  const name = csharpProjectName(design);
  const dir = `src/${name}`;
  return {
    'cdk.json': json({
      app: `dotnet run --project ${dir}/${name}.csproj`,
      watch: { include: ['**'], exclude: ['README.md', 'cdk*.json', 'src/*/obj', 'src/*/bin', 'src/*.sln', 'src/*/GlobalSuppressions.cs', 'src/*/*.csproj'] },
      context: CDK_INIT_CONTEXT,
    }),
    [`${dir}/${name}.csproj`]: `<Project Sdk="Microsoft.NET.Sdk">

  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <!-- Roll forward to future major versions of the netcoreapp as needed -->
    <RollForward>Major</RollForward>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Amazon.CDK.Lib" Version="${AWS_CDK_LIB_VERSION}" />
    <PackageReference Include="Constructs" Version="[${CONSTRUCTS_VERSION},11.0.0)" />
  </ItemGroup>

</Project>
`,
    [`${dir}/Program.cs`]: renderCdkCsharpProgram(design),
    [`${dir}/${csharpStackFileName(design)}`]: renderCdkCsharpStack(design),
    '.gitignore': 'bin/\nobj/\ncdk.out/\n',
    'README.md': `# ${design.stackName}

Generated by ECR Designer. A CDK app (C#, .NET 8) with one stack, \`${stackClassName(design.stackName)}\`
(\`${dir}/${csharpStackFileName(design)}\`).

    dotnet build src
    npx aws-cdk synth    # prints the CloudFormation template

\`Amazon.CDK.Lib\` is pinned to ${AWS_CDK_LIB_VERSION} and \`cdk.json\` carries the feature flags of \`cdk init\` for that version.
`,
  };
}
