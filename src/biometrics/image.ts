/**
 * Images as the face pipeline sees them: decoded in pure JavaScript (jpeg-js, pngjs) into packed
 * 8-bit RGB, so that nothing native and nothing downloaded is needed to read a photograph.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { InputError } from '../errors.js';

export interface RgbImage {
  width: number;
  height: number;
  /** width * height * 3 bytes, row by row, R G B */
  data: Uint8Array;
}

export type ImageFormat = 'jpeg' | 'png';

/** The format by magic bytes, not by file name: uploads and partner packages lie about names. */
export function sniffFormat(buf: Uint8Array): ImageFormat | undefined {
  if (buf.length > 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.length > 8 && buf[0] === 0x89 && buf[1] === 0x50 && buf[2] === 0x4e && buf[3] === 0x47) return 'png';
  return undefined;
}

export function mediaType(format: ImageFormat): string {
  return format === 'jpeg' ? 'image/jpeg' : 'image/png';
}

/** Largest image accepted (megapixels): a 24 MP camera frame fits, a decompression bomb does not. */
const MAX_MEGAPIXELS = 40;

/** Decodes a JPEG or PNG. `where` names the image in errors (file name or request field). */
export function decodeImage(buf: Uint8Array, where: string = 'image'): RgbImage & { format: ImageFormat } {
  const format = sniffFormat(buf);
  if (!format) throw new InputError('not a JPEG or PNG image (unrecognised leading bytes)', { field: where });
  try {
    if (format === 'jpeg') {
      const d = jpeg.decode(buf, { useTArray: true, formatAsRGBA: false, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 1024 });
      return { width: d.width, height: d.height, data: d.data as Uint8Array, format };
    }
    const p = PNG.sync.read(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength));
    if (p.width * p.height > MAX_MEGAPIXELS * 1e6) throw new Error(`image too large (${p.width}x${p.height})`);
    const out = new Uint8Array(p.width * p.height * 3);
    // pngjs always hands back RGBA; composite transparency over white, as a printed photo would be.
    for (let i = 0, j = 0; i < p.data.length; i += 4, j += 3) {
      const a = p.data[i + 3]! / 255;
      out[j] = Math.round(p.data[i]! * a + 255 * (1 - a));
      out[j + 1] = Math.round(p.data[i + 1]! * a + 255 * (1 - a));
      out[j + 2] = Math.round(p.data[i + 2]! * a + 255 * (1 - a));
    }
    return { width: p.width, height: p.height, data: out, format };
  } catch (err) {
    throw new InputError(`cannot decode ${format.toUpperCase()} image: ${(err as Error).message}`, { field: where });
  }
}

export function encodeJpeg(img: RgbImage, quality = 90): Buffer {
  const rgba = new Uint8Array(img.width * img.height * 4);
  for (let i = 0, j = 0; j < img.data.length; i += 4, j += 3) {
    rgba[i] = img.data[j]!;
    rgba[i + 1] = img.data[j + 1]!;
    rgba[i + 2] = img.data[j + 2]!;
    rgba[i + 3] = 255;
  }
  return jpeg.encode({ width: img.width, height: img.height, data: rgba }, quality).data;
}

export function encodePng(img: RgbImage): Buffer {
  const p = new PNG({ width: img.width, height: img.height });
  for (let i = 0, j = 0; j < img.data.length; i += 4, j += 3) {
    p.data[i] = img.data[j]!;
    p.data[i + 1] = img.data[j + 1]!;
    p.data[i + 2] = img.data[j + 2]!;
    p.data[i + 3] = 255;
  }
  return PNG.sync.write(p);
}

/** Bilinear sample of channel c at a real-valued position (edges clamp). */
export function sample(img: RgbImage, x: number, y: number, c: number): number {
  const w = img.width, h = img.height;
  if (x < 0) x = 0; else if (x > w - 1) x = w - 1;
  if (y < 0) y = 0; else if (y > h - 1) y = h - 1;
  const x0 = Math.floor(x), y0 = Math.floor(y);
  const x1 = Math.min(x0 + 1, w - 1), y1 = Math.min(y0 + 1, h - 1);
  const fx = x - x0, fy = y - y0;
  const d = img.data;
  const a = d[(y0 * w + x0) * 3 + c]!, b = d[(y0 * w + x1) * 3 + c]!;
  const e = d[(y1 * w + x0) * 3 + c]!, f = d[(y1 * w + x1) * 3 + c]!;
  return (a * (1 - fx) + b * fx) * (1 - fy) + (e * (1 - fx) + f * fx) * fy;
}

/**
 * Resamples `out` pixels through an affine map from output to source coordinates:
 * src = (a*x + b*y + tx, c*x + d*y + ty). Used for alignment and for test alterations alike.
 */
export function warpAffine(img: RgbImage, width: number, height: number, m: [number, number, number, number, number, number]): RgbImage {
  const [a, b, tx, c, d, ty] = m;
  const out = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = a * x + b * y + tx, sy = c * x + d * y + ty;
      const o = (y * width + x) * 3;
      out[o] = sample(img, sx, sy, 0);
      out[o + 1] = sample(img, sx, sy, 1);
      out[o + 2] = sample(img, sx, sy, 2);
    }
  }
  return { width, height, data: out };
}
