/**
 * CloudFormation intrinsic functions: their YAML short forms (`!Ref`, `!GetAtt`, `!Sub`, ...) and
 * how to recognise one in a parsed template.
 *
 * Short forms become the long form CloudFormation documents for JSON (`!Ref X` is `{"Ref": "X"}`,
 * `!Sub s` is `{"Fn::Sub": s}`), so the importers only ever see long forms. `!GetAtt Res.Attr` is
 * split at its first dot into `["Res", "Attr"]`, the form CloudFormation documents for JSON
 * (attribute names such as `Endpoint.Address` keep their own dots).
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
import { isPlainObject } from './problems.ts';

/** Functions written `Fn::Name` in the long form. */
const FN_SHORT_FORMS = [
  'And',
  'Base64',
  'Cidr',
  'Contains',
  'EachMemberEquals',
  'EachMemberIn',
  'Equals',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'RefAll',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
  'ValueOf',
  'ValueOfAll',
] as const;

/** Functions whose long form has no `Fn::` prefix. */
const BARE_SHORT_FORMS = ['Ref', 'Condition'] as const;

/** `!Name` -> the long-form key (`Ref`, `Condition`, `Fn::Name`). */
export const SHORT_FORM_KEYS: ReadonlyMap<string, string> = new Map<string, string>([
  ...FN_SHORT_FORMS.map((n) => [`!${n}`, `Fn::${n}`] as [string, string]),
  ...BARE_SHORT_FORMS.map((n) => [`!${n}`, n] as [string, string]),
]);

/** The long form of a short-form tag applied to `value`. */
export function longForm(tag: string, value: unknown): { key: string; value: unknown } | undefined {
  const key = SHORT_FORM_KEYS.get(tag);
  if (key === undefined) return undefined;
  if (key === 'Fn::GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    if (dot > 0) return { key, value: [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { key, value };
}

/** The function name when `value` is an intrinsic function call (`{"Ref": ...}`, `{"Fn::Sub": ...}`). */
export function intrinsicName(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}

/**
 * The target of a reference to another resource of the template: `{"Ref": "Id"}`,
 * `{"Fn::GetAtt": ["Id", "Attr"]}` or `{"Fn::GetAtt": "Id.Attr"}`.
 */
export function referenceTarget(value: unknown): { logicalId: string; attribute?: string } | undefined {
  const name = intrinsicName(value);
  if (!name) return undefined;
  const arg = (value as Record<string, unknown>)[name];
  if (name === 'Ref') return typeof arg === 'string' ? { logicalId: arg } : undefined;
  if (name !== 'Fn::GetAtt') return undefined;
  if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && typeof arg[1] === 'string') {
    return { logicalId: arg[0], attribute: arg[1] };
  }
  if (typeof arg === 'string') {
    const dot = arg.indexOf('.');
    if (dot > 0) return { logicalId: arg.slice(0, dot), attribute: arg.slice(dot + 1) };
  }
  return undefined;
}
