/**
 * CDK Go, printed from the CDK program (cdk-program.ts) by jsii's rules: `awsecr.NewRepository(stack,
 * jsii.String("Repo"), &awsecr.RepositoryProps{...})`, pointers from `jsii.String`/`jsii.Number`/
 * `jsii.Bool`, `&[]*string{...}`, enums `awsecr.TagMutability_IMMUTABLE`, statics
 * `awscdk.Duration_Days(...)`, getters and setters (`key.KeyArn()`, `SetState`), `nil` for every
 * optional parameter not passed. Go rejects unused variables: a construct nothing refers to is
 * created without one. The project is what `cdk init app --language go` creates (one `<name>.go`).
 */
import type { Design, JsonValue } from '../design.ts';
import { AWS_CDK_LIB_VERSION, CDK_INIT_CONTEXT, CONSTRUCTS_VERSION } from '../cdk/cdk-init.ts';
import { appFileBase, stackClassName } from '../cdk/names.ts';
import { tsNumber } from '../writer/code-writer.ts';
import { goString } from '../writer/jsii-strings.ts';
import { type CdkModule, type CdkProgram, type ElementType, type Expr, buildCdkProgram, usedVariables } from './cdk-program.ts';
import { type Doc, group, layout, prefixed } from './layout.ts';
import { GO_RESERVED, LocalNames, upperFirst } from './jsii-names.ts';

export const GO_PACKAGE: Record<CdkModule, [string, string]> = {
  core: ['awscdk', 'github.com/aws/aws-cdk-go/awscdk/v2'],
  ecr: ['awsecr', 'github.com/aws/aws-cdk-go/awscdk/v2/awsecr'],
  events: ['awsevents', 'github.com/aws/aws-cdk-go/awscdk/v2/awsevents'],
  targets: ['awseventstargets', 'github.com/aws/aws-cdk-go/awscdk/v2/awseventstargets'],
  iam: ['awsiam', 'github.com/aws/aws-cdk-go/awscdk/v2/awsiam'],
  kms: ['awskms', 'github.com/aws/aws-cdk-go/awscdk/v2/awskms'],
  lambda: ['awslambda', 'github.com/aws/aws-cdk-go/awscdk/v2/awslambda'],
  sns: ['awssns', 'github.com/aws/aws-cdk-go/awscdk/v2/awssns'],
  subscriptions: ['awssnssubscriptions', 'github.com/aws/aws-cdk-go/awscdk/v2/awssnssubscriptions'],
  sqs: ['awssqs', 'github.com/aws/aws-cdk-go/awscdk/v2/awssqs'],
};

const TAB = '\t';

class Printer {
  readonly names = new LocalNames((n) => n, GO_RESERVED, 'Construct');
  readonly packages = new Set<CdkModule>(['core']);

  pkg(module: CdkModule): string {
    this.packages.add(module);
    return GO_PACKAGE[module][0];
  }

  /** `awsecr.CfnRepository.EncryptionConfigurationProperty` -> `awsecr.CfnRepository_EncryptionConfigurationProperty`. */
  type(module: CdkModule, type: string): string {
    return `${this.pkg(module)}.${type.replace(/\./g, '_')}`;
  }

  /** A JSON value inside `map[string]interface{}`: plain Go values. */
  json(value: JsonValue): Doc {
    if (value === null) return 'nil';
    if (typeof value === 'string') return goString(value);
    if (typeof value === 'number') return tsNumber(value);
    if (typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return group('[]interface{}{', value.map((x) => this.json(x)), '}', { trailing: true });
    return group('map[string]interface{}{', Object.entries(value).map(([k, x]) => prefixed(`${goString(k)}: `, this.json(x))), '}', { trailing: true });
  }

  element(t: ElementType): string {
    if (t.kind === 'string') return '*string';
    return t.struct ? `*${this.type(t.module, t.name)}` : this.type(t.module, t.name);
  }

  /** Positional arguments, with `nil` for the optional parameters not passed. */
  args(args: Expr[], arity: number): Doc[] {
    const out: Doc[] = args.map((a) => this.expr(a));
    while (out.length < arity) out.push('nil');
    return out;
  }

  expr(e: Expr): Doc {
    switch (e.k) {
      case 'string':
        this.packages.add('core');
        return `jsii.String(${goString(e.value)})`;
      case 'number':
        return `jsii.Number(${tsNumber(e.value)})`;
      case 'bool':
        return `jsii.Bool(${e.value})`;
      case 'json':
        return prefixed('&', this.json(e.value));
      case 'jsonText':
        return `jsii.String(${goString(JSON.stringify(e.value))})`;
      case 'enum':
        return `${this.type(e.module, e.type)}_${e.member}`;
      case 'staticProp':
        return `${this.type(e.module, e.type)}_${e.name}()`;
      case 'var':
        return this.names.get(e.name);
      case 'this':
        return 'stack';
      case 'new':
        return group(`${this.pkg(e.module)}.New${e.type}(`, this.args(e.args, e.arity), ')', { trailing: true });
      case 'static':
        return group(`${this.type(e.module, e.type)}_${upperFirst(e.method)}(`, this.args(e.args, e.arity), ')', { trailing: true });
      case 'call':
        return prefixed(flatTarget(this.expr(e.target)), group(`.${upperFirst(e.method)}(`, this.args(e.args, e.arity), ')', { trailing: true }));
      case 'prop':
        return `${flatTarget(this.expr(e.target))}.${upperFirst(e.name)}()`;
      case 'struct':
        return group(`&${this.type(e.module, e.type)}{`, e.fields.map(([k, f]) => prefixed(`${upperFirst(k)}: `, this.expr(f))), '}', { trailing: true });
      case 'list':
        return group(`&[]${this.element(e.element)}{`, e.items.map((x) => this.expr(x)), '}', { trailing: true });
    }
  }
}

function flatTarget(doc: Doc): string {
  return layout(doc, '', '', 0, Number.MAX_SAFE_INTEGER);
}

export function goFileName(design: Design): string {
  return `${appFileBase(design.stackName).replace(/-/g, '_')}.go`;
}

/** The whole Go program: the stack function and `main`, in one file as `cdk init` writes it. */
export function renderCdkGo(design: Design, program: CdkProgram = buildCdkProgram(design)): string {
  const p = new Printer();
  const cls = stackClassName(design.stackName);
  const used = usedVariables(program);
  const body: string[] = [];
  const put = (prefix: string, doc: Doc) => body.push(TAB + layout(prefixed(prefix, doc), TAB, TAB, 4));
  for (const s of program.statements) {
    if (s.k === 'const') put(used.has(s.name) ? `${p.names.get(s.name)} := ` : '', p.expr(s.value));
    else if (s.k === 'expr') put('', p.expr(s.value));
    else if (s.k === 'setL1') {
      const setter = group(`${p.names.get(s.target)}.Node().DefaultChild().(${p.type(s.module, s.cfnType)}).Set${upperFirst(s.prop)}(`, [p.expr(s.value)], ')', {
        trailing: true,
      });
      put('', setter);
    } else if (s.k === 'comment') body.push(`${TAB}// ${s.text}`);
    else body.push('');
  }
  const imports = [...p.packages].map((m) => GO_PACKAGE[m][1]);
  imports.push('github.com/aws/constructs-go/constructs/v10', 'github.com/aws/jsii-runtime-go');
  const lines = ['package main', '', 'import ('];
  for (const i of imports.sort()) lines.push(`${TAB}"${i}"`);
  lines.push(')', '');
  lines.push(`type ${cls}Props struct {`, `${TAB}awscdk.StackProps`, '}', '');
  lines.push(`func New${cls}(scope constructs.Construct, id string, props *${cls}Props) awscdk.Stack {`);
  lines.push(`${TAB}var sprops awscdk.StackProps`, `${TAB}if props != nil {`, `${TAB}${TAB}sprops = props.StackProps`, `${TAB}}`);
  if (program.description !== undefined) {
    lines.push(`${TAB}if sprops.Description == nil {`, `${TAB}${TAB}sprops.Description = jsii.String(${goString(program.description)})`, `${TAB}}`);
  }
  lines.push(`${TAB}stack := awscdk.NewStack(scope, &id, &sprops)`);
  if (body.length > 0) lines.push('', ...body);
  lines.push('', `${TAB}return stack`, '}', '');
  lines.push('func main() {', `${TAB}defer jsii.Close()`, '', `${TAB}app := awscdk.NewApp(nil)`, '');
  lines.push(`${TAB}New${cls}(app, ${goString(design.stackName)}, &${cls}Props{})`, '', `${TAB}app.Synth(nil)`, '}');
  return lines.join('\n') + '\n';
}

const json = (v: unknown) => JSON.stringify(v, undefined, 2) + '\n';

/** The Go module path of the app (`ecr`). */
export function goModuleName(design: Design): string {
  return appFileBase(design.stackName);
}

export function renderCdkGoProjectFiles(design: Design): Record<string, string> {
  const file = goFileName(design);
  return {
    'go.mod': `module ${goModuleName(design)}

go 1.23

require (
\tgithub.com/aws/aws-cdk-go/awscdk/v2 v${AWS_CDK_LIB_VERSION}
\tgithub.com/aws/constructs-go/constructs/v10 v${CONSTRUCTS_VERSION}
\tgithub.com/aws/jsii-runtime-go v1.120.0
)
`,
    'cdk.json': json({
      app: 'go mod download && go run ' + file,
      watch: { include: ['**'], exclude: ['README.md', 'cdk*.json', 'go.mod', 'go.sum', '**/*test.go'] },
      context: CDK_INIT_CONTEXT,
    }),
    [file]: renderCdkGo(design),
    '.gitignore': '# go.sum should be committed\n!go.sum\n\n# CDK asset staging directory\n.cdk.staging\ncdk.out\n',
    'README.md': `# ${design.stackName}

Generated by ECR Designer. A CDK app (Go) with one stack, \`${stackClassName(design.stackName)}\` (\`${file}\`).

    go mod tidy          # resolves go.sum
    npx aws-cdk synth    # prints the CloudFormation template

\`awscdk\` is pinned to ${AWS_CDK_LIB_VERSION} and \`cdk.json\` carries the feature flags of \`cdk init\` for that version.
`,
  };
}
