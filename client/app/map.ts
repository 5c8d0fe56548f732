/**
 * The Phaser world map: Boot → Preloader (real progress bar while the world TopoJSON loads) → World.
 * Countries are real shapes (world-atlas + topojson-client, projected with d3-geo and centred on the
 * player's nation); players' nations lit in their colour with flag and letter code; data centres as markers
 * sized by MW and styled by status (online filled, building hatched, planned outline); animated flows.
 * The projection is fitted to the part of the window no panel covers (map/free-rect.ts) and refitted when
 * the layout changes. Mouse, touch and keyboard pan, zoom and inspect (map/pointer-input.ts, the text
 * alternative in map/text-alternative.ts). Land zooms with the camera; markers, flows and labels are drawn
 * in screen space by a second camera, so they keep their size and the text stays sharp at any zoom.
 * It renders; it decides nothing.
 */
import * as Phaser from "phaser";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { GameView, PublicDataCentre } from "../../shared/engine/view";
import type { Rect } from "./map/free-rect";
import { measureFreeRect } from "./map/free-rect";
import type { MapView, WorldSize } from "./map/view-transform";
import { clampView, fitPoints, frameView, panBy, scaleOf, toScreen, toWorld, zoomAt } from "./map/view-transform";
import { attachGestures } from "./map/pointer-input";
import type { MapFlow } from "./map/flows";
import { flowsOf, US_FLAG, US_ORIGIN } from "./map/flows";
import { describeDc, describeNation } from "./map/describe";
import type { TipContent } from "./map/describe";
import type { MapTooltip } from "./map/tooltip";
import { createTooltip } from "./map/tooltip";
import type { TipRoom } from "./map/tooltip";
import type { MapItem, TextAlternative } from "./map/text-alternative";
import { createTextAlternative } from "./map/text-alternative";
import { flagDataUrl } from "./map/flags";
import { pointInRings, rotationFor } from "./map/geometry";
import { placeLabels } from "./map/label-place";
import type { LabelRequest } from "./map/label-place";
import type { Ring } from "./map/geometry";
import type { MapRegions } from "./map/regions";
import { countriesOf, regionOf } from "./map/regions";

const BG = 0x0b1426;
const OCEAN = 0x0f1c33;
const LAND = 0x2b3950;
const BORDER = 0x0b1426;
const FONT = "Inter, system-ui, sans-serif";
/** How long changed markers pulse after a turn's results (ms). */
const PULSE_MS = 4000;

/** Hover details for a marker (kept for callers that listen; the map shows its own tooltip). */
export interface MapHover {
  x: number;
  y: number;
  text: string;
}

/** The phone layout (screen.css): there the map frames the player's region instead of every flow end. */
const PHONE_LAYOUT = "(max-width: 639px)";
/** The least start zoom on a phone: fitting every nation of the game farther out than this frames the player's own sites only. */
const PHONE_MIN_START_ZOOM = 1.8;

/** Options of one map: the full-window game map fits itself between the panels; an embedded one (the replay) uses its box. */
export interface MapOptions {
  fitToPanels: boolean;
}

/** Projected polygons of one country. */
interface CountryShape {
  id: string;
  name: string;
  rings: Ring[];
}

/** Collect the rings a d3 geoPath draws, instead of drawing them on a canvas. */
function ringsOf(path: ReturnType<typeof geoPath>, f: GeoJSON.Feature | { type: "Sphere" }): Ring[] {
  const rings: Ring[] = [];
  let cur: Ring = [];
  const ctx = {
    moveTo: (x: number, y: number) => {
      cur = [[x, y]];
    },
    lineTo: (x: number, y: number) => {
      cur.push([x, y]);
    },
    closePath: () => {
      if (cur.length > 2) rings.push(cur);
      cur = [];
    },
    arc: () => undefined,
    beginPath: () => undefined,
  };
  path.context(ctx as unknown as CanvasRenderingContext2D)(f as GeoJSON.Feature);
  return rings;
}

class PreloaderScene extends Phaser.Scene {
  constructor() {
    super("preloader");
  }
  preload(): void {
    const { width, height } = this.scale;
    const bar = this.add.graphics();
    const label = this.add.text(width / 2, height / 2 - 28, "Loading world map…", { fontFamily: FONT, fontSize: "16px", color: "#c9d4e5" }).setOrigin(0.5);
    this.load.on("progress", (p: number) => {
      bar.clear();
      bar.lineStyle(2, 0x56b4e9).strokeRect(width / 2 - 150, height / 2 - 8, 300, 16);
      bar.fillStyle(0x56b4e9).fillRect(width / 2 - 148, height / 2 - 6, 296 * p, 12);
      label.setText(`Loading world map… ${Math.round(p * 100)} %`);
    });
    this.load.json("world", "/map/countries-110m.json");
    this.load.json("regions", "/map/regions.json");
  }
  create(): void {
    this.scene.start("world");
  }
}

/** A marker or nation under the pointer, in screen pixels. */
interface Hotspot {
  x: number;
  y: number;
  r: number;
  item: MapItem;
}

/** A nation's label: its flag image and "KR Korea" text (or the compact "KR" where space is short), placed beside its anchor each frame. */
interface NationLabel {
  id: string;
  lonLat: [number, number];
  text: Phaser.GameObjects.Text;
  /** The letter code alone, shown instead of `text` when the full label finds no room; null when `text` is already the code. */
  compact: Phaser.GameObjects.Text | null;
  flag: Phaser.GameObjects.Image | null;
  /** The candidate place it had last frame (label-place.ts), so it does not jump while the map moves. */
  place: number;
}

/** The active full-window map, for pulseSites(). */
let mainMap: WorldScene | null = null;
const setMainMap = (scene: WorldScene | null): void => {
  mainMap = scene;
};

/**
 * Pulse the markers of these data centres (or every data centre of these nations) for a few seconds:
 * the results screen calls it with what changed this turn. Unknown ids are ignored; safe before the map exists.
 */
export function pulseSites(ids: string[], ms = PULSE_MS): void {
  mainMap?.pulse(ids, ms);
}

/** Move keyboard focus into the map's text alternative (the M shortcut). */
export function focusMap(): void {
  mainMap?.focusList();
}

/** The world scene: land on the zooming camera, everything else on a fixed overlay camera. */
export class WorldScene extends Phaser.Scene {
  private options: MapOptions = { fitToPanels: false };
  private countries: CountryShape[] = [];
  private sphere: Ring[] = [];
  private projection!: GeoProjection;
  private rotation: number | null = null;
  private worldSize: WorldSize = { w: 1000, h: 500 };
  private rect: Rect = { x: 0, y: 0, w: 800, h: 600 };
  private camView: MapView = { cx: 500, cy: 250, zoom: 1 };
  private framedFor = "";
  /** True once the player panned or zoomed: layout changes then keep their view instead of re-framing. */
  private userMoved = false;
  private land!: Phaser.GameObjects.Graphics;
  private overlay!: Phaser.GameObjects.Graphics;
  private uiLayer!: Phaser.GameObjects.Layer;
  private uiCam!: Phaser.Cameras.Scene2D.Camera;
  private labels: NationLabel[] = [];
  /** Where each data centre's marker was drawn last frame (after spreading overlapping sites). */
  private dcPoints = new Map<string, [number, number]>();
  private usLabel: Phaser.GameObjects.Text | null = null;
  /** The US flag beside the origin's label, once its texture has loaded. */
  private usFlag: Phaser.GameObjects.Image | null = null;
  private usPlace = -1;
  /** Flag codes whose texture was asked for (loaded or loading). */
  private readonly flagsAsked = new Set<string>();
  private labelSignature = "";
  private view: GameView | null = null;
  private flows: MapFlow[] = [];
  private dashOffset = 0;
  private hotspots: Hotspot[] = [];
  /** Where each nation's label (flag + text) is drawn this frame, canvas pixels: the tooltip keeps off them. */
  private labelBoxes: (Rect & { id: string })[] = [];
  private pulses = new Map<string, number>();
  private focused: MapItem | null = null;
  private pinned = false;
  private tooltip: MapTooltip | null = null;
  private alt: TextAlternative | null = null;
  private cleanups: (() => void)[] = [];
  private reducedMotion = false;
  /** Called with hover details (or null) whenever the tooltip changes. */
  onHover: (h: MapHover | null) => void = () => undefined;

  constructor() {
    super("world");
  }

  create(): void {
    this.options = (this.game.registry.get("mapOptions") as MapOptions | undefined) ?? this.options;
    this.reducedMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
    this.cameras.main.setBackgroundColor(BG);
    const worldLayer = this.add.layer();
    this.land = this.add.graphics();
    worldLayer.add(this.land);
    this.uiLayer = this.add.layer();
    this.overlay = this.add.graphics();
    this.uiLayer.add(this.overlay);
    this.uiCam = this.cameras.add(0, 0, this.scale.width, this.scale.height);
    this.cameras.main.ignore(this.uiLayer);
    this.uiCam.ignore(worldLayer);
    this.loadFlags();
    this.project(0);
    this.measure();
    this.camView = clampView({ cx: this.worldSize.w / 2, cy: this.worldSize.h / 2, zoom: 1 }, this.worldSize, this.rect);
    this.applyCamera();
    this.scale.on("resize", () => {
      this.uiCam.setSize(this.scale.width, this.scale.height);
      this.refit();
      this.syncLabels(); // a phone-narrow map labels by letter code (a no-op while the width class stays)
    });
    this.setUpInput();
    this.redrawLand();
    if (this.options.fitToPanels) setMainMap(this);
    this.events.once("shutdown", () => this.teardown());
    this.events.once("destroy", () => this.teardown());
    this.game.events.emit("world-ready", this);
  }

  private teardown(): void {
    for (const c of this.cleanups.splice(0)) c();
    if (mainMap === this) setMainMap(null);
  }

  /** Flag textures of the view's nations and the US vendors, from the shipped SVGs (added asynchronously; labels pick them up when ready). */
  private loadFlagTextures(): void {
    for (const code of [...(this.view?.nations ?? []).map((n) => n.flag.toLowerCase()), US_FLAG]) {
      // addBase64 is asynchronous: a key asked for once is not asked for again while it loads.
      if (this.flagsAsked.has(code)) continue;
      this.flagsAsked.add(code);
      const url = flagDataUrl(code, 48, 32);
      if (url && !this.textures.exists(`flag-${code}`)) this.textures.addBase64(`flag-${code}`, url);
    }
  }

  /** Load the flags now and re-create the labels whenever one arrives. */
  private loadFlags(): void {
    this.loadFlagTextures();
    // Text objects add canvas textures too: only a flag arriving re-creates the labels.
    const onAdd = (key: string): void => {
      if (!key.startsWith("flag-")) return;
      this.labelSignature = "";
      this.syncLabels();
    };
    this.textures.on("addtexture", onAdd);
    this.cleanups.push(() => this.textures.off("addtexture", onAdd));
  }

  /** Project the TopoJSON centred on `lon` (the player's nation, or the middle of the game's nations). */
  private project(lon: number): void {
    this.rotation = lon;
    const topo = this.cache.json.get("world") as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;
    const sphere = { type: "Sphere" } as const;
    const p = geoEqualEarth()
      .rotate([-lon, 0])
      .fitWidth(1000, sphere as unknown as GeoJSON.Feature);
    const b = geoPath(p).bounds(sphere as unknown as GeoJSON.Feature);
    const t = p.translate();
    p.translate([t[0] - b[0][0], t[1] - b[0][1]]);
    this.projection = p;
    this.worldSize = { w: b[1][0] - b[0][0], h: b[1][1] - b[0][1] };
    const path = geoPath(p);
    this.sphere = ringsOf(path, sphere);
    this.countries = fc.features.map((f) => ({ id: String(f.id), name: f.properties?.name ?? "", rings: ringsOf(path, f) }));
  }

  /** The visible map rectangle in canvas pixels. */
  private measure(): void {
    const canvas = this.game.canvas;
    const box = canvas.getBoundingClientRect();
    if (!this.options.fitToPanels || box.width === 0) {
      this.rect = { x: 0, y: 0, w: this.scale.width, h: this.scale.height };
      return;
    }
    const r = measureFreeRect(document);
    this.rect = { x: r.x - box.left, y: r.y - box.top, w: r.w, h: r.h };
  }

  /** Re-measure the visible rectangle and keep the same world point at its centre. */
  refit(): void {
    const before = this.rect;
    this.measure();
    if (Math.abs(before.x - this.rect.x) + Math.abs(before.y - this.rect.y) + Math.abs(before.w - this.rect.w) + Math.abs(before.h - this.rect.h) < 2) return;
    if (!this.userMoved && this.view && this.framedFor) {
      this.frame(this.view);
      return;
    }
    this.camView = clampView(this.camView, this.worldSize, this.rect);
    this.applyCamera();
  }

  /** Put the zooming camera where camView says: world point (cx, cy) at the rectangle's centre. */
  private applyCamera(): void {
    const cam = this.cameras.main;
    const k = scaleOf(this.camView, this.worldSize, this.rect);
    const ox = cam.width / 2,
      oy = cam.height / 2;
    cam.setZoom(k);
    cam.scrollX = this.camView.cx - ox - (this.rect.x + this.rect.w / 2 - ox) / k;
    cam.scrollY = this.camView.cy - oy - (this.rect.y + this.rect.h / 2 - oy) / k;
  }

  private setView2(v: MapView): void {
    this.userMoved = true;
    this.camView = clampView(v, this.worldSize, this.rect);
    this.applyCamera();
  }

  /** Zoom the camera by a factor about the visible centre, within limits. */
  zoomBy(f: number): void {
    this.setView2(zoomAt(this.camView, this.worldSize, this.rect, f, this.rect.x + this.rect.w / 2, this.rect.y + this.rect.h / 2));
  }

  /** Pan the camera by screen pixels (+x looks further east). */
  panBy(dx: number, dy: number): void {
    this.setView2(panBy(this.camView, this.worldSize, this.rect, -dx, -dy));
  }

  /** The camera now (for tests and the results screen). */
  camera(): MapView & { rect: Rect } {
    return { ...this.camView, rect: { ...this.rect } };
  }

  private setUpInput(): void {
    const canvas = this.game.canvas;
    canvas.classList.add("map-canvas");
    this.cleanups.push(
      attachGestures(canvas, {
        pan: (dx, dy) => {
          this.setView2(panBy(this.camView, this.worldSize, this.rect, dx, dy));
          if (this.pinned || this.focused) this.placeTip();
        },
        zoomAt: (f, x, y) => {
          this.setView2(zoomAt(this.camView, this.worldSize, this.rect, f, x, y));
          if (this.pinned || this.focused) this.placeTip();
        },
        hover: (at) => {
          if (!this.pinned) this.inspect(at ? this.hitAt(at.x, at.y) : null, at ?? undefined);
        },
        tap: (x, y) => {
          const hit = this.hitAt(x, y);
          this.pinned = hit !== null;
          this.inspect(hit, { x, y });
        },
      }),
    );
    if (!this.options.fitToPanels) return;
    const host = this.game.canvas.parentElement!;
    host.setAttribute("role", "region");
    host.setAttribute("aria-label", "World map");
    this.tooltip = createTooltip(document.body, () => {
      const b = canvas.getBoundingClientRect();
      return { left: b.left, top: b.top };
    });
    this.alt = createTextAlternative(
      this.tooltip.el.id,
      (item) => {
        this.pinned = false;
        if (item) this.bringIntoView(item);
        this.inspect(item);
      },
      (item) => {
        this.bringIntoView(item, true);
        this.inspect(item);
      },
    );
    host.append(this.alt.el);
    this.cleanups.push(() => {
      this.tooltip?.destroy();
      this.alt?.destroy();
    });
    let queued = false;
    const schedule = (): void => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        this.refit();
      });
    };
    const mo = new MutationObserver((records) => {
      if (records.some((r) => !host.contains(r.target) && !this.tooltip?.el.contains(r.target))) schedule();
    });
    mo.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["class", "hidden", "open", "style"] });
    const ro = new ResizeObserver(schedule);
    ro.observe(document.body);
    window.addEventListener("resize", schedule);
    const esc = (e: KeyboardEvent): void => {
      if (e.key === "Escape" && !this.tooltip?.el.hidden) {
        this.pinned = false;
        this.inspect(null);
      }
    };
    document.addEventListener("keydown", esc);
    this.cleanups.push(() => {
      mo.disconnect();
      ro.disconnect();
      window.removeEventListener("resize", schedule);
      document.removeEventListener("keydown", esc);
    });
    (window as unknown as { __map: unknown }).__map = {
      camera: () => this.camera(),
      screenOf: (lon: number, lat: number) => this.screenOf(lon, lat),
      dcScreen: (id: string) => (this.findDc(id) ? this.itemPoint({ kind: "dc", id }) : null),
      nationScreen: (id: string) => {
        const l = this.labels.find((x) => x.id === id);
        return l ? this.screenOf(...l.lonLat) : null;
      },
      pulsing: () => [...this.pulses.keys()],
      labelBoxes: () => this.labelBoxes.map((b) => ({ ...b })),
      drawnLabels: () => this.drawnLabelBoxes(),
      flagged: () => [...this.labels.filter((l) => l.flag?.visible).map((l) => l.id), ...(this.usFlag?.visible ? ["us"] : [])],
      markers: () => this.hotspots.filter((h) => h.item.kind === "dc").map((h) => ({ id: h.item.id, x: h.x, y: h.y, r: h.r })),
      pulse: (ids: string[], ms?: number) => this.pulse(ids, ms),
      flows: () =>
        this.flows
          .filter((f) => f.mine)
          .map((f) => ({ kind: f.kind, text: f.text, from: this.screenOf(f.from.lon, f.from.lat), to: this.screenOf(f.to.lon, f.to.lat) })),
    };
  }

  /** Focus the first item of the text alternative. */
  focusList(): void {
    this.alt?.el.querySelector<HTMLElement>(".map-alt-item")?.focus();
  }

  /** Start pulsing markers (data-centre or nation ids). */
  pulse(ids: string[], ms = PULSE_MS): void {
    const until = performance.now() + ms;
    for (const id of ids) this.pulses.set(id, until);
  }

  private findDc(id: string): PublicDataCentre | undefined {
    return this.view?.nations.flatMap((n) => n.dataCentres).find((d) => d.id === id);
  }

  /** A geographic point on screen (canvas pixels). */
  private screenOf(lon: number, lat: number): [number, number] {
    const p = this.projection([lon, lat]) ?? [0, 0];
    return toScreen(this.camView, this.worldSize, this.rect, p[0], p[1]);
  }

  private itemPoint(item: MapItem): [number, number] | null {
    if (item.kind === "dc") {
      const dc = this.findDc(item.id);
      return dc ? (this.dcPoints.get(dc.id) ?? this.screenOf(dc.lon, dc.lat)) : null;
    }
    const l = this.labels.find((x) => x.id === item.id);
    return l ? this.screenOf(...l.lonLat) : null;
  }

  /** Pan so the item is inside the visible rectangle (centred when `centre`). */
  private bringIntoView(item: MapItem, centre = false): void {
    const p = this.itemPoint(item);
    if (!p) return;
    const r = this.rect,
      m = 40;
    const inside = p[0] > r.x + m && p[0] < r.x + r.w - m && p[1] > r.y + m && p[1] < r.y + r.h - m;
    if (inside && !centre) return;
    this.setView2(panBy(this.camView, this.worldSize, this.rect, r.x + r.w / 2 - p[0], r.y + r.h / 2 - p[1]));
    this.placeTip();
  }

  private tipFor(item: MapItem): TipContent | null {
    if (!this.view) return null;
    if (item.kind === "dc") {
      const dc = this.findDc(item.id);
      return dc ? describeDc(this.view, dc) : null;
    }
    const n = this.view.nations.find((x) => x.id === item.id);
    return n ? describeNation(this.view, n) : null;
  }

  /** Show (or hide, with null) the tooltip for an item, beside its marker or the pointer. */
  private inspect(item: MapItem | null, at?: { x: number; y: number }): void {
    this.focused = item;
    this.tipAt = at ?? null;
    this.placeTip();
  }

  private tipAt: { x: number; y: number } | null = null;

  private placeTip(): void {
    const item = this.focused;
    const tip = item ? this.tipFor(item) : null;
    if (!item || !tip) {
      this.tooltip?.hide();
      this.onHover(null);
      return;
    }
    const p = item.kind === "dc" || !this.tipAt ? this.itemPoint(item) : [this.tipAt.x, this.tipAt.y];
    if (!p) return;
    this.tooltip?.show({ x: p[0], y: p[1] }, tip, this.tipRoom(item));
    this.onHover({ x: p[0], y: p[1], text: [tip.title, ...tip.lines].join(" · ") });
  }

  /**
   * Where the tooltip may go (canvas pixels): inside the visible map rectangle, off the other nations' labels and the other
   * markers; `r` keeps it off the item's own marker (a data centre's touch area, a nation's label point).
   */
  private tipRoom(item: MapItem): TipRoom {
    const own = item.kind === "dc" ? this.hotspots.find((h) => h.item.kind === "dc" && h.item.id === item.id) : undefined;
    const others = this.hotspots.filter((h) => h !== own).map((h) => ({ x: h.x - h.r, y: h.y - h.r, w: 2 * h.r, h: 2 * h.r }));
    return { r: own ? own.r : 8, bounds: this.rect, avoid: [...this.labelBoxes, ...others] };
  }

  /** The marker or nation at a canvas point. */
  private hitAt(x: number, y: number): MapItem | null {
    const spot = this.hotspots
      .filter((h) => Math.hypot(h.x - x, h.y - y) <= h.r)
      .sort((a, b) => Math.hypot(a.x - x, a.y - y) - Math.hypot(b.x - x, b.y - y))[0];
    if (spot) return spot.item;
    if (!this.view) return null;
    const [wx, wy] = toWorld(this.camView, this.worldSize, this.rect, x, y);
    for (const n of this.view.nations) {
      const ids = this.countriesOfNation(n.id);
      if (this.countries.some((c) => ids.includes(c.id) && pointInRings(c.rings, wx, wy))) return { kind: "nation", id: n.id };
    }
    return null;
  }

  /** Show a new view of the game. */
  setView(view: GameView | null): void {
    this.view = view;
    this.flows = view ? flowsOf(view) : [];
    if (!this.land) return;
    this.loadFlagTextures();
    if (view) this.frameFor(view);
    this.redrawLand();
    this.syncLabels();
    if (view) this.alt?.update(view, this.flows);
    if (this.focused) this.placeTip();
  }

  /** The first time a seat is known: centre the projection and the camera on its nation (or frame every nation). */
  private frameFor(view: GameView): void {
    const mine = view.seat.kind === "nation" ? view.seat.nation : "";
    const key = `${mine || view.seat.kind}|${view.nations.map((n) => n.id).join(",")}`;
    if (key === this.framedFor) return;
    this.framedFor = key;
    const anchors = view.nations.map((n) => this.anchorOf(n.id));
    const lon = mine ? this.anchorOf(mine)[0] : rotationFor([...anchors.map((a) => a[0]), US_ORIGIN.lon]);
    if (lon !== this.rotation) this.project(lon);
    this.measure();
    this.userMoved = false;
    this.frame(view);
  }

  /** The start view: your nation centred with your sites and the ends of your flows in view; every nation for the projector and facilitator. */
  private frame(view: GameView): void {
    const mine = view.seat.kind === "nation" ? view.seat.nation : "";
    const xy = (ll: [number, number]): [number, number] => this.projection(ll) ?? [0, 0];
    if (mine && window.matchMedia(PHONE_LAYOUT).matches) {
      // A phone's map is too narrow for the world: the player's region, their nation with its sites and the other
      // nations of the game (the US origin and far flow ends stay in the text alternative), as large as fits.
      const own = view.nations.find((n) => n.id === mine);
      const region = [xy(this.anchorOf(mine)), ...(own?.dataCentres ?? []).map((d) => xy([d.lon, d.lat]))];
      const others = view.nations.filter((n) => n.id !== mine).map((n) => xy(this.anchorOf(n.id)));
      const all = fitPoints(this.worldSize, this.rect, [...region, ...others], 3);
      this.camView = all.zoom >= PHONE_MIN_START_ZOOM ? all : frameView(this.worldSize, this.rect, region[0], region.slice(1), 3);
    } else if (mine) {
      const own = view.nations.find((n) => n.id === mine);
      const keep = [
        ...(own?.dataCentres ?? []).map((d) => xy([d.lon, d.lat])),
        ...this.flows.filter((f) => f.mine).flatMap((f) => [xy([f.from.lon, f.from.lat]), xy([f.to.lon, f.to.lat])]),
        xy([US_ORIGIN.lon, US_ORIGIN.lat]),
      ];
      this.camView = frameView(this.worldSize, this.rect, xy(this.anchorOf(mine)), keep, 2.2);
    } else {
      const pts = view.nations.flatMap((n) => [xy(this.anchorOf(n.id)), ...n.dataCentres.map((d) => xy([d.lon, d.lat]))]);
      this.camView = fitPoints(this.worldSize, this.rect, pts, 2.2);
    }
    this.applyCamera();
  }

  /** A nation's label point: its first data centre, else its region's label point (regions.json, by the view's flag code). */
  private anchorOf(id: string): [number, number] {
    const n = this.view?.nations.find((x) => x.id === id);
    const dc = n?.dataCentres[0];
    return dc ? [dc.lon, dc.lat] : (regionOf(this.regions(), n?.flag)?.label ?? [0, 0]);
  }

  /** The map regions file (loaded by the preloader). */
  private regions(): MapRegions | undefined {
    return this.cache.json.get("regions") as MapRegions | undefined;
  }

  /** The map countries a nation of the view covers, by its flag code. */
  private countriesOfNation(id: string): string[] {
    return countriesOf(this.regions(), this.view?.nations.find((n) => n.id === id)?.flag);
  }

  private colourOf(countryId: string): number | null {
    if (!this.view) return null;
    for (const n of this.view.nations)
      if (countriesOf(this.regions(), n.flag).includes(countryId)) return Phaser.Display.Color.HexStringToColor(n.colour).color;
    return null;
  }

  private redrawLand(): void {
    this.land.clear();
    this.land.fillStyle(OCEAN, 1);
    for (const ring of this.sphere)
      this.land.fillPoints(
        ring.map(([x, y]) => new Phaser.Math.Vector2(x, y)),
        true,
      );
    const mine = this.view?.seat.kind === "nation" ? this.view.seat.nation : null;
    const ownCountries = mine ? this.countriesOfNation(mine) : [];
    for (const c of this.countries) {
      const colour = this.colourOf(c.id);
      const own = mine !== null && ownCountries.includes(c.id);
      this.land.fillStyle(colour ?? LAND, colour ? (own || !mine ? 0.9 : 0.6) : 1);
      this.land.lineStyle(own ? 1.2 : 0.5, own ? 0xffffff : BORDER, 1);
      for (const ring of c.rings) {
        const pts = ring.map(([x, y]) => new Phaser.Math.Vector2(x, y));
        this.land.fillPoints(pts, true);
        this.land.strokePoints(pts, true);
      }
    }
  }

  /** Labels: flag + letter code + name, re-created only when the nations change. */
  private syncLabels(): void {
    if (!this.view || !this.uiLayer) return;
    const narrow = this.scale.width < 640;
    const sig = `${narrow}|${this.view.nations.map((n) => `${n.id}:${n.name}:${this.anchorOf(n.id).join(",")}`).join("|")}`;
    if (sig === this.labelSignature) return;
    this.labelSignature = sig;
    for (const l of this.labels) {
      l.text.destroy();
      l.compact?.destroy();
      l.flag?.destroy();
    }
    // Labels follow the page's body size: 15 px on a laptop, about 25 px on the projector (28 px body, UI.md).
    const body = parseFloat(getComputedStyle(document.body).fontSize) || 16;
    const size = narrow ? 13 : Math.round(Math.min(28, Math.max(14, body * 0.9)));
    const style = {
      fontFamily: FONT,
      fontSize: `${size}px`,
      color: "#ffffff",
      backgroundColor: "#0b1426cc",
      padding: { x: 4, y: 2 },
      resolution: Math.max(1, window.devicePixelRatio || 1),
    };
    this.labels = this.view.nations.map((n) => {
      const code = n.flag.toUpperCase();
      const text = this.add.text(0, 0, narrow ? code : `${code} ${n.name}`, style);
      this.uiLayer.add(text);
      const compact = narrow ? null : this.add.text(0, 0, code, style).setVisible(false);
      if (compact) this.uiLayer.add(compact);
      const key = `flag-${n.flag.toLowerCase()}`;
      const flag = this.textures.exists(key)
        ? this.add
            .image(0, 0, key)
            .setDisplaySize(size * 1.5, size)
            .setOrigin(0, 0.5)
        : null;
      if (flag) this.uiLayer.add(flag);
      return { id: n.id, lonLat: this.anchorOf(n.id), text, compact, flag, place: -1 };
    });
  }

  /** Every frame: flows as moving dashes, markers, pulses and the focus ring, all in screen pixels. */
  override update(_t: number, dt: number): void {
    if (!this.overlay) return;
    const g = this.overlay;
    g.clear();
    this.hotspots = [];
    if (!this.view) return;
    if (!this.reducedMotion) this.dashOffset = (this.dashOffset + dt * 0.03) % 12;
    let dealFlows = 0;
    for (const f of this.flows) {
      const [x1, y1] = this.screenOf(f.from.lon, f.from.lat),
        [x2, y2] = this.screenOf(f.to.lon, f.to.lat);
      this.dash(x1, y1, x2, y2, f.colour, f.alpha);
      if (f.kind === "deal") dealFlows++;
    }
    (window as unknown as { __mapDealFlows: number }).__mapDealFlows = dealFlows;
    this.drawUsOrigin(g);
    const deals = this.view.deals.filter((d) => d.untilTurn >= this.view!.turn);
    for (const d of deals) {
      const p = this.screenOf(...this.anchorOf(d.from)),
        q = this.screenOf(...this.anchorOf(d.to));
      const [x, y] = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
      g.fillStyle(0xf0e442, 1)
        .fillTriangle(x, y - 6, x + 6, y, x, y + 6)
        .fillTriangle(x, y - 6, x - 6, y, x, y + 6);
    }
    const now = performance.now();
    for (const [id, until] of this.pulses) if (until < now) this.pulses.delete(id);
    const zoomBoost = Math.min(1.8, Math.sqrt(this.camView.zoom));
    const markerBoxes: Rect[] = [];
    for (const n of this.view.nations) {
      const placed: [number, number, number][] = [];
      for (const dc of n.dataCentres) {
        const r = (4 + Math.sqrt(dc.mw) * 0.9) * zoomBoost;
        const at = this.screenOf(dc.lon, dc.lat);
        const y = at[1];
        let x = at[0];
        // Sites of one nation that would overlap sit side by side, so each marker can be seen and pointed at.
        while (placed.some(([px, py, pr]) => Math.hypot(px - x, py - y) < pr + r + 2)) x += r + 3;
        placed.push([x, y, r]);
        this.dcPoints.set(dc.id, [x, y]);
        markerBoxes.push({ x: x - r - 2, y: y - r - 2, w: 2 * r + 4, h: 2 * r + 4 });
        this.drawDc(x, y, r, dc, Phaser.Display.Color.HexStringToColor(n.colour).color);
        this.hotspots.push({ x, y, r: Math.max(r + 4, 14), item: { kind: "dc", id: dc.id } });
        const until = this.pulses.get(dc.id) ?? this.pulses.get(n.id);
        if (until !== undefined) {
          const phase = this.reducedMotion ? 0.3 : ((until - now) % 1000) / 1000;
          g.lineStyle(3, 0xf0e442, this.reducedMotion ? 1 : phase).strokeCircle(x, y, r + 4 + (1 - phase) * 14);
        }
        if (this.focused?.kind === "dc" && this.focused.id === dc.id) g.lineStyle(3, 0xe69f00, 1).strokeCircle(x, y, r + 5);
      }
    }
    this.placeLabels(g, markerBoxes);
  }

  /**
   * Nation labels (and the US origin's) beside their anchors, none over another or outside the visible map (map/label-place.ts):
   * the player's nation first; where space is short a label shows its letter code only, or hides.
   */
  private placeLabels(g: Phaser.GameObjects.Graphics, markers: Rect[]): void {
    const mine = this.view?.seat.kind === "nation" ? this.view.seat.nation : "";
    const gap = (l: NationLabel): number => (l.flag ? l.flag.displayWidth + 4 : 0);
    const requests: LabelRequest[] = this.labels.map((l, i) => {
      const [x, y] = this.screenOf(...l.lonLat);
      const sizes = [{ w: gap(l) + l.text.width, h: l.text.height }];
      if (l.compact) sizes.push({ w: gap(l) + l.compact.width, h: l.compact.height });
      // Own nation first, then the game's order (earlier nations keep their full label when two compete).
      return { id: l.id, x, y, sizes, priority: l.id === mine ? 100 : 50 - i, prefer: l.place };
    });
    const us = this.usAnchor();
    const usGap = this.usFlag ? this.usFlag.displayWidth + 4 : 0;
    if (us && this.usLabel)
      requests.push({ id: "us", x: us[0], y: us[1], sizes: [{ w: usGap + this.usLabel.width, h: this.usLabel.height }], priority: 0, prefer: this.usPlace });
    const placed = placeLabels(requests, this.rect, markers);
    this.labelBoxes = [];
    for (const p of placed) {
      if (p.id === "us") {
        this.usPlace = p.place;
        this.usLabel?.setVisible(!p.hidden).setPosition(p.x + usGap, p.y);
        this.usFlag?.setVisible(!p.hidden).setPosition(p.x, p.y + (this.usLabel?.height ?? 0) / 2);
        if (!p.hidden) this.labelBoxes.push({ id: p.id, x: p.x, y: p.y, w: p.w, h: p.h });
        continue;
      }
      const l = this.labels.find((x) => x.id === p.id)!;
      l.place = p.place;
      const shown = p.size === 1 && l.compact ? l.compact : l.text;
      const other = shown === l.text ? l.compact : l.text;
      other?.setVisible(false);
      shown.setVisible(!p.hidden);
      l.flag?.setVisible(!p.hidden);
      if (p.hidden) continue;
      const fw = gap(l);
      this.labelBoxes.push({ id: l.id, x: p.x, y: p.y, w: p.w, h: p.h });
      l.flag?.setPosition(p.x, p.y + shown.height / 2);
      shown.setPosition(p.x + fw, p.y);
      if (this.focused?.kind === "nation" && this.focused.id === l.id) g.lineStyle(2, 0xe69f00, 1).strokeRect(p.x - 3, p.y - 3, p.w + 6, p.h + 6);
      else if (this.pulses.has(l.id)) g.lineStyle(2, 0xf0e442, 1).strokeRect(p.x - 3, p.y - 3, p.w + 6, p.h + 6);
    }
  }

  /** The labels as drawn now (canvas pixels): each visible nation label's flag and text, and the US origin's label; for tests. */
  drawnLabelBoxes(): (Rect & { id: string })[] {
    const box = (id: string, objs: (Phaser.GameObjects.Text | Phaser.GameObjects.Image | null)[]): Rect & { id: string } => {
      const bs = objs.filter((o): o is Phaser.GameObjects.Text | Phaser.GameObjects.Image => !!o?.visible).map((o) => o.getBounds());
      const x = Math.min(...bs.map((b) => b.x)),
        y = Math.min(...bs.map((b) => b.y));
      return { id, x, y, w: Math.max(...bs.map((b) => b.right)) - x, h: Math.max(...bs.map((b) => b.bottom)) - y };
    };
    const out = this.labels.filter((l) => l.text.visible || l.compact?.visible).map((l) => box(l.id, [l.flag, l.text, l.compact]));
    if (this.usLabel?.visible) out.push(box("us", [this.usFlag, this.usLabel]));
    return out;
  }

  /** Where GPU flows start: a small marker and "US" with its flag, shown only while a flow starts there. */
  private drawUsOrigin(g: Phaser.GameObjects.Graphics): void {
    const used = this.flows.some((f) => f.from === US_ORIGIN);
    if (!used) {
      this.usLabel?.setVisible(false);
      this.usFlag?.setVisible(false);
      return;
    }
    const [x, y] = this.screenOf(US_ORIGIN.lon, US_ORIGIN.lat);
    g.lineStyle(2, 0xe69f00, 1).strokeRect(x - 4, y - 4, 8, 8);
    if (!this.usLabel) {
      this.usLabel = this.add.text(0, 0, "US · GPU vendors", {
        fontFamily: FONT,
        fontSize: "13px",
        color: "#e6edf7",
        backgroundColor: "#0b1426cc",
        padding: { x: 4, y: 2 },
        resolution: Math.max(1, window.devicePixelRatio || 1),
      });
      this.uiLayer.add(this.usLabel);
    }
    // Its flag joins the letters once the texture has loaded (addBase64 is asynchronous), like the nations' labels.
    if (!this.usFlag && this.textures.exists(`flag-${US_FLAG}`)) {
      this.usFlag = this.add.image(0, 0, `flag-${US_FLAG}`).setDisplaySize(19.5, 13).setOrigin(0, 0.5).setVisible(false);
      this.uiLayer.add(this.usFlag);
    }
  }

  /** The US origin's point on screen while a flow starts there, else null. */
  private usAnchor(): [number, number] | null {
    return this.flows.some((f) => f.from === US_ORIGIN) ? this.screenOf(US_ORIGIN.lon, US_ORIGIN.lat) : null;
  }

  /** Online = filled, building = hatched, planned = outline (UI.md); a blue dot = liquid cooling. */
  private drawDc(x: number, y: number, r: number, dc: PublicDataCentre, c: number): void {
    const g = this.overlay;
    if (dc.status === "online") g.fillStyle(c, 1).fillCircle(x, y, r);
    else if (dc.status === "building") {
      g.fillStyle(c, 0.25).fillCircle(x, y, r);
      g.lineStyle(1.5, c, 1);
      for (let d = -r + 2; d < r; d += 3.5) {
        const half = Math.sqrt(r * r - d * d);
        // a chord at 45°: offset d along (1,−1)/√2, extent ±half along (1,1)/√2
        const ox = x + d * Math.SQRT1_2,
          oy = y - d * Math.SQRT1_2;
        g.lineBetween(ox - half * Math.SQRT1_2, oy - half * Math.SQRT1_2, ox + half * Math.SQRT1_2, oy + half * Math.SQRT1_2);
      }
    }
    g.lineStyle(2, dc.status === "planned" ? c : 0xffffff, 1).strokeCircle(x, y, r);
    if (dc.cooling === "liquid") g.fillStyle(0x56b4e9, 1).fillCircle(x + r * 0.7, y - r * 0.7, 3);
  }

  private dash(x1: number, y1: number, x2: number, y2: number, colour: number, alpha = 0.9): void {
    const len = Math.hypot(x2 - x1, y2 - y1);
    if (len < 2) return;
    const ux = (x2 - x1) / len,
      uy = (y2 - y1) / len;
    this.overlay.lineStyle(2, colour, alpha);
    for (let s = this.dashOffset; s < len; s += 12) {
      const e = Math.min(len, s + 6);
      this.overlay.lineBetween(x1 + ux * s, y1 + uy * s, x1 + ux * e, y1 + uy * e);
    }
  }
}

/** Start Phaser in `parent`; resolves with the world scene once the map is drawn. The page's main map (`#map`) fits itself between the panels. */
export function startMap(parent: HTMLElement, options: Partial<MapOptions> = {}): Promise<{ game: Phaser.Game; world: WorldScene }> {
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      backgroundColor: "#0b1426",
      scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
      scene: [PreloaderScene, WorldScene],
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      banner: false,
    });
    game.registry.set("mapOptions", { fitToPanels: options.fitToPanels ?? parent.id === "map" });
    (window as unknown as { __game: Phaser.Game }).__game = game;
    game.events.once("world-ready", (world: WorldScene) => {
      (window as unknown as { __mapReadyMs: number }).__mapReadyMs = performance.now();
      resolve({ game, world });
    });
  });
}
