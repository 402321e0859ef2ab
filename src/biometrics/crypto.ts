/**
 * Encryption at rest for images and templates: AES-256-GCM with the key from ATALAYA_DATA_KEY.
 * Each sealed value is bound to its row (additional authenticated data), so a ciphertext copied
 * into another record does not open. Without a key nothing biometric is stored: we refuse.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export class MissingDataKeyError extends Error {
  constructor() {
    super('refusing to store or read biometric data: ATALAYA_DATA_KEY is not set (32 random bytes as 64 hex digits or base64; e.g. `openssl rand -hex 32`)');
    this.name = 'MissingDataKeyError';
  }
}

/** Parses a 32-byte key given as 64 hex digits or as base64; throws a clear error otherwise. */
export function parseDataKey(text: string | undefined): Buffer {
  if (!text || !text.trim()) throw new MissingDataKeyError();
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error(`ATALAYA_DATA_KEY must be 32 bytes (64 hex digits or base64), got ${key.length} bytes`);
  return key;
}

const VERSION = 1;

/** version (1) | iv (12) | tag (16) | ciphertext, as base64 text (portable column type). */
export function seal(key: Buffer, plain: Uint8Array, aad: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, c.getAuthTag(), body]).toString('base64');
}

export function open(key: Buffer, sealed: string, aad: string): Buffer {
  const buf = Buffer.from(sealed, 'base64');
  if (buf[0] !== VERSION) throw new Error(`unknown sealed-data version ${buf[0]}`);
  const d = createDecipheriv('aes-256-gcm', key, buf.subarray(1, 13));
  d.setAAD(Buffer.from(aad, 'utf8'));
  d.setAuthTag(buf.subarray(13, 29));
  try {
    return Buffer.concat([d.update(buf.subarray(29)), d.final()]);
  } catch {
    throw new Error(`biometric record ${aad} does not decrypt: wrong ATALAYA_DATA_KEY or altered data`);
  }
}

export function templateToBytes(t: Float32Array): Uint8Array {
  return new Uint8Array(t.buffer.slice(t.byteOffset, t.byteOffset + t.byteLength));
}

export function templateFromBytes(b: Uint8Array): Float32Array {
  const copy = new Uint8Array(b);
  return new Float32Array(copy.buffer, 0, copy.byteLength / 4);
}
