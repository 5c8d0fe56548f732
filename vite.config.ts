/** Vite builds the browser client from client/ (static files served from assets/public; scenario files in assets/scenarios are never public: secret objectives leave the server only in the owning seat's view); Vitest runs every test under test/. */
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: "client",
  publicDir: "../assets/public",
  base: "/",
  // Preact components: JSX through Vite's own transform (oxc), automatic runtime from preact.
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        manualChunks: (id: string) => (id.includes("node_modules/phaser") ? "phaser" : undefined),
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
