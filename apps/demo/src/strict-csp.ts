// Imported first by main.tsx, before anything loads zod (through @lsh-cyber/schema).
// zod 4 probes for `new Function` to compile fast validators; the app's Content-Security-Policy
// forbids eval, so the probe would report a violation on every page. Its interpreted mode gives
// the same results. This is the setting `z.config({ jitless: true })` writes; zod reads it from
// this global so that every copy of zod on a page shares it, and the demo does not depend on zod.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
