import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt with N = 2^15, r = 8, p = 1: 32 MiB of memory per hash, the OWASP-recommended floor.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { ...params, maxmem: SCRYPT.maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/**
 * Hashes a staff password: `scrypt$N$r$p$salt$key`, salt and key base64url. The cost `N` is kept in
 * the hash, so raising it later still verifies old hashes; tests pass a lower one to stay quick.
 */
export async function hashPassword(password: string, cost: number = SCRYPT.N): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, { ...SCRYPT, N: cost });
  return ['scrypt', cost, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Checks a password against a stored hash, in constant time; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A fresh random secret (receipt, session token, CSRF token): 32 bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a secret, hex: what the database keeps instead of the secret. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a presented secret with a stored digest in constant time. */
export function matchesDigest(secret: string, storedDigest: string): boolean {
  const a = Buffer.from(digest(secret), 'hex');
  const b = Buffer.from(storedDigest, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Compares two strings in constant time (for the CSRF token). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(digest(a), 'hex');
  const y = Buffer.from(digest(b), 'hex');
  return timingSafeEqual(x, y);
}

/**
 * Counts failed logins per key (an address, an email) in a sliding window; a key with `limit`
 * failures within `windowMs` is blocked until the oldest falls out of the window.
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly limit = 5,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** True when any of the keys is blocked at time `now`. */
  blocked(keys: readonly string[], now: number): boolean {
    return keys.some((key) => this.recent(key, now).length >= this.limit);
  }

  /** Records a failure for every key. */
  fail(keys: readonly string[], now: number): void {
    // Many distinct keys (a spray of made-up emails) must not grow the map without bound.
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) this.recent(key, now);
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }

  /** Forgets the failures of the keys (after a successful login). */
  reset(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }
}
