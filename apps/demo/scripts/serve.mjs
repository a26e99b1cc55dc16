// `pnpm serve` / `pnpm preview`: serves the built demo on localhost and prints the address.
// Usage: node scripts/serve.mjs [--port 4173]   (PORT in the environment works too)
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', 'dist');
const flag = process.argv.indexOf('--port');
const port = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? 4173));

if (!existsSync(join(root, 'index.html'))) {
  console.error('No build found in apps/demo/dist. Run `pnpm build` first.');
  process.exit(1);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port number: ${port}`);
  process.exit(1);
}
try {
  const server = await startStaticServer({ root, port });
  console.log(`Demo running at ${server.url}`);
  console.log('Everything runs in your browser; this server only hands out the files. Stop with Ctrl+C.');
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : '';
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is in use. Try another one: PORT=${port + 1} pnpm start (from the repository root) or pnpm serve --port ${port + 1} (in apps/demo)`
      : String(error),
  );
  process.exit(1);
}
