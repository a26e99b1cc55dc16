// `pnpm start` runs this first: is the demo's port free? Says so before a minute of building.
// The port is PORT from the environment (as the demo's server reads it), else 4173.
import { createServer } from 'node:net';

const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT is not a port number: ${process.env.PORT}`);
  process.exit(1);
}
const server = createServer();
server.once('error', (error) => {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : '';
  if (code === 'EADDRINUSE') console.error(`Port ${port} is in use. Try another one: PORT=${port + 1} pnpm start`);
  else console.error(`Cannot use port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => server.close());
