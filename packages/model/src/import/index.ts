/**
 * Importing what users already have: one entry point, `importText`, for pasted or dropped text.
 * It reads JSON or YAML (import/text.ts, bounded), recognises what the data is and hands it to the
 * importer for that kind:
 *
 * | kind                    | recognised by                                   | importer                     |
 * | ----------------------- | ----------------------------------------------- | ---------------------------- |
 * | `cloudformation`        | `Resources` or `AWSTemplateFormatVersion`        | cloudformation.ts            |
 * | `design`                | `version` with `stackName` or `repositories`    | `importDesignValue` (below)  |
 * | `get-lifecycle-policy`  | `lifecyclePolicyText`                           | aws-cli.ts                   |
 * | `lifecycle-policy`      | a `rules` list                                  | aws-cli.ts                   |
 * | `describe-repositories` | a `repositories` list (no `version`)            | aws-cli.ts                   |
 *
 * Every result carries `problems`: with an `error` nothing was imported; otherwise `design` is
 * set and the warnings list what it could not hold. The app shows the problems before replacing
 * anything.
 */
import { type Design, type LifecycleRule, type Repository, design as designSchema } from '../design.ts';
import { checkDesignValue } from '../parse.ts';
import { importDescribeRepositories, importGetLifecyclePolicy, importLifecyclePolicy, isPolicyDocument } from './aws-cli.ts';
import { importCloudFormationTemplate } from './cloudformation.ts';
import { IdAllocator } from './ids.ts';
import { type ImportProblem, isPlainObject, own } from './problems.ts';
import { type DataFormat, parseImportText } from './text.ts';
import { orderKeys } from './values.ts';

export type ImportKind = 'cloudformation' | 'design' | 'get-lifecycle-policy' | 'lifecycle-policy' | 'describe-repositories';

export const IMPORT_KINDS: Record<ImportKind, string> = {
  cloudformation: 'a CloudFormation template (JSON or YAML)',
  design: 'an ECR Designer design file',
  'get-lifecycle-policy': 'the output of aws ecr get-lifecycle-policy',
  'lifecycle-policy': 'a lifecycle policy (the JSON document with "rules")',
  'describe-repositories': 'the output of aws ecr describe-repositories',
};

export interface ImportOptions {
  /** The stack name of the imported design when the source has none (default `EcrStack`). */
  stackName?: string;
}

export interface ImportResult {
  /** What the text was recognised as; undefined when it could not be read or recognised. */
  kind?: ImportKind;
  format?: DataFormat;
  /** The imported design; undefined when nothing could be imported (an `error` problem says why). */
  design?: Design;
  /** For lifecycle policies: the rules alone, to add to a repository of the current design. */
  lifecycleRules?: LifecycleRule[];
  problems: ImportProblem[];
}

/** What the parsed data is, or undefined. */
export function detectImportKind(value: unknown): ImportKind | undefined {
  if (!isPlainObject(value)) return undefined;
  const has = (key: string) => own(value, key) !== undefined;
  if (has('Resources') || has('AWSTemplateFormatVersion')) return 'cloudformation';
  if (has('version') && (has('stackName') || has('repositories'))) return 'design';
  if (has('lifecyclePolicyText')) return 'get-lifecycle-policy';
  if (isPolicyDocument(value)) return 'lifecycle-policy';
  if (Array.isArray(own(value, 'repositories'))) return 'describe-repositories';
  return undefined;
}

/** A design file (any supported format version): migrated, then checked like a saved design. */
export function importDesignValue(value: unknown): { design?: Design; problems: ImportProblem[] } {
  const result = checkDesignValue(value);
  if (result.design) return { design: result.design, problems: [] };
  return {
    problems: result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ path: d.path, severity: 'error' as const, code: d.code, message: d.message })),
  };
}

/** Reads, recognises and imports a pasted or dropped text. Never throws. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseImportText(text);
  if (!parsed.ok) return parsed.format ? { format: parsed.format, problems: parsed.problems } : { problems: parsed.problems };
  const kind = detectImportKind(parsed.value);
  if (!kind) {
    const expected = Object.values(IMPORT_KINDS).join(', ');
    return {
      format: parsed.format,
      problems: [
        ...parsed.problems,
        {
          path: '',
          severity: 'error',
          code: 'ImportUnrecognized',
          message: `This ${parsed.format === 'json' ? 'JSON' : 'YAML'} is none of what ECR Designer imports: ${expected}.`,
        },
      ],
    };
  }
  const result = importValue(kind, parsed.value, options);
  const out: ImportResult = { kind, format: parsed.format, problems: [...parsed.problems, ...result.problems] };
  if (result.design) out.design = result.design;
  if (result.lifecycleRules) out.lifecycleRules = result.lifecycleRules;
  return out;
}

/** Imports parsed data of a known kind. */
export function importValue(kind: ImportKind, value: unknown, options: ImportOptions = {}): Omit<ImportResult, 'kind' | 'format'> {
  switch (kind) {
    case 'cloudformation':
      return importCloudFormationTemplate(value, options);
    case 'design':
      return importDesignValue(value);
    case 'get-lifecycle-policy':
      return importGetLifecyclePolicy(value, options);
    case 'lifecycle-policy':
      return importLifecyclePolicy(value, options);
    case 'describe-repositories':
      return importDescribeRepositories(value, options);
  }
}

/** A copy of `value` without its `id`, as JSON: what makes two principals the same. */
function withoutId(value: { id: string }): string {
  const { id: _id, ...rest } = value;
  return JSON.stringify(rest);
}

/**
 * "Add" rather than "replace": the imported design joins the current one. Its repositories,
 * principals, topics and imported resources keep their ids unless they clash with the design's
 * (then they get a number, and every reference to them follows: grants, policy statements, event
 * rule targets, token grants); a principal equal to one the design already has (same type and
 * settings) is that one. The current design's stack name and description stay.
 */
export function addImportedDesign(current: Design, imported: Design): Design {
  const taken = [
    ...current.repositories.map((r) => r.id),
    ...(current.principals ?? []).map((p) => p.id),
    ...(current.topics ?? []).map((t) => t.id),
    ...(current.imports ?? []).map((i) => i.id),
  ];
  const ids = new IdAllocator(taken);
  const principalIds = new Map<string, string>();
  const principals = [...(current.principals ?? [])];
  const existing = new Map(principals.map((p) => [withoutId(p), p.id]));
  for (const p of imported.principals ?? []) {
    const same = existing.get(withoutId(p));
    if (same !== undefined && p.type !== 'User' && p.type !== 'Role') {
      principalIds.set(p.id, same);
      continue;
    }
    const id = ids.take(p.id);
    principalIds.set(p.id, id);
    principals.push({ ...p, id });
  }
  const topicIds = new Map<string, string>();
  const topics = [...(current.topics ?? []), ...(imported.topics ?? []).map((t) => {
    const id = ids.take(t.id);
    topicIds.set(t.id, id);
    return { ...t, id };
  })];
  const importIds = new Map<string, string>();
  const imports = [...(current.imports ?? []), ...(imported.imports ?? []).map((i) => {
    const id = ids.take(i.id);
    importIds.set(i.id, id);
    return { ...i, id };
  })];
  const principal = (id: string) => principalIds.get(id) ?? id;
  const repositories: Repository[] = imported.repositories.map((r) => {
    const out: Repository = { ...r, id: ids.take(r.id) };
    if (r.grants) out.grants = r.grants.map((g) => ({ ...g, grantee: principal(g.grantee) }));
    if (r.resourcePolicyStatements) {
      out.resourcePolicyStatements = r.resourcePolicyStatements.map((st) => (st.principals ? { ...st, principals: st.principals.map(principal) } : st));
    }
    if (r.eventRules) {
      out.eventRules = r.eventRules.map((rule) =>
        rule.targets
          ? {
              ...rule,
              targets: rule.targets.map((t) =>
                t.type === 'SnsTopic' ? { ...t, topic: topicIds.get(t.topic) ?? importIds.get(t.topic) ?? t.topic } : t.type === 'SqsQueue' ? { ...t, queue: importIds.get(t.queue) ?? t.queue } : { ...t, handler: importIds.get(t.handler) ?? t.handler },
              ),
            }
          : rule,
      );
    }
    return out;
  });
  const out: Design = { ...current, repositories: [...current.repositories, ...repositories] };
  if (principals.length > 0) out.principals = principals;
  if (topics.length > 0) out.topics = topics;
  if (imports.length > 0) out.imports = imports;
  const tokens = [...(current.authorizationTokenGrants ?? []), ...(imported.authorizationTokenGrants ?? []).map((g) => ({ ...g, grantee: principal(g.grantee) }))];
  if (tokens.length > 0) out.authorizationTokenGrants = tokens;
  return orderKeys(out, designSchema.keys);
}
