/**
 * The Phaser world map: Boot → Preloader (real progress bar while the world TopoJSON loads) → World.
 * Countries are real shapes (world-atlas + topojson-client, projected with d3-geo); players' nations lit
 * in their colour; data centres as markers sized by MW and styled by status; animated flows for GPU
 * deliveries (from the US), HBM supply (from Korea and the US) and deals. It renders; it decides nothing.
 */
import * as Phaser from "phaser";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { GameView, PublicDataCentre } from "../../shared/engine/view";
import { giverOf, otherOf } from "../../shared/engine/deals";

/** ISO 3166 numeric codes of the countries that make up each game nation. */
export const NATION_COUNTRIES: Record<string, string[]> = {
  korea: ["410"], japan: ["392"], uae: ["784"], saudi: ["682"], india: ["356"], uk: ["826"], australia: ["036"],
  eu: ["250", "276", "380", "724", "528", "056", "040", "616", "752", "208", "246", "620", "372", "300", "203", "348", "642", "100", "191", "703", "705", "440", "428", "233", "442", "196"],
};
const US = { lon: -98, lat: 39 };
const KOREA = { lon: 127.5, lat: 36.5 };
const BG = 0x0b1426;
const LAND = 0x2b3950;
const BORDER = 0x0b1426;
/** Colours of signed deals' flows on the map, by what moves. */
const DEAL_COLOURS: Record<"cash" | "gpu_lease" | "co_invest" | "hbm_transfer", number> = { cash: 0x009e73, gpu_lease: 0xf0e442, co_invest: 0x56b4e9, hbm_transfer: 0xcc79a7 };

/** Hover details for a marker. */
export interface MapHover {
  x: number;
  y: number;
  text: string;
}

type Ring = [number, number][];

/** Projected polygons of one country. */
interface CountryShape { id: string; name: string; rings: Ring[] }

/** Collect the rings a d3 geoPath draws, instead of drawing them on a canvas. */
function ringsOf(path: ReturnType<typeof geoPath>, f: GeoJSON.Feature): Ring[] {
  const rings: Ring[] = [];
  let cur: Ring = [];
  const ctx = {
    moveTo: (x: number, y: number) => { cur = [[x, y]]; },
    lineTo: (x: number, y: number) => { cur.push([x, y]); },
    closePath: () => { if (cur.length > 2) rings.push(cur); cur = []; },
    arc: () => undefined,
    beginPath: () => undefined,
  };
  path.context(ctx as unknown as CanvasRenderingContext2D)(f);
  return rings;
}

class PreloaderScene extends Phaser.Scene {
  constructor() { super("preloader"); }
  preload(): void {
    const { width, height } = this.scale;
    const bar = this.add.graphics();
    const label = this.add.text(width / 2, height / 2 - 28, "Loading world map…", { fontFamily: "Inter, system-ui, sans-serif", fontSize: "16px", color: "#c9d4e5" }).setOrigin(0.5);
    this.load.on("progress", (p: number) => {
      bar.clear();
      bar.lineStyle(2, 0x56b4e9).strokeRect(width / 2 - 150, height / 2 - 8, 300, 16);
      bar.fillStyle(0x56b4e9).fillRect(width / 2 - 148, height / 2 - 6, 296 * p, 12);
      label.setText(`Loading world map… ${Math.round(p * 100)} %`);
    });
    this.load.json("world", "/map/countries-110m.json");
  }
  create(): void { this.scene.start("world"); }
}

/** The world scene: redraws on every model update and on resize. */
export class WorldScene extends Phaser.Scene {
  private countries: CountryShape[] = [];
  private projection!: GeoProjection;
  private land!: Phaser.GameObjects.Graphics;
  private markers!: Phaser.GameObjects.Graphics;
  private flows!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private view: GameView | null = null;
  private dashOffset = 0;
  private hotspots: { x: number; y: number; r: number; text: string }[] = [];
  /** Called with hover details (or null) for the DOM tooltip. */
  onHover: (h: MapHover | null) => void = () => undefined;

  constructor() { super("world"); }

  create(): void {
    this.cameras.main.setBackgroundColor(BG);
    this.land = this.add.graphics();
    this.flows = this.add.graphics();
    this.markers = this.add.graphics();
    this.project();
    this.scale.on("resize", () => { this.project(); this.redraw(); });
    this.enableCameraControls();
    this.input.on("pointermove", (p: Phaser.Input.Pointer) => this.hover(p));
    this.redraw();
    this.game.events.emit("world-ready", this);
  }

  /** Project the TopoJSON for the current canvas size. */
  private project(): void {
    const topo = this.cache.json.get("world") as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;
    const { width, height } = this.scale;
    this.projection = geoEqualEarth().fitExtent([[8, 8], [width - 8, height - 8]], { type: "Sphere" } as unknown as GeoJSON.Feature);
    const path = geoPath(this.projection);
    this.countries = fc.features.map((f) => ({ id: String(f.id), name: f.properties?.name ?? "", rings: ringsOf(path, f) }));
  }

  private enableCameraControls(): void {
    const cam = this.cameras.main;
    this.input.on("pointermove", (p: Phaser.Input.Pointer) => {
      if (!p.isDown) return;
      cam.scrollX -= (p.x - p.prevPosition.x) / cam.zoom;
      cam.scrollY -= (p.y - p.prevPosition.y) / cam.zoom;
    });
    this.input.on("wheel", (_p: unknown, _o: unknown, _dx: number, dy: number) => this.zoomBy(dy > 0 ? 0.9 : 1.1));
  }

  /** Zoom the camera by a factor, within limits. */
  zoomBy(f: number): void {
    const cam = this.cameras.main;
    cam.setZoom(Phaser.Math.Clamp(cam.zoom * f, 1, 6));
  }

  /** Pan the camera by screen pixels. */
  panBy(dx: number, dy: number): void {
    const cam = this.cameras.main;
    cam.scrollX += dx / cam.zoom;
    cam.scrollY += dy / cam.zoom;
  }

  /** Show a new view of the game. */
  setView(view: GameView | null): void {
    this.view = view;
    if (this.land) this.redraw();
  }

  private colourOf(countryId: string): number | null {
    if (!this.view) return null;
    for (const n of this.view.nations) if (NATION_COUNTRIES[n.id]?.includes(countryId)) return Phaser.Display.Color.HexStringToColor(n.colour).color;
    return null;
  }

  private xy(lon: number, lat: number): [number, number] {
    return this.projection([lon, lat]) ?? [0, 0];
  }

  private redraw(): void {
    this.land.clear();
    for (const c of this.countries) {
      const colour = this.colourOf(c.id);
      this.land.fillStyle(colour ?? LAND, colour ? 0.85 : 1);
      this.land.lineStyle(0.6, BORDER, 1);
      for (const ring of c.rings) {
        const pts = ring.map(([x, y]) => new Phaser.Math.Vector2(x, y));
        this.land.fillPoints(pts, true);
        this.land.strokePoints(pts, true);
      }
    }
    for (const l of this.labels) l.destroy();
    this.labels = [];
    this.markers.clear();
    this.hotspots = [];
    if (!this.view) return;
    const size = Math.max(12, Math.min(18, this.scale.width / 80));
    for (const n of this.view.nations) {
      const dcs = n.dataCentres;
      if (dcs.length === 0) continue;
      const [x, y] = this.xy(dcs[0].lon, dcs[0].lat);
      this.labels.push(this.add.text(x + 10, y - 22, `${n.flag.toUpperCase()} ${n.name}`, { fontFamily: "Inter, system-ui, sans-serif", fontSize: `${size}px`, color: "#ffffff", backgroundColor: "#0b1426cc", padding: { x: 4, y: 2 } }));
      for (const dc of dcs) this.drawDc(dc, n.colour);
    }
    for (const d of this.view.deals) {
      if (d.untilTurn < this.view.turn) continue;
      const p = this.anchor(d.from), q = this.anchor(d.to);
      if (!p || !q) continue;
      const [x, y] = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
      this.markers.fillStyle(0xf0e442, 1).fillTriangle(x, y - 6, x + 6, y, x, y + 6).fillTriangle(x, y - 6, x - 6, y, x, y + 6);
      const names = (id: string): string => this.view!.nations.find((n) => n.id === id)?.name ?? id;
      this.hotspots.push({ x, y, r: 10, text: `Deal ${names(d.from)} ↔ ${names(d.to)} until turn ${d.untilTurn}: ${d.items.map((it) => it.kind.replace("_", " ")).join(", ")}` });
    }
  }

  private drawDc(dc: PublicDataCentre, colour: string): void {
    const [x, y] = this.xy(dc.lon, dc.lat);
    const r = 4 + Math.sqrt(dc.mw) * 1.2;
    const c = Phaser.Display.Color.HexStringToColor(colour).color;
    this.markers.lineStyle(2, 0xffffff, 1);
    if (dc.status === "online") this.markers.fillStyle(c, 1).fillCircle(x, y, r).strokeCircle(x, y, r);
    else if (dc.status === "building") this.markers.fillStyle(c, 0.35).fillCircle(x, y, r).strokeCircle(x, y, r);
    else this.markers.strokeCircle(x, y, r);
    if (dc.cooling === "liquid") this.markers.fillStyle(0x56b4e9, 1).fillCircle(x + r * 0.7, y - r * 0.7, 3);
    this.hotspots.push({ x, y, r: r + 4, text: `${dc.name} · ${dc.mw} MW ${dc.cooling} · ${dc.status} · ${dc.gpuCount.toLocaleString("en-US")} GPUs` });
  }

  private hover(p: Phaser.Input.Pointer): void {
    const wp = this.cameras.main.getWorldPoint(p.x, p.y);
    const hit = this.hotspots.find((h) => Math.hypot(h.x - wp.x, h.y - wp.y) <= h.r);
    this.onHover(hit ? { x: p.x, y: p.y, text: hit.text } : null);
  }

  /** Animate the flows (moving dashes) every frame. */
  override update(_t: number, dt: number): void {
    if (!this.view || !this.flows) return;
    this.dashOffset = (this.dashOffset + dt * 0.03) % 12;
    this.flows.clear();
    const [ux, uy] = this.xy(US.lon, US.lat);
    const [kx, ky] = this.xy(KOREA.lon, KOREA.lat);
    for (const own of this.view.own) {
      for (const p of own.pendingGpus) {
        const dc = own.dataCentres.find((d) => d.id === p.dcId);
        if (dc) this.dash(ux, uy, ...this.xy(dc.lon, dc.lat), 0xe69f00);
      }
      if (own.memoryAgreements.some((m) => m.toTurn >= this.view!.turn) && own.dataCentres[0]) this.dash(kx, ky, ...this.xy(own.dataCentres[0].lon, own.dataCentres[0].lat), 0xcc79a7);
    }
    let dealFlows = 0;
    for (const d of this.view.deals) {
      if (d.signedTurn > this.view.turn || d.untilTurn < this.view.turn) continue;
      for (const it of d.items) {
        if (!("giver" in it) || it.kind === "statement") continue;
        const p = this.anchor(giverOf(d, it)), q = this.anchor(otherOf(d, it));
        if (!p || !q) continue;
        this.dash(p[0], p[1], q[0], q[1], DEAL_COLOURS[it.kind], 1);
        dealFlows++;
      }
    }
    (window as unknown as { __mapDealFlows: number }).__mapDealFlows = dealFlows;
    for (const n of this.view.nations) {
      if (n.dataCentres.some((d) => d.status !== "online")) {
        const d = n.dataCentres.find((x) => x.status !== "online")!;
        this.dash(ux, uy, ...this.xy(d.lon, d.lat), 0x999999, 0.35);
      }
    }
  }

  /** Where a nation's flows start and end: its first data centre. */
  private anchor(nation: string): [number, number] | null {
    const dc = this.view?.nations.find((n) => n.id === nation)?.dataCentres[0];
    return dc ? this.xy(dc.lon, dc.lat) : null;
  }

  private dash(x1: number, y1: number, x2: number, y2: number, colour: number, alpha = 0.9): void {
    const len = Math.hypot(x2 - x1, y2 - y1);
    if (len < 2) return;
    const ux = (x2 - x1) / len, uy = (y2 - y1) / len;
    this.flows.lineStyle(2, colour, alpha);
    for (let s = this.dashOffset; s < len; s += 12) {
      const e = Math.min(len, s + 6);
      this.flows.lineBetween(x1 + ux * s, y1 + uy * s, x1 + ux * e, y1 + uy * e);
    }
  }
}

/** Start Phaser in `parent`; resolves with the world scene once the map is drawn. */
export function startMap(parent: HTMLElement): Promise<{ game: Phaser.Game; world: WorldScene }> {
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      backgroundColor: "#0b1426",
      scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
      scene: [PreloaderScene, WorldScene],
      banner: false,
    });
    (window as unknown as { __game: Phaser.Game }).__game = game;
    game.events.once("world-ready", (world: WorldScene) => {
      (window as unknown as { __mapReadyMs: number }).__mapReadyMs = performance.now();
      resolve({ game, world });
    });
  });
}
