/**
 * A tiny layout engine for the jsii-language printers: an expression is a tree of groups (argument
 * lists, literals) and chains (Java builders); a group is written on one line when it fits in the
 * width, otherwise one item a line.
 */

export type Doc = string | Group | Chain;

export interface Group {
  k: 'group';
  open: string;
  items: Doc[];
  close: string;
  /** A space inside the brackets when on one line (`{ a }`). */
  pad?: boolean;
  /** A separator after the last item when written one item a line (Python, Go, C# initializers). */
  trailing?: boolean;
}

/** `head` followed by `.link(...)` segments; one segment a line (indented twice) when too long. */
export interface Chain {
  k: 'chain';
  head: Doc;
  links: Doc[];
}

export const group = (open: string, items: Doc[], close: string, options: { pad?: boolean; trailing?: boolean } = {}): Group => ({
  k: 'group',
  open,
  items,
  close,
  ...options,
});

export function flat(doc: Doc): string {
  if (typeof doc === 'string') return doc;
  if (doc.k === 'chain') return flat(doc.head) + doc.links.map(flat).join('');
  if (doc.items.length === 0) return doc.open + doc.close;
  const inner = doc.items.map(flat).join(', ');
  return doc.pad ? `${doc.open} ${inner} ${doc.close}` : doc.open + inner + doc.close;
}

/**
 * The text of `doc` starting at column `column` of a line indented by `indent`; continuation lines
 * are indented with `unit` per level.
 */
export function layout(doc: Doc, indent: string, unit: string, column: number, width = 100): string {
  const one = flat(doc);
  if (typeof doc === 'string' || column + one.length <= width) return one;
  if (doc.k === 'chain') {
    const head = layout(doc.head, indent, unit, column, width);
    const inner = indent + unit + unit;
    return head + doc.links.map((l) => '\n' + inner + layout(l, inner, unit, inner.length, width)).join('');
  }
  if (doc.items.length === 0) return one;
  const inner = indent + unit;
  const lines = doc.items.map((item, i) => {
    const last = i === doc.items.length - 1;
    return inner + layout(item, inner, unit, inner.length, width) + (last && !doc.trailing ? '' : ',');
  });
  return `${doc.open}\n${lines.join('\n')}\n${indent}${doc.close}`;
}

/** `prefix` written right before `doc` (`name=` before a call, `new ` before a type). */
export function prefixed(prefix: string, doc: Doc): Doc {
  if (typeof doc === 'string') return prefix + doc;
  if (doc.k === 'chain') return { ...doc, head: prefixed(prefix, doc.head) };
  return { ...doc, open: prefix + doc.open };
}

/** `suffix` written right after `doc`. */
export function suffixed(doc: Doc, suffix: string): Doc {
  if (typeof doc === 'string') return doc + suffix;
  if (doc.k === 'chain') {
    const last = doc.links[doc.links.length - 1];
    return last === undefined ? { ...doc, head: suffixed(doc.head, suffix) } : { ...doc, links: [...doc.links.slice(0, -1), suffixed(last, suffix)] };
  }
  return { ...doc, close: doc.close + suffix };
}
