/**
 * Names in generated CDK code: the stack class, its files and the local variables.
 */

const TS_RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield any boolean constructor declare get ' +
    'module require number set string symbol type from of async await undefined arguments eval'
  ).split(' '),
);

/** Identifiers the generated stack file already uses at module or constructor scope. */
const GENERATED_NAMES = new Set([
  'cdk', 'ecr', 'kms', 'iam', 'events', 'targets', 'sns', 'subscriptions', 'sqs', 'lambda',
  'Duration', 'RemovalPolicy', 'Stack', 'StackProps', 'Tags', 'Construct', 'App', 'scope', 'id', 'props', 'app',
]);

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function pascalCase(text: string): string {
  return words(text).map(capitalize).join('');
}

export function camelCase(text: string): string {
  const p = pascalCase(text);
  return p.charAt(0).toLowerCase() + p.slice(1);
}

export function kebabCase(text: string): string {
  return words(text)
    .map((w) => w.toLowerCase())
    .join('-');
}

/** `EcrStack` -> `EcrStack`; `ecr-prod` -> `EcrProdStack`; `123` -> `Stack123Stack`. */
export function stackClassName(stackName: string): string {
  let name = pascalCase(stackName) || 'Ecr';
  if (/^[0-9]/.test(name)) name = 'Stack' + name;
  return name.endsWith('Stack') ? name : name + 'Stack';
}

/** The stack module's base name: `EcrStack` -> `ecr-stack` (the file is `lib/ecr-stack.ts`). */
export function stackFileBase(stackName: string): string {
  return kebabCase(stackClassName(stackName));
}

/** The app entry point's base name: `EcrStack` -> `ecr` (the file is `bin/ecr.ts`). */
export function appFileBase(stackName: string): string {
  return stackFileBase(stackName).replace(/-stack$/, '') || 'app';
}

/** Hands out unique local variable names derived from construct ids. */
export class VariableNames {
  private readonly used = new Set<string>(GENERATED_NAMES);

  take(hint: string): string {
    let base = camelCase(hint) || 'resource';
    if (/^[0-9]/.test(base)) base = '_' + base;
    if (TS_RESERVED.has(base)) base = base + 'Construct';
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}${n}`;
    this.used.add(name);
    return name;
  }
}
