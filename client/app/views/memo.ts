/**
 * Components that skip a render when what they read has not changed. The read model keeps the identity
 * of its unchanged parts across server updates (client/net/share.ts), so comparing the parts a panel
 * reads by identity tells whether it must render again. Signals a panel reads still re-render it directly.
 */
import { Component, h } from "preact";
import type { ComponentChildren, FunctionComponent, VNode } from "preact";

/** True when `a` and `b` have the same keys with identical values. */
export function shallowSame(a: object, b: object): boolean {
  const x = a as Record<string, unknown>,
    y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => x[k] === y[k]);
}

/** True when two children are the same: identical, or elements of the same type and key with shallow-same props. */
export function sameChild(a: ComponentChildren, b: ComponentChildren): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) || Array.isArray(b)) return false;
  const va = a as VNode<object>,
    vb = b as VNode<object>;
  return va.type === vb.type && va.key === vb.key && shallowSame(va.props, vb.props);
}

/** `C` rendered only when `same(previous props, next props)` is false (shallow identity of every prop by default). */
export function memoBy<P extends object>(C: FunctionComponent<P>, same: (a: P, b: P) => boolean = shallowSame): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !same(this.props, next);
    }
    override render(props: P) {
      return h(C as FunctionComponent<object>, props);
    }
  }
  (Memo as unknown as { displayName: string }).displayName = `Memo(${C.displayName ?? C.name})`;
  return Memo as unknown as FunctionComponent<P>;
}
