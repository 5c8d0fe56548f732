/** The landing page's JavaScript is found by following static imports only (dynamic import() chunks load on demand). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundleSizes, staticImports } from "./bundle";

describe("bundle sizes", () => {
  it("follows static imports and skips dynamic ones", () => {
    expect(staticImports(`import{a as b}from"./dom-1.js";import"./side.js";const g=()=>import("./game-2.js");`)).toEqual(["dom-1.js", "side.js"]);
  });
  it("counts the landing chunks and the total separately", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-"));
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "index.html"), `<script type="module" src="/assets/index.js"></script>`);
    fs.writeFileSync(path.join(dir, "assets/index.js"), `import{x}from"./shared.js";const g=()=>import("./game.js");`);
    fs.writeFileSync(path.join(dir, "assets/shared.js"), "export const x=1;");
    fs.writeFileSync(path.join(dir, "assets/game.js"), "x".repeat(5000));
    const s = bundleSizes(dir);
    expect(s.landingFiles.sort()).toEqual(["index.js", "shared.js"]);
    expect(s.total).toBeGreaterThan(s.landing);
  });
});
