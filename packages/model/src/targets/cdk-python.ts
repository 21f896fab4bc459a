/**
 * CDK Python, printed from the CDK program (cdk-program.ts) by jsii's rules: `aws_cdk.aws_ecr as
 * ecr`, snake_case members, a struct passed last is written as keyword arguments, nested structs as
 * `ecr.LifecycleRule(...)`, enums `ecr.TagMutability.IMMUTABLE`, JSON as dicts. The project is what
 * `cdk init app --language python` creates (app.py, requirements.txt, cdk.json, <package>/).
 */
import type { Design, JsonValue } from '../design.ts';
import { AWS_CDK_LIB_VERSION, CDK_INIT_CONTEXT, CONSTRUCTS_VERSION } from '../cdk/cdk-init.ts';
import { appFileBase, stackClassName, stackFileBase } from '../cdk/names.ts';
import { tsNumber } from '../writer/code-writer.ts';
import { pyString } from '../writer/jsii-strings.ts';
import { type CdkModule, type CdkProgram, type Expr, buildCdkProgram } from './cdk-program.ts';
import { type Doc, group, layout, prefixed } from './layout.ts';
import { LocalNames, PYTHON_RESERVED, snakeCase } from './jsii-names.ts';

const ALIAS: Record<Exclude<CdkModule, 'core'>, [string, string]> = {
  ecr: ['aws_ecr', 'ecr'],
  events: ['aws_events', 'events'],
  targets: ['aws_events_targets', 'targets'],
  iam: ['aws_iam', 'iam'],
  kms: ['aws_kms', 'kms'],
  lambda: ['aws_lambda', 'lambda_'],
  sns: ['aws_sns', 'sns'],
  subscriptions: ['aws_sns_subscriptions', 'subscriptions'],
  sqs: ['aws_sqs', 'sqs'],
};

const INDENT = '    ';

class Printer {
  readonly names = new LocalNames(snakeCase, PYTHON_RESERVED, '_');
  readonly core = new Set<string>(['Stack']);
  readonly modules = new Set<Exclude<CdkModule, 'core'>>();

  typeName(module: CdkModule, type: string): string {
    if (module === 'core') {
      this.core.add(type);
      return type;
    }
    this.modules.add(module);
    return `${ALIAS[module][1]}.${type}`;
  }

  json(value: JsonValue): Doc {
    if (value === null) return 'None';
    if (typeof value === 'string') return pyString(value);
    if (typeof value === 'number') return tsNumber(value);
    if (typeof value === 'boolean') return value ? 'True' : 'False';
    if (Array.isArray(value)) return group('[', value.map((x) => this.json(x)), ']', { trailing: true });
    return group('{', Object.entries(value).map(([k, x]) => prefixed(`${pyString(k)}: `, this.json(x))), '}', { trailing: true });
  }

  /** Arguments of a call: a struct passed last becomes keyword arguments. */
  args(args: Expr[]): Doc[] {
    const out: Doc[] = [];
    args.forEach((a, i) => {
      if (a.k === 'struct' && i === args.length - 1) for (const [k, f] of a.fields) out.push(prefixed(`${snakeCase(k)}=`, this.expr(f)));
      else out.push(this.expr(a));
    });
    return out;
  }

  expr(e: Expr): Doc {
    switch (e.k) {
      case 'string':
        return pyString(e.value);
      case 'number':
        return tsNumber(e.value);
      case 'bool':
        return e.value ? 'True' : 'False';
      case 'json':
        return this.json(e.value);
      case 'jsonText':
        return pyString(JSON.stringify(e.value));
      case 'enum':
      case 'staticProp':
        return `${this.typeName(e.module, e.type)}.${e.k === 'enum' ? e.member : e.name}`;
      case 'var':
        return this.names.get(e.name);
      case 'this':
        return 'self';
      case 'new':
        return group(`${this.typeName(e.module, e.type)}(`, this.args(e.args), ')', { trailing: true });
      case 'static':
        return group(`${this.typeName(e.module, e.type)}.${snakeCase(e.method)}(`, this.args(e.args), ')', { trailing: true });
      case 'call':
        return prefixed(flatTarget(this.expr(e.target)), group(`.${snakeCase(e.method)}(`, this.args(e.args), ')', { trailing: true }));
      case 'prop':
        return `${flatTarget(this.expr(e.target))}.${snakeCase(e.name)}`;
      case 'struct':
        return group(`${this.typeName(e.module, e.type)}(`, e.fields.map(([k, f]) => prefixed(`${snakeCase(k)}=`, this.expr(f))), ')', { trailing: true });
      case 'list':
        return group('[', e.items.map((x) => this.expr(x)), ']', { trailing: true });
    }
  }
}

/** Call targets are variables or short calls (`Tags.of(repo)`): always on one line. */
function flatTarget(doc: Doc): string {
  return layout(doc, '', '', 0, Number.MAX_SAFE_INTEGER);
}

const BODY = INDENT + INDENT;

function statements(p: Printer, program: CdkProgram): string[] {
  const out: string[] = [];
  const put = (prefix: string, doc: Doc) => out.push(BODY + layout(prefixed(prefix, doc), BODY, INDENT, BODY.length));
  for (const s of program.statements) {
    if (s.k === 'const') put(`${p.names.get(s.name)} = `, p.expr(s.value));
    else if (s.k === 'expr') put('', p.expr(s.value));
    else if (s.k === 'setL1') put(`${p.names.get(s.target)}.node.default_child.${snakeCase(s.prop)} = `, p.expr(s.value));
    else if (s.k === 'comment') out.push(`${BODY}# ${s.text}`);
    else out.push('');
  }
  return out;
}

export function renderCdkPythonStack(design: Design, program: CdkProgram = buildCdkProgram(design)): string {
  const p = new Printer();
  const body = statements(p, program);
  const modules = [...p.modules].map((m) => ALIAS[m]);
  const imports = [...[...p.core].sort(), ...modules.sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([mod, alias]) => `${mod} as ${alias}`)];
  const lines = ['from aws_cdk import ('];
  for (const i of imports) lines.push(`${INDENT}${i},`);
  lines.push(')', 'from constructs import Construct', '', '');
  lines.push(`class ${stackClassName(design.stackName)}(Stack):`, '');
  lines.push(`${INDENT}def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:`);
  if (program.description !== undefined) lines.push(`${BODY}kwargs.setdefault("description", ${pyString(program.description)})`);
  lines.push(`${BODY}super().__init__(scope, construct_id, **kwargs)`);
  if (body.length > 0) lines.push('', ...body);
  return lines.join('\n') + '\n';
}

/** The Python package of the stack module (`ecr`), as `cdk init` names it after the project. */
export function pythonPackage(design: Design): string {
  return appFileBase(design.stackName).replace(/-/g, '_');
}

export function pythonStackFileName(design: Design): string {
  return `${stackFileBase(design.stackName).replace(/-/g, '_')}.py`;
}

export function renderCdkPythonApp(design: Design): string {
  const cls = stackClassName(design.stackName);
  return [
    '#!/usr/bin/env python3',
    'import aws_cdk as cdk',
    '',
    `from ${pythonPackage(design)}.${pythonStackFileName(design).replace(/\.py$/, '')} import ${cls}`,
    '',
    '',
    'app = cdk.App()',
    `${cls}(app, ${pyString(design.stackName)})`,
    '',
    'app.synth()',
    '',
  ].join('\n');
}

const json = (v: unknown) => JSON.stringify(v, undefined, 2) + '\n';

export function renderCdkPythonProjectFiles(design: Design): Record<string, string> {
  const pkg = pythonPackage(design);
  return {
    'app.py': renderCdkPythonApp(design),
    [`${pkg}/__init__.py`]: '',
    [`${pkg}/${pythonStackFileName(design)}`]: renderCdkPythonStack(design),
    'requirements.txt': `aws-cdk-lib==${AWS_CDK_LIB_VERSION}\nconstructs>=${CONSTRUCTS_VERSION},<11.0.0\n`,
    'cdk.json': json({
      app: 'python3 app.py',
      watch: { include: ['**'], exclude: ['README.md', 'cdk*.json', 'requirements*.txt', 'source.bat', '**/__init__.py', '**/__pycache__'] },
      context: CDK_INIT_CONTEXT,
    }),
    '.gitignore': '*.swp\npackage-lock.json\n__pycache__\n.pytest_cache\n.venv\n*.egg-info\ncdk.out\n',
    'README.md': `# ${design.stackName}

Generated by ECR Designer. A CDK app (Python) with one stack, \`${stackClassName(design.stackName)}\`
(\`${pkg}/${pythonStackFileName(design)}\`), created by \`app.py\`.

    python3 -m venv .venv && . .venv/bin/activate
    pip install -r requirements.txt
    npx aws-cdk synth    # prints the CloudFormation template

\`aws-cdk-lib\` is pinned to ${AWS_CDK_LIB_VERSION} and \`cdk.json\` carries the feature flags of \`cdk init\` for that version.
`,
  };
}
