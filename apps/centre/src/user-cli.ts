import { readConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { hashPassword } from './security.js';
import { CentreStore } from './store.js';

const USAGE = 'usage: pnpm centre:user add <email> --role analyst|admin   (the password is read from standard input)';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const [command, email, flag, role] = process.argv.slice(2);
if (command !== 'add' || !email || flag !== '--role' || (role !== 'analyst' && role !== 'admin')) {
  console.error(USAGE);
  process.exit(2);
}
if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320) {
  console.error(`centre:user: "${email}" is not an email address`);
  process.exit(2);
}
if (process.stdin.isTTY) console.error('Type the password, then Enter and Ctrl-D:');
const password = await readStdin();
if (password.length < 12) {
  console.error('centre:user: the password must be at least 12 characters');
  process.exit(2);
}
const config = readConfig(process.env, process.env.INIT_CWD ?? process.cwd());
const database = await openDatabase(config.database);
const added = await new CentreStore(database.db).addStaff(email.toLowerCase(), role, await hashPassword(password), new Date());
await database.close();
if (!added) {
  console.error(`centre:user: ${email} already has an account`);
  process.exit(1);
}
console.log(`added ${role} ${email.toLowerCase()}`);
