/**
 * CDK Java, printed from the CDK program (cdk-program.ts) by jsii's rules: `Repository.Builder
 * .create(this, "Repo").repositoryName(...).build()` for a class whose props are passed, struct
 * builders (`LifecycleRule.builder()...build()`), getters and setters (`key.getKeyArn()`),
 * `List.of`/`Map.of`. The project is what `cdk init app --language java` creates (Maven).
 */
import type { Design, JsonValue } from '../design.ts';
import { AWS_CDK_LIB_VERSION, CDK_INIT_CONTEXT, CONSTRUCTS_VERSION } from '../cdk/cdk-init.ts';
import { pascalCase, stackClassName } from '../cdk/names.ts';
import { tsNumber } from '../writer/code-writer.ts';
import { javaString } from '../writer/jsii-strings.ts';
import { type CdkModule, type CdkProgram, type Expr, buildCdkProgram } from './cdk-program.ts';
import { type Doc, group, layout, prefixed } from './layout.ts';
import { JAVA_RESERVED, LocalNames, upperFirst } from './jsii-names.ts';

export const JAVA_PACKAGE: Record<CdkModule, string> = {
  core: 'software.amazon.awscdk',
  ecr: 'software.amazon.awscdk.services.ecr',
  events: 'software.amazon.awscdk.services.events',
  targets: 'software.amazon.awscdk.services.events.targets',
  iam: 'software.amazon.awscdk.services.iam',
  kms: 'software.amazon.awscdk.services.kms',
  lambda: 'software.amazon.awscdk.services.lambda',
  sns: 'software.amazon.awscdk.services.sns',
  subscriptions: 'software.amazon.awscdk.services.sns.subscriptions',
  sqs: 'software.amazon.awscdk.services.sqs',
};

const INDENT = '    ';

/** A Java number literal: integers beyond int are longs; fractions and exponents are doubles. */
function javaNumber(value: number): string {
  const text = tsNumber(value);
  if (Number.isInteger(value) && /^-?\d+$/.test(text) && Math.abs(value) > 2147483647) return `${text}L`;
  return text;
}

class Printer {
  readonly names = new LocalNames((n) => n, JAVA_RESERVED, 'Construct');
  readonly imports = new Set<string>();

  type(module: CdkModule, type: string): string {
    this.imports.add(`${JAVA_PACKAGE[module]}.${type.split('.')[0] as string}`);
    return type;
  }

  json(value: JsonValue): Doc {
    if (value === null) return 'null';
    if (typeof value === 'string') return javaString(value);
    if (typeof value === 'number') return javaNumber(value);
    if (typeof value === 'boolean') return String(value);
    this.imports.add(Array.isArray(value) ? 'java.util.List' : 'java.util.Map');
    if (Array.isArray(value)) return group('List.of(', value.map((x) => this.json(x)), ')');
    const entries = Object.entries(value);
    // Map.of takes at most 10 pairs; Map.ofEntries any number.
    if (entries.length <= 10) return group('Map.of(', entries.flatMap(([k, x]) => [javaString(k), this.json(x)]), ')');
    return group('Map.ofEntries(', entries.map(([k, x]) => group(`Map.entry(${javaString(k)}, `, [this.json(x)], ')')), ')');
  }

  /** `Type.builder().a(x).b(y).build()` (structs) or `Type.Builder.create(args).a(x).build()` (classes). */
  builder(head: Doc, fields: [string, Expr][]): Doc {
    return { k: 'chain', head, links: [...fields.map(([k, f]) => group(`.${k}(`, [this.expr(f)], ')')), '.build()'] };
  }

  args(args: Expr[]): Doc[] {
    return args.map((a) => this.expr(a));
  }

  expr(e: Expr): Doc {
    switch (e.k) {
      case 'string':
        return javaString(e.value);
      case 'number':
        return javaNumber(e.value);
      case 'bool':
        return String(e.value);
      case 'json':
        return this.json(e.value);
      case 'jsonText':
        return javaString(JSON.stringify(e.value));
      case 'enum':
        return `${this.type(e.module, e.type)}.${e.member}`;
      case 'staticProp':
        return `${this.type(e.module, e.type)}.${e.name}`;
      case 'var':
        return this.names.get(e.name);
      case 'this':
        return 'this';
      case 'new': {
        const last = e.args[e.args.length - 1];
        const type = this.type(e.module, e.type);
        if (last?.k === 'struct') return this.builder(group(`${type}.Builder.create(`, this.args(e.args.slice(0, -1)), ')'), last.fields);
        return group(`new ${type}(`, this.args(e.args), ')');
      }
      case 'static':
        return group(`${this.type(e.module, e.type)}.${e.method}(`, this.args(e.args), ')');
      case 'call':
        return prefixed(flatTarget(this.expr(e.target)), group(`.${e.method}(`, this.args(e.args), ')'));
      case 'prop':
        return `${flatTarget(this.expr(e.target))}.get${upperFirst(e.name)}()`;
      case 'struct':
        return this.builder(`${this.type(e.module, e.type)}.builder()`, e.fields);
      case 'list':
        this.imports.add('java.util.List');
        return group('List.of(', e.items.map((x) => this.expr(x)), ')');
    }
  }
}

function flatTarget(doc: Doc): string {
  return layout(doc, '', '', 0, Number.MAX_SAFE_INTEGER);
}

const BODY = INDENT + INDENT;

/** The Java package of the app (`com.myorg`, as `cdk init` names it). */
export const JAVA_APP_PACKAGE = 'com.myorg';

export function javaStackFileName(design: Design): string {
  return `${stackClassName(design.stackName)}.java`;
}

export function renderCdkJavaStack(design: Design, program: CdkProgram = buildCdkProgram(design)): string {
  const p = new Printer();
  const cls = stackClassName(design.stackName);
  const body: string[] = [];
  const put = (prefix: string, doc: Doc) => body.push(BODY + layout(prefixed(prefix, doc), BODY, INDENT, BODY.length) + ';');
  for (const s of program.statements) {
    if (s.k === 'const') put(`var ${p.names.get(s.name)} = `, p.expr(s.value));
    else if (s.k === 'expr') put('', p.expr(s.value));
    else if (s.k === 'setL1') {
      const cfn = p.type(s.module, s.cfnType);
      put('', group(`((${cfn}) ${p.names.get(s.target)}.getNode().getDefaultChild()).set${upperFirst(s.prop)}(`, [p.expr(s.value)], ')'));
    } else if (s.k === 'comment') body.push(`${BODY}// ${s.text}`);
    else body.push('');
  }
  p.imports.add('software.amazon.awscdk.Stack');
  p.imports.add('software.amazon.awscdk.StackProps');
  p.imports.add('software.constructs.Construct');
  const lines = [`package ${JAVA_APP_PACKAGE};`, ''];
  for (const i of [...p.imports].sort()) lines.push(`import ${i};`);
  lines.push('', `public class ${cls} extends Stack {`);
  lines.push(`${INDENT}public ${cls}(final Construct scope, final String id) {`, `${BODY}this(scope, id, null);`, `${INDENT}}`, '');
  lines.push(`${INDENT}public ${cls}(final Construct scope, final String id, final StackProps props) {`);
  lines.push(`${BODY}super(scope, id, props);`);
  if (program.description !== undefined) {
    // Java has no object spread: the description the TypeScript passes with the props is set on
    // the template options, which is where the Stack constructor puts it.
    lines.push(`${BODY}if (props == null || props.getDescription() == null) {`);
    lines.push(`${BODY}${INDENT}this.getTemplateOptions().setDescription(${javaString(program.description)});`, `${BODY}}`);
  }
  if (body.length > 0) lines.push('', ...body);
  lines.push(`${INDENT}}`, '}');
  return lines.join('\n') + '\n';
}

export function javaAppClassName(design: Design): string {
  return `${pascalCase(stackClassName(design.stackName).replace(/Stack$/, '')) || 'Ecr'}App`;
}

export function renderCdkJavaApp(design: Design): string {
  const app = javaAppClassName(design);
  return [
    `package ${JAVA_APP_PACKAGE};`,
    '',
    'import software.amazon.awscdk.App;',
    '',
    `public class ${app} {`,
    `${INDENT}public static void main(final String[] args) {`,
    `${BODY}App app = new App();`,
    '',
    `${BODY}new ${stackClassName(design.stackName)}(app, ${javaString(design.stackName)});`,
    '',
    `${BODY}app.synth();`,
    `${INDENT}}`,
    '}',
    '',
  ].join('\n');
}

const json = (v: unknown) => JSON.stringify(v, undefined, 2) + '\n';

function pom(design: Design): string {
  const artifact = 'ecr-app';
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">
    <modelVersion>4.0.0</modelVersion>

    <groupId>${JAVA_APP_PACKAGE}</groupId>
    <artifactId>${artifact}</artifactId>
    <version>0.1</version>

    <properties>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        <cdk.version>${AWS_CDK_LIB_VERSION}</cdk.version>
        <constructs.version>[${CONSTRUCTS_VERSION},11.0.0)</constructs.version>
    </properties>

    <build>
        <plugins>
            <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.11.0</version>
                <configuration>
                    <release>17</release>
                </configuration>
            </plugin>

            <plugin>
                <groupId>org.codehaus.mojo</groupId>
                <artifactId>exec-maven-plugin</artifactId>
                <version>3.1.0</version>
                <configuration>
                    <mainClass>${JAVA_APP_PACKAGE}.${javaAppClassName(design)}</mainClass>
                </configuration>
            </plugin>
        </plugins>
    </build>

    <dependencies>
        <dependency>
            <groupId>software.amazon.awscdk</groupId>
            <artifactId>aws-cdk-lib</artifactId>
            <version>\${cdk.version}</version>
        </dependency>

        <dependency>
            <groupId>software.constructs</groupId>
            <artifactId>constructs</artifactId>
            <version>\${constructs.version}</version>
        </dependency>
    </dependencies>
</project>
`;
}

export function renderCdkJavaProjectFiles(design: Design): Record<string, string> {
  const dir = `src/main/java/${JAVA_APP_PACKAGE.replace(/\./g, '/')}`;
  return {
    'pom.xml': pom(design),
    'cdk.json': json({
      app: 'mvn -e -q compile exec:java',
      watch: { include: ['**'], exclude: ['README.md', 'cdk*.json', 'target', 'pom.xml', 'src/test'] },
      context: CDK_INIT_CONTEXT,
    }),
    [`${dir}/${javaAppClassName(design)}.java`]: renderCdkJavaApp(design),
    [`${dir}/${javaStackFileName(design)}`]: renderCdkJavaStack(design),
    '.gitignore': '.classpath.txt\ntarget\n.classpath\n.project\n.idea\n.settings\n.vscode\n*.iml\n\n# CDK asset staging directory\n.cdk.staging\ncdk.out\n',
    'README.md': `# ${design.stackName}

Generated by ECR Designer. A CDK app (Java, Maven) with one stack, \`${stackClassName(design.stackName)}\`
(\`${dir}/${javaStackFileName(design)}\`).

    mvn package
    npx aws-cdk synth    # prints the CloudFormation template

\`aws-cdk-lib\` is pinned to ${AWS_CDK_LIB_VERSION} and \`cdk.json\` carries the feature flags of \`cdk init\` for that version.
`,
  };
}
