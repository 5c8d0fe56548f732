/** Vite builds the browser client from client/ (static files served from assets/public; scenario files in assets/scenarios are never public: secret objectives leave the server only in the owning seat's view); Vitest runs every test under test/. */
import path from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/** Phaser's build flags (what its webpack DefinePlugin sets): both renderers, no sound, no WebGL debug, no FB Instant. */
const PHASER_FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_FBINSTANT: false,
};

/** Replaces `typeof FLAG` in Phaser's sources by the flag's value, so the bundler drops what a false flag guards. */
function phaserFlags(): Plugin {
  const re = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join("|")})\\b`, "g");
  return {
    name: "phaser-flags",
    transform(code, id) {
      if (!id.includes("/phaser/src/")) return null;
      return { code: code.replace(re, (_m, flag: string) => String(PHASER_FLAGS[flag])), map: null };
    },
  };
}

export default defineConfig({
  root: "client",
  publicDir: "../assets/public",
  base: "/",
  plugins: [phaserFlags()],
  resolve: {
    // The client's Phaser is the part it uses (client/phaser/phaser-lite.js), built from Phaser's sources (#18: bundle size).
    alias: [
      { find: /^phaser$/, replacement: path.resolve(import.meta.dirname, "client/phaser/phaser-lite.js") },
      { find: /^phaser-src\//, replacement: path.resolve(import.meta.dirname, "node_modules/phaser/src") + "/" },
    ],
  },
  // Preact components: JSX through Vite's own transform (oxc), automatic runtime from preact.
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        manualChunks: (id: string) => (id.includes("/phaser/") ? "phaser" : undefined),
      },
    },
  },
  server: { port: 5173, proxy: {} },
  test: {
    root: ".",
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["node_modules/**", "dist/**"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    reporters: ["default", "./test/summary-reporter.ts"],
    globalSetup: ["./test/global-setup.ts"],
  },
});
