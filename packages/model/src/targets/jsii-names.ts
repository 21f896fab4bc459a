/**
 * jsii's naming rules for the generated CDK code in Python, Java, C# and Go, and local variable
 * names that are legal (and unique) in each language.
 */

/** `onCloudTrailImagePushed` -> `on_cloud_trail_image_pushed` (jsii's Python member names). */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** `grantPull` -> `GrantPull` (jsii's C# and Go member names). */
export function upperFirst(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Maps the TypeScript variable names of a program to names legal in another language: `convert`
 * applies the language's convention, names in `reserved` get `suffix`, and clashes a number.
 */
export class LocalNames {
  private readonly map = new Map<string, string>();
  private readonly used: Set<string>;

  constructor(
    private readonly convert: (tsName: string) => string,
    reserved: Iterable<string>,
    private readonly suffix: string,
  ) {
    this.used = new Set(reserved);
  }

  get(tsName: string): string {
    const known = this.map.get(tsName);
    if (known !== undefined) return known;
    let base = this.convert(tsName);
    if (this.used.has(base)) base += this.suffix;
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}${n}`;
    this.used.add(name);
    this.map.set(tsName, name);
    return name;
  }
}

export const PYTHON_RESERVED = (
  'False None True and as assert async await break class continue def del elif else except finally for from global if ' +
  'import in is lambda nonlocal not or pass raise return try while with yield match case type print self scope construct_id kwargs ' +
  'aws_cdk cdk ecr kms iam events targets sns subscriptions sqs lambda_ Construct Duration RemovalPolicy Stack Tags app'
).split(' ');

export const JAVA_RESERVED = (
  'abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally ' +
  'float for goto if implements import instanceof int interface long native new package private protected public return short ' +
  'static strictfp super switch synchronized this throw throws transient try void volatile while true false null var record ' +
  'yield sealed permits scope id props app args'
).split(' ');

export const CSHARP_RESERVED = (
  'abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else enum ' +
  'event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long namespace ' +
  'new null object operator out override params private protected public readonly ref return sbyte sealed short sizeof stackalloc ' +
  'static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while ' +
  'var dynamic value async await nameof scope id props app args System'
).split(' ');

export const GO_RESERVED = (
  'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return ' +
  'select struct switch type var nil true false iota string bool float64 int error any append cap len make new panic print copy ' +
  'stack scope id props sprops app env main jsii constructs awscdk awsecr awskms awsiam awsevents awseventstargets awssns ' +
  'awssnssubscriptions awssqs awslambda'
).split(' ');
