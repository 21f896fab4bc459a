import { type FunctionComponent, memo } from 'react';

/**
 * Memoizes a component that shows some fields of one object prop (a repository, a rule): it
 * re-renders when one of `fields` of `props[objectProp]` changes or any other prop does (compared
 * with Object.is), not when another field of the object is edited. Callers type the object prop as
 * a `Pick` of those fields, so the component cannot read (or capture in a callback) a field that is
 * not compared.
 */
export function memoOnFields<P extends object, O extends keyof P>(objectProp: O, fields: readonly (keyof P[O])[], Component: FunctionComponent<P>) {
  const same = (a: P, b: P) =>
    fields.every((f) => a[objectProp][f] === b[objectProp][f]) &&
    Object.keys(a).length === Object.keys(b).length &&
    (Object.keys(a) as (keyof P)[]).every((k) => k === objectProp || Object.is(a[k], b[k]));
  const memoized = memo(Component, same);
  memoized.displayName = Component.displayName ?? Component.name;
  return memoized;
}
