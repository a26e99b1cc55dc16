import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { loadConsentTexts } from './consent.js';
import { openDatabase } from './db/open.js';
import { CentreStore } from './store.js';

// `pnpm centre` runs from the repository root; INIT_CWD is where the user typed it.
const cwd = process.env.INIT_CWD ?? process.cwd();
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.env, cwd);
} catch (error) {
  console.error(`centre: ${(error as Error).message}`);
  process.exit(2);
}
const database = await openDatabase(config.database);
const app = createApp({ store: new CentreStore(database.db), consent: loadConsentTexts(), k: config.k, demoOrigin: config.demoOrigin });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const where =
    config.database.kind === 'postgresql'
      ? 'PostgreSQL (DATABASE_URL)'
      : `PGlite in ${config.database.kind === 'pglite' ? config.database.dataDir : 'memory'}`;
  console.log(`centre listening on http://${config.host}:${info.port} (${where})`);
});

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
