/**
 * Password hashing with scrypt (node:crypto). The stored form records its parameters
 * (`scrypt$N$r$p$salt$hash`) so they can be raised later without invalidating old hashes.
 * N = 2^17, r = 8, p = 1 (OWASP's recommendation; about 128 MiB and a few hundred ms per hash).
 * Tests lower the cost with ATALAYA_SCRYPT_LOG2N (never in production).
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { InputError } from '../errors.js';

const KEYLEN = 32;

function scrypt(pw: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((res, rej) => scryptCb(pw.normalize('NFKC'), salt, KEYLEN, opts, (e, k) => (e ? rej(e) : res(k))));
}

function log2n(): number {
  const v = Number(process.env.ATALAYA_SCRYPT_LOG2N);
  return Number.isInteger(v) && v >= 10 && v <= 20 ? v : 17;
}

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 1024;

export function checkPasswordPolicy(pw: string): void {
  if (typeof pw !== 'string' || pw.length < MIN_PASSWORD) throw new InputError(`password must have at least ${MIN_PASSWORD} characters`, { field: 'password' });
  if (pw.length > MAX_PASSWORD) throw new InputError(`password must have at most ${MAX_PASSWORD} characters`, { field: 'password' });
}

export async function hashPassword(pw: string): Promise<string> {
  const N = 2 ** log2n(), r = 8, p = 1;
  const salt = randomBytes(16);
  const key = await scrypt(pw, salt, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(pw: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !hash || typeof pw !== 'string' || pw.length > MAX_PASSWORD) return false;
  const N = Number(n), R = Number(r), P = Number(p);
  const key = await scrypt(pw, Buffer.from(salt, 'base64'), { N, r: R, p: P, maxmem: 256 * N * R + 1024 * 1024 });
  const want = Buffer.from(hash, 'base64');
  return want.length === key.length && timingSafeEqual(want, key);
}

/** A hash of nothing, verified against when the user does not exist, so timing does not tell. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(randomBytes(16).toString('hex')));
}
