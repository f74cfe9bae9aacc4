// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".data/", "test-artifacts/", "bench/results/", "adapters/web/public/"] },
  js.configs.recommended,
  { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", { selector: "ExportAllDeclaration", message: "Name public exports explicitly." }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/main.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/adapters/**", "**/workers/**"], message: "src/ knows no channel or worker (ARCHITECTURE.md)." }] }],
    },
  },
  {
    files: ["adapters/**/*.ts", "workers/**/*.ts", "src/**/*.ts"],
    ignores: ["src/main.ts", "src/config.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Only src/main.ts and src/config.ts read the environment." }],
    },
  },
);
