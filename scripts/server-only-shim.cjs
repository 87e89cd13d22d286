// Preloaded (node --require) by every entry point that runs outside Next.js:
// the custom server, the CLI and scripts. There is no client bundle there to
// guard, so the `server-only` marker package must load as an empty module.
const resolved = require.resolve("server-only");
require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} };
