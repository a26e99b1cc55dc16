import { type BenchmarkRelease, type BenchmarkSubmission, safeParseBenchmarkRelease } from '@lsh-cyber/schema';
import { centreOrigin } from './centre-origin.js';

/**
 * The regional centre this build shares with: the origin of `VITE_CENTRE_URL` at build time, or
 * undefined when none was set (then the demo has no share step and talks to no server at all).
 */
export const CENTRE_ORIGIN: string | undefined = centreOrigin(import.meta.env.VITE_CENTRE_URL);

/** The consent text the centre asks for now (`GET /api/v1/consent`, versioned in the centre's repository). */
export interface CentreConsent {
  textVersion: string;
  purpose: string;
  retention: { months: number };
  text: { nl: string; en: string };
}

/** What the centre hands back for a shared result: the id and the secret that withdraws it. */
export interface CentreReceipt {
  centre: string;
  id: string;
  receipt: string;
  textVersion: string;
  sharedAt: string;
}

/** Why a call to the centre failed, in terms the UI can put in a plain sentence. */
export type CentreFailure = 'network' | 'refused' | 'not-found';

/** The outcome of a call to the centre. */
export type CentreResult<T> = { ok: true; value: T } | { ok: false; failure: CentreFailure };

async function call(origin: string, path: string, init: RequestInit): Promise<Response | CentreFailure> {
  try {
    return await fetch(`${origin}${path}`, { ...init, credentials: 'omit', mode: 'cors', cache: 'no-cache' });
  } catch {
    return 'network';
  }
}

const failureOf = (res: Response): CentreFailure => (res.status === 404 ? 'not-found' : 'refused');

/** Reads the consent text the centre currently asks for. */
export async function fetchConsent(origin: string): Promise<CentreResult<CentreConsent>> {
  const res = await call(origin, '/api/v1/consent', { method: 'GET' });
  if (typeof res === 'string') return { ok: false, failure: res };
  if (!res.ok) return { ok: false, failure: failureOf(res) };
  const body = (await res.json().catch(() => null)) as CentreConsent | null;
  if (!body || typeof body.textVersion !== 'string' || typeof body.text?.nl !== 'string' || typeof body.text?.en !== 'string')
    return { ok: false, failure: 'refused' };
  return { ok: true, value: body };
}

/** Sends the reduced submission with the consent she gave; only called from her click. */
export async function shareSubmission(
  origin: string,
  submission: BenchmarkSubmission,
  consent: Pick<CentreConsent, 'purpose' | 'textVersion'>,
  now: Date,
): Promise<CentreResult<CentreReceipt>> {
  const res = await call(origin, '/api/v1/submissions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ submission, consent: { purpose: consent.purpose, textVersion: consent.textVersion } }),
  });
  if (typeof res === 'string') return { ok: false, failure: res };
  if (res.status !== 201) return { ok: false, failure: failureOf(res) };
  const body = (await res.json().catch(() => null)) as { id?: unknown; receipt?: unknown } | null;
  if (typeof body?.id !== 'string' || typeof body.receipt !== 'string') return { ok: false, failure: 'refused' };
  return {
    ok: true,
    value: { centre: origin, id: body.id, receipt: body.receipt, textVersion: consent.textVersion, sharedAt: now.toISOString() },
  };
}

/** Withdraws a shared result with its receipt (`DELETE /api/v1/submissions/{id}`). */
export async function withdrawSubmission(origin: string, receipt: Pick<CentreReceipt, 'id' | 'receipt'>): Promise<CentreResult<true>> {
  const res = await call(origin, `/api/v1/submissions/${encodeURIComponent(receipt.id)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${receipt.receipt}` },
  });
  if (typeof res === 'string') return { ok: false, failure: res };
  if (res.status !== 204) return { ok: false, failure: failureOf(res) };
  return { ok: true, value: true };
}

/** Reads the centre's latest published release; `not-found` when it has published none yet. */
export async function fetchRelease(origin: string): Promise<CentreResult<BenchmarkRelease>> {
  const res = await call(origin, '/api/v1/benchmark', { method: 'GET' });
  if (typeof res === 'string') return { ok: false, failure: res };
  if (!res.ok) return { ok: false, failure: failureOf(res) };
  const parsed = safeParseBenchmarkRelease(await res.json().catch(() => null));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, failure: 'refused' };
}

/** The receipt as a small text file she can keep: what was shared, where, and how to withdraw it. */
export function receiptText(receipt: CentreReceipt, heading: string, howToWithdraw: string): string {
  return [
    heading,
    '',
    `centre: ${receipt.centre}`,
    `id: ${receipt.id}`,
    `receipt: ${receipt.receipt}`,
    `consent text: ${receipt.textVersion}`,
    `shared at: ${receipt.sharedAt}`,
    '',
    howToWithdraw,
    `DELETE ${receipt.centre}/api/v1/submissions/${receipt.id}`,
    `Authorization: Bearer ${receipt.receipt}`,
    '',
  ].join('\n');
}
