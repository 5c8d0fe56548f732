/**
 * A count of the Preact components rendered on the page (window.__sarRenders), for the browser tests that
 * check an update from the server re-renders only what changed, not the whole tree. Installed once; one
 * increment per component render.
 */
import { options } from "preact";

let installed = false;

/** Count every function-component render into window.__sarRenders. */
export function installRenderProbe(): void {
  if (installed) return;
  installed = true;
  const w = window as unknown as { __sarRenders: number };
  w.__sarRenders = 0;
  // Preact's render hook (options._render, "__r" in its build; @preact/signals hooks it too), called before each component renders.
  const o = options as unknown as { __r?: (vnode: unknown) => void };
  const before = o.__r;
  o.__r = (vnode) => {
    w.__sarRenders++;
    before?.(vnode);
  };
}
