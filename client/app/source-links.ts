/** Where a source id links to: its entry on the Sources page (views/source-line.tsx renders "Source: M7" with these links). */

/** The address of a source's entry on the Sources page. */
export function sourceHref(id: string): string {
  return `/sources#${encodeURIComponent(id)}`;
}
