/**
 * Stable React keys (and dnd-kit ids) for lifecycle rules, which have no ids of their own.
 * Edits replace only the rule they touch and moves keep the rule objects, so a rule object keeps its
 * key; an edited rule (a new object) inherits the key of the rule that stood at its position before.
 * Keys are remembered per rule object, so undo brings back the keys of the rules it restores.
 */
import type { LifecycleRule } from '@ecr-designer/model';

export class RuleKeys {
  private readonly byRule = new WeakMap<LifecycleRule, string>();
  private previous: string[] = [];
  private counter = 0;

  keysFor(rules: readonly LifecycleRule[]): string[] {
    const known = rules.map((r) => this.byRule.get(r));
    const used = new Set(known.filter((k): k is string => k !== undefined));
    const keys = rules.map((rule, i) => {
      let key = known[i];
      if (key === undefined) {
        const inherited = this.previous[i];
        key = inherited !== undefined && !used.has(inherited) ? inherited : `rule-${++this.counter}`;
        used.add(key);
      }
      this.byRule.set(rule, key);
      return key;
    });
    this.previous = keys;
    return keys;
  }
}
