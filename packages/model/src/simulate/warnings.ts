/**
 * What the lifecycle policy alone says, before any image is looked at: rules that can never act,
 * tag lists read as OR although ECR reads them as AND, and count rules that can remove the image
 * tagged `latest`. Each warning is sound: it is only given when the policy really allows it.
 */
import type { LifecycleRule, TagStatus } from '../design.ts';
import { evaluationOrder, orderLifecycleRules } from '../lifecycle/order.ts';
import { ruleCount } from '../lifecycle/policy.ts';
import { ruleLabel } from './explain.ts';
import { compilePattern, patternIncludes, patternMatchesEverything, prefixAsPattern } from './match.ts';
import type { PolicyWarning } from './types.ts';

interface RuleView {
  priority: number;
  index: number;
  rule: LifecycleRule;
  status: TagStatus;
  storage: 'STANDARD' | 'ARCHIVE';
  label: string;
  /**
   * TAGGED rules: every filter as a pattern (a prefix `p` is `p*`); undefined when a filter can
   * never match (a prefix with a literal `*`) or there is none: such a rule selects nothing.
   */
  patterns?: string[];
  verb: 'expire' | 'archive';
}

function view(priority: number, index: number, rule: LifecycleRule, status: TagStatus): RuleView {
  const v: RuleView = {
    priority,
    index,
    rule,
    status,
    storage: rule.storageClass ?? 'STANDARD',
    label: ruleLabel(priority, rule, status),
    verb: rule.action === 'TRANSITION' ? 'archive' : 'expire',
  };
  if (status === 'TAGGED') {
    const patterns = [...(rule.tagPrefixList ?? []).map(prefixAsPattern), ...(rule.tagPatternList ?? [])];
    if (patterns.length > 0 && patterns.every((p) => p !== undefined)) v.patterns = patterns as string[];
  }
  return v;
}

/** Every image `lower` selects is selected by `higher` too (same storage class assumed). */
function covers(higher: RuleView, lower: RuleView): boolean {
  if (higher.status === 'ANY') return true;
  if (higher.status === 'UNTAGGED') return lower.status === 'UNTAGGED';
  if (lower.status !== 'TAGGED' || !higher.patterns || !lower.patterns) return false;
  // An image matching every filter of `lower` matches every filter of `higher` when each filter of
  // `higher` includes some filter of `lower` (the tag matching that one matches it too).
  const specific = lower.patterns;
  return higher.patterns.every((g) => specific.some((s) => patternIncludes(g, s)));
}

function selectsEveryTaggedImage(r: RuleView): boolean {
  return r.status === 'TAGGED' && r.patterns !== undefined && r.patterns.every(patternMatchesEverything);
}

function quotedList(items: readonly string[]): string {
  const q = items.map((i) => '`' + i + '`');
  return q.length <= 2 ? q.join(' and ') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function lifecyclePolicyWarnings(rules: readonly LifecycleRule[]): PolicyWarning[] {
  const views = evaluationOrder(orderLifecycleRules(rules)).map((r) => view(r.priority, r.index, r.rule, r.tagStatus));
  const out: PolicyWarning[] = [];
  const warn = (r: RuleView, code: PolicyWarning['code'], message: string) => out.push({ code, index: r.index, priority: r.priority, message });

  views.forEach((lower, j) => {
    const above = views.slice(0, j).filter((h) => h.storage === lower.storage);
    if (lower.status === 'TAGGED' && !lower.patterns) return; // selects nothing: validation says so
    // 1. A rule whose every image a higher-priority rule selects.
    const coverer = above.find((h) => covers(h, lower));
    if (coverer) {
      warn(lower, 'RuleNeverActs',
        `${capital(lower.label)} can never act: every image it selects is also selected by ${coverer.label}, which comes first, and a lower-priority rule cannot expire or archive those images.`);
    } else if (lower.status === 'ANY') {
      const untagged = above.find((h) => h.status === 'UNTAGGED');
      const tagged = above.find(selectsEveryTaggedImage);
      if (untagged && tagged) {
        warn(lower, 'RuleNeverActs',
          `${capital(lower.label)} can never act: ${untagged.label} selects every untagged image and ${tagged.label} every tagged one, both first, and a lower-priority rule cannot expire or archive those images.`);
      }
    }

    // 2. A tag list of several entries is AND: images with only some of the tags are not selected.
    if (lower.status === 'TAGGED' && lower.patterns && lower.patterns.length > 1) {
      const any = views.slice(j + 1).find((l) => l.status === 'ANY' && l.storage === lower.storage);
      if (any) {
        const list = lower.rule.tagPatternList?.length ? lower.rule.tagPatternList : (lower.rule.tagPrefixList ?? []);
        warn(lower, 'TagListIsAnd',
          `${capital(lower.label)} selects only images with tags matching all of ${quotedList(list)}, not any one of them: an image with only some of those tags is not protected by it, and ${any.label} can ${any.verb} it. To cover each, use one rule per ${lower.rule.tagPatternList?.length ? 'pattern' : 'prefix'}.`);
      }
    }

    // 3. A count rule that can reach the image tagged `latest`.
    const { countType, countNumber } = ruleCount(lower.rule);
    if (countType !== 'imageCountMoreThan' || countNumber === undefined || countNumber < 1 || lower.storage !== 'STANDARD') return;
    const reachesLatest = lower.status === 'ANY' || (lower.status === 'TAGGED' && (lower.patterns ?? []).some((p) => compilePattern(p)('latest')));
    if (!reachesLatest) return;
    // A selection of exactly the tag `latest` holds one image at most, which a count of 1 keeps.
    if (lower.status === 'TAGGED' && (lower.patterns ?? []).every((p) => p === 'latest')) return;
    const protector = above.find((h) => h.status === 'TAGGED' && h.patterns !== undefined && h.patterns.every((p) => compilePattern(p)('latest')));
    if (protector) return;
    warn(lower, 'CountRuleMayExpireLatest',
      `${capital(lower.label)} keeps the newest ${countNumber} images it selects by push time and will ${lower.verb} the others, including the image tagged \`latest\` once ${countNumber} newer images were pushed without moving \`latest\` (builds, other branches). To keep it, add a higher-priority rule selecting \`latest\` (tagPatternList ['latest'], maxImageCount 1).`);
  });
  return out;
}
