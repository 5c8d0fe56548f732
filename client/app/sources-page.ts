/**
 * The Sources page (/sources, /sources#M7): every source behind the game's figures with its id, title,
 * year and address (a plain link; nothing is loaded from outside), and the game figures that rest on
 * it with their allowed range. The registry is imported on demand, so the game's bundle stays small.
 */
import { h, mount } from "./dom";
import { go } from "./landing";

let showCurrent: (() => void) | null = null;
let listening = false;

/** Render the Sources page into `root` and show the entry named by the address's #id. */
export async function sourcesPage(root: HTMLElement): Promise<void> {
  mount(root, h("div", { class: "panel center" }, h("p", {}, "Loading the sources…")));
  const [{ SOURCES }, { FIGURE_RANGES }] = await Promise.all([import("../../shared/sources/registry"), import("../../shared/sources/ranges")]);
  const figuresOf = new Map<string, string[]>();
  for (const r of FIGURE_RANGES) {
    for (const id of r.sources) {
      const line = `${r.path}: ${r.min === r.max ? r.min : `${r.min}–${r.max}`}${r.estimate ? " (estimate)" : ""}`;
      figuresOf.set(id, [...(figuresOf.get(id) ?? []), line]);
    }
  }
  const groups = [...new Set(SOURCES.map((s) => s.group))];
  const entries = SOURCES.map((s) => {
    const figures = figuresOf.get(s.id) ?? [];
    const el = h(
      "article",
      { class: "source-entry", id: s.id, tabindex: -1, "data-search": `${s.id} ${s.title} ${s.url} ${figures.join(" ")}`.toLowerCase() },
      h("h3", {}, h("span", { class: "source-id" }, s.id), " ", s.title, h("span", { class: "muted" }, ` (${s.year ?? "n.d."})`)),
      h("p", {}, h("a", { href: s.url, rel: "noopener noreferrer", target: "_blank", class: "source-url" }, s.url)),
      figures.length
        ? h(
            "details",
            {},
            h("summary", {}, `Game figures resting on it (${figures.length})`),
            h("ul", {}, ...figures.map((f) => h("li", {}, h("code", {}, f)))),
          )
        : null,
    );
    return { group: s.group, el };
  });
  const lists = groups.map((g) =>
    h("section", { class: "panel source-group", "data-group": g }, h("h2", {}, g), ...entries.filter((e) => e.group === g).map((e) => e.el)),
  );
  const notFound = h("p", { class: "warn", role: "status" });
  const count = h("span", { class: "muted", role: "status" }, `${SOURCES.length} sources`);
  const search = h("input", { type: "search", placeholder: "Search by id, title, address or figure", "aria-label": "Search the sources" });
  search.addEventListener("input", () => {
    const q = search.value.trim().toLowerCase();
    let shown = 0;
    for (const e of entries) {
      const hit = !q || (e.el.dataset.search ?? "").includes(q);
      e.el.hidden = !hit;
      if (hit) shown++;
    }
    for (const l of lists) l.hidden = ![...l.querySelectorAll<HTMLElement>(".source-entry")].some((x) => !x.hidden);
    count.textContent = q ? `${shown} of ${SOURCES.length} sources` : `${SOURCES.length} sources`;
  });
  mount(
    root,
    h(
      "div",
      { class: "sources-page" },
      h(
        "header",
        { class: "turnbar" },
        h("strong", {}, "Sources"),
        count,
        h("span", { class: "spacer" }),
        h("button", { class: "btn", onclick: () => go("/") }, "Home"),
      ),
      h(
        "section",
        { class: "panel" },
        h(
          "p",
          {},
          'Every figure in the game comes from this list (the fact sheet docs/sources.md). Each entry gives its id as shown in the game ("Source: M7"), its title, year and address, and the game figures that rest on it with the range the sources allow.',
        ),
        search,
        notFound,
      ),
      ...lists,
    ),
  );
  const showHash = (): void => {
    if (document.body.dataset.page !== "sources") return;
    const id = decodeURIComponent(location.hash.slice(1));
    for (const el of root.querySelectorAll(".source-entry.target")) el.classList.remove("target");
    notFound.textContent = "";
    if (!id) return;
    const el = document.getElementById(id);
    if (!el || !el.classList.contains("source-entry")) {
      notFound.textContent = `No source "${id}" in the list.`;
      return;
    }
    if (search.value) {
      search.value = "";
      search.dispatchEvent(new Event("input"));
    }
    el.classList.add("target");
    el.scrollIntoView({ block: "start" });
    el.focus({ preventScroll: true });
  };
  showCurrent = showHash;
  if (!listening) {
    window.addEventListener("hashchange", () => showCurrent?.());
    listening = true;
  }
  showHash();
}
