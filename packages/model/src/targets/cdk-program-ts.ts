/**
 * TypeScript printed from the language-neutral CDK program (cdk-program.ts), without the line
 * layout of `renderCdkStack`. It exists to prove the program complete: a test requires it to be
 * the same TypeScript program (modulo whitespace and comments) as `renderCdkStack`.
 */
import type { Design } from '../design.ts';
import { stackClassName } from '../cdk/names.ts';
import { jsonLiteral } from '../access/cdk-code.ts';
import { tsNumber, tsString } from '../writer/code-writer.ts';
import { type CdkModule, type CdkProgram, type Expr, buildCdkProgram } from './cdk-program.ts';

export const TS_MODULE_PATH: Record<Exclude<CdkModule, 'core'>, string> = {
  ecr: 'aws-cdk-lib/aws-ecr',
  kms: 'aws-cdk-lib/aws-kms',
  iam: 'aws-cdk-lib/aws-iam',
  events: 'aws-cdk-lib/aws-events',
  targets: 'aws-cdk-lib/aws-events-targets',
  sns: 'aws-cdk-lib/aws-sns',
  subscriptions: 'aws-cdk-lib/aws-sns-subscriptions',
  sqs: 'aws-cdk-lib/aws-sqs',
  lambda: 'aws-cdk-lib/aws-lambda',
};

function qualified(module: CdkModule, type: string): string {
  return module === 'core' ? type : `${module}.${type}`;
}

export function tsExpr(e: Expr): string {
  switch (e.k) {
    case 'string':
      return tsString(e.value);
    case 'number':
      return tsNumber(e.value);
    case 'bool':
      return String(e.value);
    case 'json':
      return jsonLiteral(e.value);
    case 'jsonText':
      return `JSON.stringify(${jsonLiteral(e.value)})`;
    case 'enum':
      return `${qualified(e.module, e.type)}.${e.member}`;
    case 'staticProp':
      return `${qualified(e.module, e.type)}.${e.name}`;
    case 'var':
      return e.name;
    case 'this':
      return 'this';
    case 'new':
      return `new ${qualified(e.module, e.type)}(${e.args.map(tsExpr).join(', ')})`;
    case 'static':
      return `${qualified(e.module, e.type)}.${e.method}(${e.args.map(tsExpr).join(', ')})`;
    case 'call':
      return `${tsExpr(e.target)}.${e.method}(${e.args.map(tsExpr).join(', ')})`;
    case 'prop':
      return `${tsExpr(e.target)}.${e.name}`;
    case 'struct':
      return e.fields.length ? `{ ${e.fields.map(([k, f]) => `${k}: ${tsExpr(f)}`).join(', ')} }` : '{}';
    case 'list':
      return `[${e.items.map(tsExpr).join(', ')}]`;
  }
}

export function printTypeScriptProgram(design: Design, program: CdkProgram = buildCdkProgram(design)): string {
  const core = new Set(['Stack', 'StackProps']);
  // TypeScript names no struct types (object literals): only classes, enums and L1 casts import a module.
  const used = new Set<CdkModule>();
  const collect = (e: Expr): void => {
    if (e.k === 'enum' || e.k === 'static' || e.k === 'new' || e.k === 'staticProp') {
      if (e.module === 'core') core.add(e.type);
      else used.add(e.module);
    }
    if (e.k === 'new' || e.k === 'static' || e.k === 'call') e.args.forEach(collect);
    if (e.k === 'call' || e.k === 'prop') collect(e.target);
    if (e.k === 'struct') e.fields.forEach(([, f]) => collect(f));
    if (e.k === 'list') e.items.forEach(collect);
  };
  const body: string[] = [];
  for (const s of program.statements) {
    if (s.k === 'const') {
      collect(s.value);
      body.push(`const ${s.name} = ${tsExpr(s.value)};`);
    } else if (s.k === 'expr') {
      collect(s.value);
      body.push(`${tsExpr(s.value)};`);
    } else if (s.k === 'setL1') {
      collect(s.value);
      used.add(s.module);
      body.push(`(${s.target}.node.defaultChild as ${s.module}.${s.cfnType}).${s.prop} = ${tsExpr(s.value)};`);
    } else if (s.k === 'comment') body.push(`// ${s.text}`);
    else body.push('');
  }
  const lines = [`import { ${[...core].sort().join(', ')} } from 'aws-cdk-lib';`];
  const modules = [...used].filter((m): m is Exclude<CdkModule, 'core'> => m !== 'core').sort((a, b) => (TS_MODULE_PATH[a] < TS_MODULE_PATH[b] ? -1 : 1));
  for (const m of modules) lines.push(`import * as ${m} from '${TS_MODULE_PATH[m]}';`);
  lines.push("import { Construct } from 'constructs';", '');
  lines.push(`export class ${stackClassName(design.stackName)} extends Stack {`);
  lines.push('constructor(scope: Construct, id: string, props?: StackProps) {');
  lines.push(program.description !== undefined ? `super(scope, id, { description: ${tsString(program.description)}, ...props });` : 'super(scope, id, props);');
  lines.push(...body, '}', '}');
  return lines.join('\n') + '\n';
}
