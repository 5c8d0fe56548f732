// Lint rules: TypeScript recommended everywhere, plus type-aware rules (no floating promises, no unsafe `any`) on the
// TypeScript sources of tsconfig.json; shared/ stays pure (no Colyseus, Phaser, DOM, Node, Math.random or Date).
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  "fs",
  "path",
  "os",
  "crypto",
  "child_process",
  "http",
  "https",
  "net",
  "worker_threads",
  "url",
  "util",
  "events",
  "stream",
  "process",
  "timers",
  "zlib",
  "perf_hooks",
];

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "test/e2e/artifacts/**", "test/bench/results/**", "data/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unsafe-argument": "error",
      "@typescript-eslint/no-unsafe-assignment": "error",
      "@typescript-eslint/no-unsafe-call": "error",
      "@typescript-eslint/no-unsafe-member-access": "error",
      "@typescript-eslint/no-unsafe-return": "error",
    },
  },
  {
    files: ["shared/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "shared/ must not import Node modules." })),
          patterns: [
            { group: ["colyseus", "@colyseus/*"], message: "shared/ must not depend on Colyseus." },
            { group: ["phaser", "phaser/*"], message: "shared/ must not depend on Phaser." },
            { group: ["node:*"], message: "shared/ must not import Node modules." },
            { group: ["pg", "express"], message: "shared/ must not do I/O." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Date", message: "The engine is deterministic: no Date in shared/." },
        { name: "window", message: "No DOM in shared/." },
        { name: "document", message: "No DOM in shared/." },
        { name: "localStorage", message: "No DOM in shared/." },
        { name: "performance", message: "No timing in shared/." },
        { name: "process", message: "No Node globals in shared/." },
        { name: "require", message: "No Node globals in shared/." },
        { name: "setTimeout", message: "No timers in shared/." },
        { name: "fetch", message: "No I/O in shared/." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Use the seeded PRNG in shared/engine/rng.ts." },
        { object: "Date", property: "now", message: "The engine is deterministic: no Date.now in shared/." },
      ],
    },
  },
  {
    // zod stays off the browser bundle (#18): the client and the shared code it bundles read the zod-free names and types of
    // shared/protocol (names.ts, s2c.ts, view-stream.ts); the modules that build zod schemas may be imported for their types only.
    files: ["client/**/*.{ts,tsx}", ...["engine", "ai", "match", "describe", "debrief", "sources"].map((d) => `shared/${d}/**/*.ts`)],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["zod", "zod/*"], message: "zod stays off the client: use the plain names and types of shared/protocol/names.ts and s2c.ts." },
            {
              regex: "(^|/)(protocol/(messages|orders|deals|licences|server-messages)|scenario/(schema|load|presets))$",
              allowTypeImports: true,
              message: "This module builds zod schemas: import its types only (import type), or the values from shared/protocol/names.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    // Math.pow/log/exp and `**` with a variable exponent are not bit-identical across V8 versions (#17): the engine and the
    // match use shared/engine/det-math.ts so replays hash the same on every runtime.
    files: ["shared/engine/**/*.ts", "shared/match/**/*.ts"],
    ignores: ["shared/engine/det-math.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Use the seeded PRNG in shared/engine/rng.ts." },
        { object: "Date", property: "now", message: "The engine is deterministic: no Date.now in shared/." },
        ...["pow", "log", "log2", "log10", "log1p", "exp", "expm1", "sin", "cos", "tan", "atan", "atan2", "hypot", "cbrt"].map((property) => ({
          object: "Math",
          property,
          message: "Not bit-identical across engines: use shared/engine/det-math.ts.",
        })),
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "BinaryExpression[operator='**'][right.type!='Literal']", message: "Use powInt/pow from shared/engine/det-math.ts." },
        { selector: "AssignmentExpression[operator='**=']", message: "Use powInt/pow from shared/engine/det-math.ts." },
      ],
    },
  },
);
