/**
 * What the app's table of verdicts needs besides the simulation: filtering by verdict, sorting by
 * a column, and the way sizes, times and digests are written. Pure and deterministic (UTC).
 */
import type { LifecycleRule } from '../design.ts';
import { formatPath } from '../diagnostics.ts';
import { criterionOf, ruleCriteria } from '../ui/rule-criteria.ts';
import { plural } from './explain.ts';
import type { ReplayStep } from './replay.ts';
import type { ImageVerdict, PolicyWarning, Verdict } from './types.ts';

export type VerdictFilter = 'all' | Verdict;

export const verdictFilterLabels: Record<VerdictFilter, string> = { all: 'All', kept: 'Kept', expired: 'Expired', archived: 'Archived' };

export type VerdictSortKey = 'tags' | 'digest' | 'pushed' | 'lastPulled' | 'size' | 'storage' | 'verdict' | 'rule';

/** The table's columns, the verdict first (what a narrow view must show). */
export const verdictColumns: { key: VerdictSortKey; label: string }[] = [
  { key: 'verdict', label: 'Verdict' },
  { key: 'rule', label: 'Rule' },
  { key: 'tags', label: 'Tags' },
  { key: 'digest', label: 'Digest' },
  { key: 'pushed', label: 'Pushed' },
  { key: 'lastPulled', label: 'Last pulled' },
  { key: 'size', label: 'Size' },
  { key: 'storage', label: 'Storage' },
];

export interface VerdictSort {
  key: VerdictSortKey;
  direction: 'asc' | 'desc';
}

/** Newest push first: what a person looks at first. */
export const DEFAULT_VERDICT_SORT: VerdictSort = { key: 'pushed', direction: 'desc' };

const VERDICT_ORDER: Record<Verdict, number> = { expired: 0, archived: 1, kept: 2 };

function compareBy(key: VerdictSortKey): (a: ImageVerdict, b: ImageVerdict) => number {
  switch (key) {
    case 'tags':
      return (a, b) => cmpText(a.image.tags.join(' '), b.image.tags.join(' '));
    case 'digest':
      return (a, b) => cmpText(a.image.digest, b.image.digest);
    case 'pushed':
      return (a, b) => a.image.pushedAt - b.image.pushedAt;
    case 'lastPulled':
      // Never pulled sorts before any pull.
      return (a, b) => (a.image.lastPulledAt ?? -Infinity) - (b.image.lastPulledAt ?? -Infinity) || 0;
    case 'size':
      return (a, b) => a.image.sizeBytes - b.image.sizeBytes;
    case 'storage':
      return (a, b) => cmpText(a.image.storage, b.image.storage);
    case 'verdict':
      return (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict];
    case 'rule':
      // Undecided images (no rule) last.
      return (a, b) => (a.rulePriority ?? Infinity) - (b.rulePriority ?? Infinity) || 0;
  }
}

function cmpText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The rows the table shows: the verdicts of `filter`, ordered by `sort` (ties keep input order,
 * in both directions, so a sort is stable and repeatable).
 */
export function verdictRows(verdicts: readonly ImageVerdict[], filter: VerdictFilter, sort: VerdictSort): ImageVerdict[] {
  const rows = filter === 'all' ? verdicts.map((v, i) => ({ v, i })) : verdicts.flatMap((v, i) => (v.verdict === filter ? [{ v, i }] : []));
  const by = compareBy(sort.key);
  const sign = sort.direction === 'asc' ? 1 : -1;
  rows.sort((a, b) => sign * by(a.v, b.v) || a.i - b.i);
  return rows.map((r) => r.v);
}

/** Bytes in binary units, one decimal: `512 B`, `1.5 KiB`, `231.4 MiB`, `2.0 GiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return u === 0 ? `${bytes} B` : `${n.toFixed(1)} ${units[u]}`;
}

/** A time in the table: `2026-01-01 12:34 UTC`. */
export function formatTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A day of the time slider: `2026-01-01`. */
export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The digest as the table shows it: `sha256:` and the first 12 hex digits. */
export function abbreviateDigest(digest: string): string {
  const hex = digest.startsWith('sha256:') ? digest.slice(7) : digest;
  return hex.length > 12 ? `sha256:${hex.slice(0, 12)}…` : digest;
}

/**
 * The form field a policy warning is about, to take the user there: the tag filter for a rule that
 * can never act or a tag list read as AND, the amount for a count rule that can remove `latest`.
 */
export function policyWarningPath(repositoryIndex: number, warning: PolicyWarning, rule: LifecycleRule | undefined): string {
  const base: (string | number)[] = ['repositories', repositoryIndex, 'lifecycleRules', warning.index];
  if (!rule) return formatPath(base);
  if (warning.code === 'CountRuleMayExpireLatest') {
    const criterion = criterionOf(rule);
    return formatPath([...base, criterion ? ruleCriteria[criterion].field : 'maxImageCount']);
  }
  if (rule.tagPatternList?.length) return formatPath([...base, 'tagPatternList']);
  if (rule.tagPrefixList?.length) return formatPath([...base, 'tagPrefixList']);
  return formatPath([...base, 'tagStatus']);
}

/**
 * The time slider's reading of the replay at step `index`: what the repository would hold that
 * day had the policy been in place since the first push, and what the policy has done by then.
 */
export function describeReplayStep(steps: readonly ReplayStep[], index: number): string {
  const step = steps[index];
  if (!step) return '';
  let expired = 0;
  let expiredBytes = 0;
  let archived = 0;
  for (const s of steps.slice(0, index + 1)) {
    expired += s.expired;
    expiredBytes += s.expiredBytes;
    archived += s.archived;
  }
  const holds = `${plural(step.standardImages, 'image')} (${formatBytes(step.standardBytes)}) in standard storage${step.archivedImages > 0 ? ` and ${step.archivedImages} (${formatBytes(step.archivedBytes)}) in archive` : ''}`;
  const today = step.expired + step.archived === 0 ? 'that day it acts on nothing' : `that day it expires ${step.expired} and archives ${step.archived}`;
  return `Had the policy run daily since the first push, on ${formatDay(step.at)} the repository would hold ${holds}; ${today}; ${plural(expired, 'image')} (${formatBytes(expiredBytes)}) expired and ${archived} archived so far.`;
}
