import { resolve } from 'node:path';
import type { DatabaseTarget } from './db/open.js';

/** The centre's settings, from the environment. */
export interface CentreConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
  k: number | undefined;
  demoOrigin: string | undefined;
}

/**
 * Reads `PORT` (default 4180), `HOST` (default 127.0.0.1), `DATABASE_URL` (a PostgreSQL server;
 * without it PGlite in `CENTRE_DATA`, default `./data/centre`), `CENTRE_K` (minimum group size of
 * new releases, default 10) and `CENTRE_DEMO_ORIGIN` (the demo's origin, the only one allowed by CORS).
 * Throws with a message naming the variable when one is unusable.
 */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string): CentreConfig {
  const port = env.PORT ? Number(env.PORT) : 4180;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number from 0 to 65535, not ${env.PORT}`);
  const k = env.CENTRE_K ? Number(env.CENTRE_K) : undefined;
  if (k !== undefined && (!Number.isInteger(k) || k < 5))
    throw new Error(`CENTRE_K must be a whole number of at least 5, not ${env.CENTRE_K}`);
  const demoOrigin = env.CENTRE_DEMO_ORIGIN || undefined;
  if (demoOrigin && !/^https?:\/\/[^/\s]+$/.test(demoOrigin)) {
    throw new Error(`CENTRE_DEMO_ORIGIN must be an origin such as https://demo.example.org, not ${demoOrigin}`);
  }
  const database: DatabaseTarget = env.DATABASE_URL
    ? { kind: 'postgresql', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(cwd, env.CENTRE_DATA || './data/centre') };
  return { port, host: env.HOST || '127.0.0.1', database, k, demoOrigin };
}
