/**
 * The negotiation table, drawn in Phaser: the two parties' flags on either side, the offer's items as
 * cards on the side of the nation that puts them on the table (shared items in the middle), cards that
 * move between sides when a counter-offer changes who gives what, a clear state (proposed, countered,
 * signed, rejected, expired) and a signing animation. It renders a thread; it decides nothing.
 */
import * as Phaser from "phaser";
import type { DealCard } from "./deal-lines";

/** A party at the table. */
export interface TableParty {
  name: string;
  flag: string;
  colour: string;
}

/** What the table shows: one negotiation thread's latest offer. */
export interface TableState {
  left: TableParty;
  right: TableParty;
  /** Which party proposed the latest offer: its "from" items sit on that side. */
  fromSide: "left" | "right";
  cards: DealCard[];
  status: "empty" | "proposed" | "countered" | "accepted" | "rejected" | "expired";
  caption: string;
}

const FONT = "Inter, system-ui, sans-serif";
const STATUS: Record<TableState["status"], { label: string; colour: string }> = {
  empty: { label: "NO OFFER ON THE TABLE", colour: "#8ea3c0" },
  proposed: { label: "PROPOSED", colour: "#56B4E9" },
  countered: { label: "COUNTERED", colour: "#E69F00" },
  accepted: { label: "SIGNED", colour: "#009E73" },
  rejected: { label: "REJECTED", colour: "#D55E00" },
  expired: { label: "EXPIRED", colour: "#8ea3c0" },
};
const hex = (c: string): number => Phaser.Display.Color.HexStringToColor(c).color;

/** What a test or screen reader can read back from the table. */
export interface TableProbe {
  renderer: number;
  width: number;
  status: TableState["status"];
  cards: { key: string; x: number; side: DealCard["side"] }[];
  signings: number;
  /** The smallest font size of the text on the table, px (what a player must read). */
  minFontPx: number;
}

class TableScene extends Phaser.Scene {
  private state: TableState | null = null;
  private cards = new Map<string, Phaser.GameObjects.Container>();
  private chrome!: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  private statusText!: Phaser.GameObjects.Text;
  private lastStatus: TableState["status"] = "empty";
  private lastThread = "";
  signings = 0;

  constructor() {
    super("table");
  }

  create(): void {
    this.chrome = this.add.graphics();
    this.statusText = this.add
      .text(0, 8, "", { fontFamily: FONT, fontSize: "14px", fontStyle: "bold", color: "#ffffff", padding: { x: 8, y: 3 } })
      .setOrigin(0.5, 0)
      .setDepth(5);
    this.scale.on("resize", () => this.layout(false));
    this.game.events.emit("table-ready", this);
  }

  show(next: TableState): void {
    const thread = `${next.left.name}|${next.right.name}`;
    const sameThread = thread === this.lastThread;
    this.lastThread = thread;
    const signingNow = next.status === "accepted" && this.lastStatus !== "accepted" && sameThread;
    this.state = next;
    if (!sameThread) {
      for (const c of this.cards.values()) c.destroy();
      this.cards.clear();
    }
    this.layout(sameThread);
    if (signingNow) this.sign();
    this.lastStatus = next.status;
  }

  private sideX(side: DealCard["side"]): number {
    const { width } = this.scale;
    const s = this.state!;
    if (side === "both") return width / 2;
    const onLeft = (side === "from") === (s.fromSide === "left");
    return onLeft ? width * 0.3 : width * 0.7;
  }

  private layout(animate: boolean): void {
    const s = this.state;
    if (!s || !this.chrome) return;
    const { width, height } = this.scale;
    const g = this.chrome.clear();
    for (const t of this.texts) t.destroy();
    this.texts = [];
    // The table.
    g.fillStyle(0x13203a, 1).fillRoundedRect(width * 0.14, 30, width * 0.72, height - 44, 28);
    g.lineStyle(2, 0x56b4e9, 0.35).strokeRoundedRect(width * 0.14, 30, width * 0.72, height - 44, 28);
    g.lineStyle(1, 0x56b4e9, 0.15).lineBetween(width / 2, 40, width / 2, height - 24);
    // The parties.
    const party = (p: TableParty, x: number): void => {
      const y = height / 2;
      g.fillStyle(hex(p.colour), 1).fillCircle(x, y - 8, 24);
      g.lineStyle(3, 0xffffff, 0.9).strokeCircle(x, y - 8, 24);
      this.texts.push(this.add.text(x, y - 8, p.flag, { fontFamily: FONT, fontSize: "15px", fontStyle: "bold", color: "#0b1426" }).setOrigin(0.5));
      this.texts.push(
        this.add
          .text(x, y + 22, p.name, { fontFamily: FONT, fontSize: "14px", color: "#e8eef7", align: "center", wordWrap: { width: width * 0.13 } })
          .setOrigin(0.5, 0),
      );
    };
    party(s.left, width * 0.07);
    party(s.right, width * 0.93);
    const st = STATUS[s.status];
    this.statusText
      .setPosition(width / 2, 6)
      .setText(s.caption ? `${st.label} · ${s.caption}` : st.label)
      .setBackgroundColor(st.colour)
      .setColor(s.status === "empty" || s.status === "expired" ? "#0b1426" : "#ffffff");
    // The cards.
    const keep = new Set(s.cards.map((c) => c.key));
    for (const [k, c] of this.cards)
      if (!keep.has(k)) {
        this.cards.delete(k);
        this.tweens.add({ targets: c, alpha: 0, scale: 0.6, duration: 300, onComplete: () => c.destroy() });
      }
    const rows: Record<string, number> = { from: 0, to: 0, both: 0 };
    const cardW = Math.min(190, width * 0.27);
    const dim = s.status === "rejected" || s.status === "expired";
    for (const card of s.cards) {
      const x = this.sideX(card.side);
      const y = 48 + rows[card.side]++ * 40 + 16;
      let c = this.cards.get(card.key);
      if (!c) {
        c = this.makeCard(card, cardW);
        const fromX = card.side === "both" ? width / 2 : x < width / 2 ? width * 0.07 : width * 0.93;
        c.setPosition(animate ? fromX : x, animate ? height / 2 : y).setAlpha(animate ? 0 : 1);
        this.cards.set(card.key, c);
      } else {
        this.retitle(c, card, cardW);
      }
      this.tweens.add({ targets: c, x, y, alpha: dim ? 0.4 : 1, duration: animate ? 650 : 0, ease: "Cubic.easeInOut" });
    }
  }

  private makeCard(card: DealCard, w: number): Phaser.GameObjects.Container {
    const c = this.add.container(0, 0).setDepth(2).setName(card.key);
    this.retitle(c, card, w);
    return c;
  }

  private retitle(c: Phaser.GameObjects.Container, card: DealCard, w: number): void {
    c.removeAll(true);
    const bg = this.add.graphics();
    bg.fillStyle(0xf4f1e8, 1).fillRoundedRect(-w / 2, -16, w, 34, 6);
    bg.lineStyle(2, card.side === "both" ? 0x56b4e9 : 0xe69f00, 1).strokeRoundedRect(-w / 2, -16, w, 34, 6);
    const t = this.add
      .text(0, 1, card.title, { fontFamily: FONT, fontSize: "14px", color: "#0b1426", align: "center", wordWrap: { width: w - 10 } })
      .setOrigin(0.5);
    // Two lines fit the card at 12 px (the table's text is never below 12 px; the same terms are in the offer list at body size).
    if (t.height > 30) t.setFontSize(12);
    c.add([bg, t]);
  }

  /** The signing animation: cards gather in the middle, a stamp lands, sparks fly. */
  private sign(): void {
    this.signings++;
    const { width, height } = this.scale;
    let i = 0;
    for (const c of this.cards.values())
      this.tweens.add({
        targets: c,
        x: width / 2 + (i % 2 ? 10 : -10),
        y: height / 2 - 10 + (i++ % 3) * 4,
        angle: (i % 3) - 1,
        duration: 500,
        ease: "Back.easeIn",
      });
    const stamp = this.add
      .text(width / 2, height / 2, "SIGNED", { fontFamily: FONT, fontSize: "34px", fontStyle: "bold", color: "#009E73", stroke: "#ffffff", strokeThickness: 4 })
      .setOrigin(0.5)
      .setDepth(10)
      .setScale(3)
      .setAlpha(0)
      .setAngle(-8);
    this.tweens.add({ targets: stamp, scale: 1, alpha: 1, delay: 450, duration: 350, ease: "Back.easeOut" });
    for (let k = 0; k < 24; k++) {
      const spark = this.add
        .rectangle(width / 2, height / 2, 6, 3, [0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442][k % 4])
        .setDepth(9)
        .setAlpha(0);
      const a = (k / 24) * Math.PI * 2;
      this.tweens.add({
        targets: spark,
        alpha: { from: 1, to: 0 },
        x: width / 2 + Math.cos(a) * 140,
        y: height / 2 + Math.sin(a) * 70,
        angle: 360,
        delay: 700,
        duration: 900,
        onComplete: () => spark.destroy(),
      });
    }
    this.time.delayedCall(2600, () =>
      this.tweens.add({
        targets: stamp,
        alpha: 0,
        duration: 400,
        onComplete: () => {
          stamp.destroy();
          this.layout(true);
        },
      }),
    );
  }

  probe(): TableProbe {
    return {
      renderer: this.game.renderer.type,
      width: this.scale.width,
      status: this.state?.status ?? "empty",
      cards: [...this.cards.entries()].map(([key, c]) => ({ key, x: c.x, side: this.state?.cards.find((x) => x.key === key)?.side ?? "both" })),
      signings: this.signings,
      minFontPx: this.minFont(),
    };
  }

  /** The smallest font size of the text drawn now, px (0 before anything is drawn). */
  private minFont(): number {
    const sizes = [this.statusText, ...this.texts, ...[...this.cards.values()].flatMap((c) => c.list)]
      .filter((o): o is Phaser.GameObjects.Text => o instanceof Phaser.GameObjects.Text && o.text !== "")
      .map((t) => parseFloat(String(t.style.fontSize)));
    return sizes.length ? Math.min(...sizes) : 0;
  }
}

/** The table in its own small Phaser game inside `parent` (created once, kept across re-renders). */
export class NegotiationTable {
  private scene: TableScene | null = null;
  private pending: TableState | null = null;
  private game: Phaser.Game | null = null;
  private watch: ReturnType<typeof setInterval> | null = null;

  constructor(readonly parent: HTMLElement) {}

  /** Start Phaser once the parent is on show. */
  start(): void {
    if (this.game || !this.onShow()) return;
    this.game = new Phaser.Game({
      type: Phaser.AUTO,
      parent: this.parent,
      transparent: true,
      scale: { mode: Phaser.Scale.RESIZE, width: this.parent.clientWidth || 600, height: this.parent.clientHeight || 230 },
      scene: [TableScene],
      banner: false,
      fps: { target: 30, limit: 30 },
    });
    // Sleep while the deals tab is not on show (another tab is open, or the drawer is closed): no frames, no CPU.
    this.watch = setInterval(() => {
      const loop = this.game?.loop;
      if (!loop) return;
      const on = this.onShow();
      if (!on && loop.running) loop.sleep();
      else if (on && !loop.running) loop.wake();
    }, 500);
    this.game.events.once("table-ready", (scene: TableScene) => {
      this.scene = scene;
      if (this.pending) scene.show(this.pending);
    });
    (window as unknown as { __sarTable: () => TableProbe | null }).__sarTable = () => this.scene?.probe() ?? null;
  }

  /** Show a thread's latest offer (animating from what was shown before). */
  show(state: TableState): void {
    this.pending = state;
    this.start();
    if (this.onShow() && this.game?.loop && !this.game.loop.running) this.game.loop.wake();
    this.scene?.show(state);
  }

  /** True while the table's box is in the page and displayed (not under a hidden tab). */
  private onShow(): boolean {
    return this.parent.isConnected && this.parent.offsetParent !== null;
  }

  /** Stop the table's Phaser game. */
  destroy(): void {
    if (this.watch) clearInterval(this.watch);
    this.game?.destroy(true);
    this.game = null;
    this.scene = null;
  }
}
