/** Host a DOM node built outside Preact (orders drawer, deals, charts) in a Preact tree without remounting its container. */
import { useLayoutEffect, useRef } from "preact/hooks";

/** Props: the node to show and the container's class. */
export interface DomSlotProps {
  node: Node | null;
  class?: string;
}

/**
 * A <div> whose only child is `node`. The container stays in place across renders, so a persistent node
 * (a form with typed values and focus) is never detached; a new node replaces the old one.
 */
export function DomSlot({ node, class: cls }: DomSlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    if (!node) {
      box.replaceChildren();
      return;
    }
    if (box.firstChild !== node || box.childNodes.length !== 1) box.replaceChildren(node);
  }, [node]);
  return <div ref={ref} class={cls ?? "slot"} />;
}
