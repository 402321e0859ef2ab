/**
 * Reads a file as UTF-8 text, chunk by chunk, and refuses invalid bytes with the line they are on.
 * Every reader goes through here so that a mis-encoded file (Latin-1, UTF-16, binary) is an
 * InputError naming the place rather than mojibake in the store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../errors.js';

/** The name we show in errors: the file's base name (full paths may hold user names). */
export function displayName(file: string): string {
  return path.basename(file);
}

/** Yields decoded text chunks of `file`. Throws InputError on invalid UTF-8. */
export async function* readUtf8(file: string, chunkSize = 64 * 1024): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  try {
    await fs.promises.access(file, fs.constants.R_OK);
  } catch {
    throw new InputError('cannot read the file', { file: displayName(file) });
  }
  const stream = fs.createReadStream(file, { highWaterMark: chunkSize });
  let pending: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw invalidAt(file, pending, chunk, lines);
      }
      // Keep the bytes of an incomplete trailing character to locate an error in the next chunk.
      pending = incompleteTail(chunk);
      lines += countNewlines(text);
      if (text) yield text;
    }
    try {
      const rest = decoder.decode();
      if (rest) yield rest;
    } catch {
      throw new InputError('invalid UTF-8: the file ends inside a multi-byte character', { file: displayName(file), line: lines });
    }
  } finally {
    stream.destroy();
  }
}

/** The bytes of a multi-byte character that `chunk` ends in the middle of (usually none). */
export function incompleteTail(chunk: Uint8Array): Buffer {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const b = chunk[chunk.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: the lead is further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? Buffer.from(chunk.subarray(chunk.length - back)) : Buffer.alloc(0);
  }
  return Buffer.alloc(0);
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Names the line of the first invalid sequence. `tail` holds the last bytes of the previous chunk
 * (an unfinished character may start there); its newlines were already counted.
 */
function invalidAt(file: string, tail: Buffer, chunk: Buffer, lineAtChunkStart: number): InputError {
  const buf = Buffer.concat([tail, chunk]);
  const bad = firstInvalidUtf8(buf);
  let line = lineAtChunkStart;
  for (let i = tail.length; i < bad && i < buf.length; i++) if (buf[i] === 0x0a) line++;
  const byte = bad < buf.length ? `0x${buf[bad]!.toString(16).padStart(2, '0')}` : 'end of data';
  return new InputError(`invalid UTF-8 (byte ${byte}); the file must be UTF-8 encoded`, { file: displayName(file), line });
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    if (i + n >= b.length) return i; // truncated sequence at the end
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
