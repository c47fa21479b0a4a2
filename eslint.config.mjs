// Lint as the Office add-in templates do (eslint-plugin-office-addins), with typescript-eslint.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-artifacts/**", "bench/out/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-empty-load": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The core is pure: no Office.js, DOM or Node, and no import that leaves src/core.
  ...[
    ["src/core/*.ts", "../*"],
    ["src/core/*/*.ts", "../../*"],
    ["src/core/*/*/*.ts", "../../../*"],
  ].map(([files, outside]) => ({
    files: [files],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["fs", "path", "node:*", "react*", "exceljs", "office*", outside] }],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "require", "Buffer"],
    },
  })),
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
