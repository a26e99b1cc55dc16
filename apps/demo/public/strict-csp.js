// Loaded by index.html before the app's modules. zod 4 (inside @lsh-cyber/schema) probes for
// `new Function` when it builds its validators, to compile fast ones; the app's
// Content-Security-Policy forbids eval, so the probe would report a violation on every page. The
// interpreted mode gives the same results. This is the setting `z.config({ jitless: true })` writes;
// zod reads it from this global (so that every copy of zod on a page shares it), and it must be set
// before any zod schema is built, which is why it is a classic script of its own.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
