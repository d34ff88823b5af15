import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "public/**", "test-results/**", "next-env.d.ts", ".tmp/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    // The pure core and the workers never reach into the app's React layer.
    files: ["lib/**/*.ts", "workers/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/app/**", "../app/*", "../../app/*"], message: "lib/ and workers/ must not import app/." },
          ],
        },
      ],
    },
  },
  {
    // Workers hold their state in an object created once (a class instance), not in module variables.
    files: ["workers/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program > VariableDeclaration[kind='let']",
          message: "No module-level mutable state in workers/: keep it in the worker's class.",
        },
        {
          selector: "Program > ExportNamedDeclaration > VariableDeclaration[kind='let']",
          message: "No module-level mutable state in workers/.",
        },
      ],
    },
  },
];

export default config;
