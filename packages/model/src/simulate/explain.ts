/**
 * The words of the simulator: how a rule is named and how a verdict is explained, in one line a
 * person understands (e.g. "matched rule 2 `release-*` but is within the newest 5 (number 3 of 12 by
 * push time); kept").
 */
import type { LifecycleRule, TagStatus } from '../design.ts';

export const DAY = 86_400_000;

function quoted(items: readonly string[]): string {
  return items.map((i) => '`' + i + '`').join(' + ');
}

export function ruleLabel(priority: number, rule: LifecycleRule, status: TagStatus): string {
  const archived = rule.storageClass === 'ARCHIVE';
  const head = `rule ${priority}`;
  if (status === 'ANY') return `${head} (any${archived ? ', archived' : ''})`;
  if (status === 'UNTAGGED') return `${head} (untagged${archived ? ', archived' : ''})`;
  const tail = archived ? ' (archived)' : '';
  if (rule.tagPatternList?.length) return `${head} ${quoted(rule.tagPatternList)}${tail}`;
  const prefixes = rule.tagPrefixList ?? [];
  if (prefixes.length) return `${head} (prefix${prefixes.length > 1 ? 'es' : ''} ${quoted(prefixes)})${tail}`;
  return `${head} (tagged)${tail}`;
}

/**
 * An age in days for an explanation: whole days, but one decimal when the whole number would hide
 * which side of the limit it is on (14.3 days against a limit of 14).
 */
export function formatDays(ms: number, limit?: number): string {
  const d = ms / DAY;
  if (d < 0) return 'in the future';
  const whole = Math.floor(d);
  if (d < 1 || (limit !== undefined && whole === limit)) {
    const one = d.toFixed(1);
    return `${one} ${one === '1.0' ? 'day' : 'days'}`;
  }
  return `${whole} ${whole === 1 ? 'day' : 'days'}`;
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function shortDigest(digest: string): string {
  const hex = digest.startsWith('sha256:') ? digest.slice(7) : digest;
  return `sha256:${hex.slice(0, 12)}`;
}
