// Generates public/sw.js after `next build`: precaches the app shell, every built script and style
// (worker bundles included), the icons and ONNX Runtime's WASM, so one online visit is enough to work
// offline. Model weights are not precached: they live in the app's own verified model cache.
import { readFileSync } from "node:fs";
import { generateSW } from "workbox-build";

const buildId = readFileSync(".next/BUILD_ID", "utf8").trim();
const MAX_PRECACHE_FILE_BYTES = 40 * 1024 * 1024;

const common = {
  maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
  dontCacheBustURLsMatching: /^\/_next\/static\//,
};

const { count, size, warnings } = await generateSW({
  swDest: "public/sw.js",
  cacheId: "interview-copilot",
  globDirectory: ".",
  globPatterns: [
    ".next/static/**/*.{js,css,woff2}",
    "public/icons/*.png",
    "public/ort/*.{mjs,wasm}",
    "public/vad/*.onnx",
    "public/worklets/*.js",
  ],
  // Bundlers emit an unused copy of ORT's WASM under media/; the app loads the one in /ort.
  globIgnores: [".next/static/media/*.wasm"],
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((e) => ({
        ...e,
        url: e.url.replace(/^\.next\/static\//, "/_next/static/").replace(/^public\//, "/"),
      })),
      warnings: [],
    }),
  ],
  additionalManifestEntries: [
    { url: "/", revision: buildId },
    { url: "/manifest.webmanifest", revision: buildId },
  ],
  navigateFallback: "/",
  navigateFallbackDenylist: [/^\/api\//, /^\/models\//],
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: "production",
  ...common,
});
for (const w of warnings) console.warn(`sw: ${w}`);
console.log(`sw: precached ${count} files, ${(size / 1e6).toFixed(1)} MB`);
