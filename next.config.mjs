/** @type {import('next').NextConfig} */

// Cross-origin isolation gives SharedArrayBuffer, which ONNX Runtime's multi-threaded WASM needs.
const isolationHeaders = [
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  // Nothing about the interview page travels in a Referer; only this origin may use the microphone and
  // display capture (call audio), and nothing may use the camera or location.
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "microphone=(self), display-capture=(self), camera=(), geolocation=()" },
  { key: "X-Content-Type-Options", value: "nosniff" },
];

const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: isolationHeaders },
      {
        source: "/sw.js",
        headers: [
          { key: "Cache-Control", value: "no-cache, no-store, must-revalidate" },
          { key: "Service-Worker-Allowed", value: "/" },
        ],
      },
    ];
  },
  webpack(config, { isServer }) {
    if (!isServer) {
      // transformers.js' Node-only backends must never reach the browser bundle.
      config.resolve.alias = {
        ...config.resolve.alias,
        sharp$: false,
        "onnxruntime-node$": false,
      };
    }
    return config;
  },
};

export default nextConfig;
