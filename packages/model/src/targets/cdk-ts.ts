/**
 * CDK TypeScript: the stack file a CDK user would write by hand (L2 `ecr.Repository`, the CDK
 * enums, `Duration.days`, `Tags.of`), and a `cdk init`-style `bin/` entry point.
 *
 * The order in which properties are written is part of the contract with the validator: CDK
 * evaluates the props literal top-down and some of its checks echo the literal (see
 * validate/cdk-checks.ts).
 */
import type { CreatedKey, Design, LifecycleRule } from '../design.ts';
import { type RepositoryPlan, planRepository } from '../cdk/plan.ts';
import { VariableNames, appFileBase, stackClassName, stackFileBase } from '../cdk/names.ts';
import { CodeWriter, tsNumber, tsString } from '../writer/code-writer.ts';
import { renderPolicyDocument } from '../lifecycle/policy.ts';
import { accessImportLines, newAccessContext, repositoryHasAccessCode, writeAccessPrelude, writeAccessSuffix, writeRepositoryAccess } from '../access/cdk-code.ts';

const MAX_INLINE = 100;

/** The module an import line names (`'aws-cdk-lib/aws-ecr';`), for sorting. */
function modulePath(line: string): string {
  return line.slice(line.indexOf("'"));
}

interface Imports {
  core: Set<string>;
  ecr: boolean;
  kms: boolean;
}

function inlineList(items: string[]): string {
  return `[${items.join(', ')}]`;
}

/** `key: [a, b]` on one line when it fits, otherwise one element per line. */
function writeList(w: CodeWriter, key: string, items: string[], indentWidth: number): void {
  const one = `${key}: ${inlineList(items)},`;
  if (one.length + indentWidth <= MAX_INLINE || items.length === 0) {
    w.line(one);
    return;
  }
  w.block(`${key}: [`, () => items.forEach((i) => w.line(`${i},`)), '],');
}

function writeRule(w: CodeWriter, rule: LifecycleRule, imports: Imports, depth: number): void {
  w.block(
    '{',
    () => {
      if (rule.rulePriority !== undefined) w.line(`rulePriority: ${tsNumber(rule.rulePriority)},`);
      if (rule.description !== undefined) w.line(`description: ${tsString(rule.description)},`);
      if (rule.tagStatus !== undefined) w.line(`tagStatus: ecr.TagStatus.${rule.tagStatus},`);
      if (rule.tagPrefixList !== undefined) writeList(w, 'tagPrefixList', rule.tagPrefixList.map(tsString), (depth + 1) * 2);
      if (rule.tagPatternList !== undefined) writeList(w, 'tagPatternList', rule.tagPatternList.map(tsString), (depth + 1) * 2);
      if (rule.maxImageCount !== undefined) w.line(`maxImageCount: ${tsNumber(rule.maxImageCount)},`);
      if (rule.maxImageAgeDays !== undefined) {
        imports.core.add('Duration');
        w.line(`maxImageAge: Duration.days(${tsNumber(rule.maxImageAgeDays)}),`);
      }
    },
    '},',
  );
}

function writeKeyProps(w: CodeWriter, spec: CreatedKey): void {
  if (spec.alias !== undefined) w.line(`alias: ${tsString(spec.alias)},`);
  if (spec.description !== undefined) w.line(`description: ${tsString(spec.description)},`);
  if (spec.enableKeyRotation !== undefined) w.line(`enableKeyRotation: ${spec.enableKeyRotation},`);
}

function hasKeyProps(spec: CreatedKey): boolean {
  return spec.alias !== undefined || spec.description !== undefined || spec.enableKeyRotation !== undefined;
}

/** Writes the members of the props object literal of `new ecr.Repository(...)`. */
function writeRepositoryProps(w: CodeWriter, plan: RepositoryPlan, keyVar: string | undefined, imports: Imports): void {
  const repo = plan.repo;
  if (repo.repositoryName !== undefined) w.line(`repositoryName: ${tsString(repo.repositoryName)},`);
  if (repo.imageScanOnPush !== undefined) w.line(`imageScanOnPush: ${repo.imageScanOnPush},`);
  if (repo.imageTagMutability !== undefined) w.line(`imageTagMutability: ecr.TagMutability.${repo.imageTagMutability},`);
  if (repo.imageTagMutabilityExclusionFilters !== undefined) {
    const filters = repo.imageTagMutabilityExclusionFilters.map((f) => `ecr.ImageTagMutabilityExclusionFilter.wildcard(${tsString(f)})`);
    writeList(w, 'imageTagMutabilityExclusionFilters', filters, 6);
  }
  if (plan.l2Encryption !== undefined) w.line(`encryption: ecr.RepositoryEncryption.${plan.l2Encryption},`);
  if (plan.l2Key && keyVar) w.line(`encryptionKey: ${keyVar},`);
  if (repo.removalPolicy !== undefined) {
    imports.core.add('RemovalPolicy');
    w.line(`removalPolicy: RemovalPolicy.${repo.removalPolicy},`);
  }
  if (repo.emptyOnDelete !== undefined) w.line(`emptyOnDelete: ${repo.emptyOnDelete},`);
  if (repo.lifecycleRegistryId !== undefined && !plan.lifecycleEscapeHatch) w.line(`lifecycleRegistryId: ${tsString(repo.lifecycleRegistryId)},`);
  if (repo.lifecycleRules !== undefined && !plan.lifecycleEscapeHatch) {
    const rules = repo.lifecycleRules;
    if (rules.length === 0) w.line('lifecycleRules: [],');
    else w.block('lifecycleRules: [', () => rules.forEach((r) => writeRule(w, r, imports, 4)), '],');
  }
}

function repositoryHasProps(plan: RepositoryPlan): boolean {
  const r = plan.repo;
  return (
    r.repositoryName !== undefined ||
    r.imageScanOnPush !== undefined ||
    r.imageTagMutability !== undefined ||
    r.imageTagMutabilityExclusionFilters !== undefined ||
    plan.l2Encryption !== undefined ||
    plan.l2Key ||
    r.removalPolicy !== undefined ||
    r.emptyOnDelete !== undefined ||
    (!plan.lifecycleEscapeHatch && (r.lifecycleRegistryId !== undefined || r.lifecycleRules !== undefined))
  );
}

/** Code that follows the repository (grants, policy statements, event rules), given its variable. */
interface RepositoryFollowUp {
  needsVar: boolean;
  write(repoVar: string): void;
}

function writeRepository(w: CodeWriter, plan: RepositoryPlan, names: VariableNames, imports: Imports, followUp?: RepositoryFollowUp): void {
  const repo = plan.repo;
  let keyVar: string | undefined;
  const key = plan.key;
  if (key) {
    imports.kms = true;
    keyVar = names.take(key.constructId);
    if (key.kind === 'created') {
      if (hasKeyProps(key.spec)) {
        w.block(`const ${keyVar} = new kms.Key(this, ${tsString(key.constructId)}, {`, () => writeKeyProps(w, key.spec), '});');
      } else w.line(`const ${keyVar} = new kms.Key(this, ${tsString(key.constructId)});`);
    } else {
      w.line(`const ${keyVar} = kms.Key.fromKeyArn(this, ${tsString(key.constructId)}, ${tsString(key.arn)});`);
    }
  }

  const tags = Object.keys(repo.tags ?? {});
  const needsVar = tags.length > 0 || plan.escapeHatch !== undefined || plan.lifecycleEscapeHatch === true || followUp?.needsVar === true;
  const repoVar = needsVar ? names.take(repo.id) : undefined;
  const head = `${repoVar ? `const ${repoVar} = ` : ''}new ecr.Repository(this, ${tsString(repo.id)}`;
  if (repositoryHasProps(plan)) w.block(`${head}, {`, () => writeRepositoryProps(w, plan, keyVar, imports), '});');
  else w.line(`${head});`);

  for (const k of tags) {
    imports.core.add('Tags');
    w.line(`Tags.of(${repoVar}).add(${tsString(k)}, ${tsString((repo.tags as Record<string, string>)[k] as string)});`);
  }
  if (plan.escapeHatch) {
    const kmsKey = plan.escapeHatch.kmsKey;
    w.line('// The Repository construct cannot express KMS_DSSE: set it on the underlying CfnRepository.');
    w.block(
      `(${repoVar}.node.defaultChild as ecr.CfnRepository).encryptionConfiguration = {`,
      () => {
        w.line("encryptionType: 'KMS_DSSE',");
        if (kmsKey?.kind === 'created') w.line(`kmsKey: ${keyVar}.keyArn,`);
        else if (kmsKey?.kind === 'arn') w.line(`kmsKey: ${tsString(kmsKey.arn)},`);
      },
      '};',
    );
  }
  if (plan.lifecycleEscapeHatch) writeLifecyclePolicyHatch(w, repoVar as string, plan);
  if (followUp?.needsVar && repoVar) followUp.write(repoVar);
}

/** Indentation of the repository statements in the stack file (class body, then constructor body). */
const STATEMENT_INDENT = 4;

/** A JSON value as a TypeScript literal on one line (`{ a: 1, b: ['x'] }`). */
function inlineLiteral(value: unknown): string {
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number') return tsNumber(value);
  if (Array.isArray(value)) return inlineList(value.map(inlineLiteral));
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${inlineLiteral(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** `key: value,` on one line when it fits, otherwise objects one member per line (keys are identifiers). */
function writeLiteralMember(w: CodeWriter, key: string, value: unknown, level: number): void {
  const width = STATEMENT_INDENT + level * 2;
  const one = `${key}: ${inlineLiteral(value)},`;
  if (typeof value !== 'object' || one.length + width <= MAX_INLINE) {
    w.line(one);
    return;
  }
  if (Array.isArray(value)) {
    w.block(`${key}: [`, () => value.forEach((v) => w.line(`${inlineLiteral(v)},`)), '],');
    return;
  }
  w.block(`${key}: {`, () => Object.entries(value as Record<string, unknown>).forEach(([k, v]) => writeLiteralMember(w, k, v, level + 1)), '},');
}

/**
 * The lifecycle escape hatch: the L2 cannot express ECR's archive options, so the policy document
 * (the same one the template's LifecyclePolicyText holds, key for key) is written as an object
 * literal and set on the CfnRepository; `JSON.stringify` makes CDK's text byte-identical to ours.
 */
function writeLifecyclePolicyHatch(w: CodeWriter, repoVar: string, plan: RepositoryPlan): void {
  const doc = renderPolicyDocument(plan.repo.lifecycleRules ?? []);
  const registryId = plan.repo.lifecycleRegistryId;
  w.line('// The Repository construct cannot express archive lifecycle rules: set the policy on the underlying CfnRepository.');
  w.block(
    `(${repoVar}.node.defaultChild as ecr.CfnRepository).lifecyclePolicy = {`,
    () => {
      w.block(
        'lifecyclePolicyText: JSON.stringify({',
        () =>
          w.block(
            'rules: [',
            () => doc.rules.forEach((rule) => w.block('{', () => Object.entries(rule).forEach(([k, v]) => writeLiteralMember(w, k, v, 4)), '},')),
            '],',
          ),
        '}),',
      );
      if (registryId !== undefined) w.line(`registryId: ${tsString(registryId)},`);
    },
    '};',
  );
}

export interface CdkTsApp {
  /** `lib/<name>-stack.ts`. */
  stackFile: { path: string; content: string };
  /** `bin/<name>.ts`. */
  appFile: { path: string; content: string };
  stackClassName: string;
}

export function renderCdkStack(design: Design): string {
  const imports: Imports = { core: new Set(['Stack', 'StackProps']), ecr: design.repositories.length > 0, kms: false };
  const names = new VariableNames();
  const body = new CodeWriter();
  // Principals, topics and imports first, then each repository with its grants, statements and
  // rules, then the authorization token grants: the order access/plan.ts replays.
  const access = newAccessContext(names);
  writeAccessPrelude(body, design, access);
  design.repositories.forEach((repo, i) => {
    body.blank();
    const needsVar = repositoryHasAccessCode(design, i, access);
    writeRepository(body, planRepository(repo), names, imports, { needsVar, write: (repoVar) => writeRepositoryAccess(body, design, i, repoVar, access) });
  });
  body.blank();
  if (writeAccessSuffix(body, design, access)) imports.ecr = true;

  const w = new CodeWriter();
  const core = [...imports.core].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  w.line(`import { ${core.join(', ')} } from 'aws-cdk-lib';`);
  const moduleLines = accessImportLines(access.imports);
  if (imports.ecr) moduleLines.push("import * as ecr from 'aws-cdk-lib/aws-ecr';");
  if (imports.kms) moduleLines.push("import * as kms from 'aws-cdk-lib/aws-kms';");
  for (const l of moduleLines.sort((a, b) => (modulePath(a) < modulePath(b) ? -1 : modulePath(a) > modulePath(b) ? 1 : 0))) w.line(l);
  w.line("import { Construct } from 'constructs';");
  w.blank();
  w.block(
    `export class ${stackClassName(design.stackName)} extends Stack {`,
    () => {
      w.block(
        'constructor(scope: Construct, id: string, props?: StackProps) {',
        () => {
          if (design.description !== undefined) w.line(`super(scope, id, { description: ${tsString(design.description)}, ...props });`);
          else w.line('super(scope, id, props);');
          const text = body.toString();
          if (text.trim() !== '') {
            w.blank();
            for (const l of text.replace(/\n$/, '').split('\n')) w.line(l);
          }
        },
        '}',
      );
    },
    '}',
  );
  return w.toString();
}

export function renderCdkApp(design: Design): string {
  const w = new CodeWriter();
  w.line('#!/usr/bin/env node');
  w.line("import { App } from 'aws-cdk-lib';");
  w.line(`import { ${stackClassName(design.stackName)} } from '../lib/${stackFileBase(design.stackName)}';`);
  w.blank();
  w.line('const app = new App();');
  w.line(`new ${stackClassName(design.stackName)}(app, ${tsString(design.stackName)});`);
  return w.toString();
}

export function renderCdkTsProject(design: Design): CdkTsApp {
  return {
    stackFile: { path: `lib/${stackFileBase(design.stackName)}.ts`, content: renderCdkStack(design) },
    appFile: { path: `bin/${appFileBase(design.stackName)}.ts`, content: renderCdkApp(design) },
    stackClassName: stackClassName(design.stackName),
  };
}
