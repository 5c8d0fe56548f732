/**
 * The Sources page (/sources, /sources#M7): every source behind the game's figures with its id, title,
 * year and address (a plain link; nothing is loaded from outside), and the game figures that rest on
 * it with their allowed range. The registry is imported on demand, so the game's bundle stays small.
 * A Preact root: the search text and the address's #id are signals; the hashchange listener lives as long as the page.
 */
import { useEffect, useLayoutEffect, useMemo } from "preact/hooks";
import { useSignal } from "@preact/signals";
import type { SourceRecord } from "../../shared/sources/registry";
import { go } from "./landing";
import { mountPage } from "./page-root";
import type { PageHandle } from "./page-root";

/** The registry and, per source id, the game figures resting on it ("path: min–max (estimate)"). */
interface Loaded {
  sources: readonly SourceRecord[];
  figuresOf: Map<string, string[]>;
}

/** The id named by the address (#M7), or "". */
const hashId = (): string => decodeURIComponent(location.hash.slice(1));

/** One source: id, title, year, address, and the figures resting on it (folded). */
function Entry({ s, figures, hidden, target }: { s: SourceRecord; figures: string[]; hidden: boolean; target: boolean }) {
  return (
    <article class={`source-entry${target ? " target" : ""}`} id={s.id} tabIndex={-1} hidden={hidden}>
      <h3>
        <span class="source-id">{s.id}</span> {s.title}
        <span class="muted">{` (${s.year ?? "n.d."})`}</span>
      </h3>
      <p>
        <a href={s.url} rel="noopener noreferrer" target="_blank" class="source-url">
          {s.url}
        </a>
      </p>
      {figures.length ? (
        <details>
          <summary>{`Game figures resting on it (${figures.length})`}</summary>
          <ul>
            {figures.map((f, i) => (
              <li key={i}>
                <code>{f}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}

/** The list with its search; the address's #id is highlighted, scrolled to and focused (the search cleared first). */
function SourcesList({ sources, figuresOf }: Loaded) {
  const query = useSignal("");
  const target = useSignal(hashId());
  const searchText = useMemo(
    () => new Map(sources.map((s) => [s.id, `${s.id} ${s.title} ${s.url} ${(figuresOf.get(s.id) ?? []).join(" ")}`.toLowerCase()])),
    [sources, figuresOf],
  );
  const known = (id: string): boolean => sources.some((s) => s.id === id);
  useEffect(() => {
    const onHash = (): void => {
      if (document.body.dataset.page !== "sources") return;
      const id = hashId();
      if (id && known(id)) query.value = "";
      target.value = id;
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  useLayoutEffect(() => {
    const id = target.value;
    if (!id || !known(id)) return;
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: "start" });
    el?.focus({ preventScroll: true });
  }, [target.value]);
  const q = query.value.trim().toLowerCase();
  const hit = (s: SourceRecord): boolean => !q || (searchText.get(s.id) ?? "").includes(q);
  const shown = sources.filter(hit).length;
  const id = target.value;
  const groups = [...new Set(sources.map((s) => s.group))];
  return (
    <div class="sources-page">
      <header class="turnbar">
        <strong>Sources</strong>
        <span class="muted" role="status">
          {q ? `${shown} of ${sources.length} sources` : `${sources.length} sources`}
        </span>
        <span class="spacer" />
        <button class="btn" onClick={() => go("/")}>
          Home
        </button>
      </header>
      <section class="panel">
        <p>
          Every figure in the game comes from this list (the fact sheet docs/sources.md). Each entry gives its id as shown in the game ("Source: M7"), its
          title, year and address, and the game figures that rest on it with the range the sources allow.
        </p>
        <input
          type="search"
          placeholder="Search by id, title, address or figure"
          aria-label="Search the sources"
          value={query.value}
          onInput={(e) => (query.value = e.currentTarget.value)}
        />
        <p class="warn" role="status">
          {id && !known(id) ? `No source "${id}" in the list.` : ""}
        </p>
      </section>
      {groups.map((g) => {
        const mine = sources.filter((s) => s.group === g);
        return (
          <section key={g} class="panel source-group" data-group={g} hidden={!mine.some(hit)}>
            <h2>{g}</h2>
            {mine.map((s) => (
              <Entry key={s.id} s={s} figures={figuresOf.get(s.id) ?? []} hidden={!hit(s)} target={s.id === id} />
            ))}
          </section>
        );
      })}
    </div>
  );
}

/** The page: "Loading the sources…" until the registry is imported, then the list. */
function SourcesPage() {
  const loaded = useSignal<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([import("../../shared/sources/registry"), import("../../shared/sources/ranges")]).then(([{ SOURCES }, { FIGURE_RANGES }]) => {
      const figuresOf = new Map<string, string[]>();
      for (const r of FIGURE_RANGES) {
        for (const id of r.sources) {
          const line = `${r.path}: ${r.min === r.max ? r.min : `${r.min}–${r.max}`}${r.estimate ? " (estimate)" : ""}`;
          figuresOf.set(id, [...(figuresOf.get(id) ?? []), line]);
        }
      }
      if (live) loaded.value = { sources: SOURCES, figuresOf };
    });
    return () => {
      live = false;
    };
  }, []);
  if (!loaded.value)
    return (
      <div class="panel center">
        <p>Loading the sources…</p>
      </div>
    );
  return <SourcesList sources={loaded.value.sources} figuresOf={loaded.value.figuresOf} />;
}

/** Render the Sources page into `root` and show the entry named by the address's #id. */
export function sourcesPage(root: HTMLElement): PageHandle {
  return mountPage(root, <SourcesPage />, "sources-host");
}
