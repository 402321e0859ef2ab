/**
 * Alterations of a photograph that stand in for "the same face, photographed again": crop, scale,
 * rotation, brightness, JPEG re-compression, occlusion. The tests and the benchmark use them to
 * make same-person pairs from the few photographs that can be had offline.
 */
import { decodeImage, encodeJpeg, warpAffine, type RgbImage } from './image.js';

export function crop(img: RgbImage, x: number, y: number, width: number, height: number): RgbImage {
  x = Math.max(0, Math.round(x)); y = Math.max(0, Math.round(y));
  width = Math.min(Math.round(width), img.width - x); height = Math.min(Math.round(height), img.height - y);
  const out = new Uint8Array(width * height * 3);
  for (let r = 0; r < height; r++) {
    const s = ((y + r) * img.width + x) * 3;
    out.set(img.data.subarray(s, s + width * 3), r * width * 3);
  }
  return { width, height, data: out };
}

export function scale(img: RgbImage, factor: number): RgbImage {
  const w = Math.max(1, Math.round(img.width * factor)), h = Math.max(1, Math.round(img.height * factor));
  return warpAffine(img, w, h, [img.width / w, 0, 0, 0, img.height / h, 0]);
}

/** Rotates about the centre by `degrees` (counter-clockwise), keeping the frame size. */
export function rotate(img: RgbImage, degrees: number): RgbImage {
  const t = (degrees * Math.PI) / 180, cos = Math.cos(t), sin = Math.sin(t);
  const cx = img.width / 2, cy = img.height / 2;
  // output (x, y) -> source: rotate by -t about the centre
  return warpAffine(img, img.width, img.height, [cos, -sin, cx - cos * cx + sin * cy, sin, cos, cy - sin * cx - cos * cy]);
}

export function brightness(img: RgbImage, delta: number): RgbImage {
  const out = new Uint8Array(img.data.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(0, Math.min(255, img.data[i]! + delta));
  return { width: img.width, height: img.height, data: out };
}

export function recompress(img: RgbImage, quality: number): RgbImage {
  const { width, height, data } = decodeImage(encodeJpeg(img, quality));
  return { width, height, data };
}

/** Paints a flat grey rectangle (a hand, a scarf, a glare) over part of the image. */
export function occlude(img: RgbImage, x: number, y: number, width: number, height: number): RgbImage {
  const out = new Uint8Array(img.data);
  for (let r = Math.max(0, Math.round(y)); r < Math.min(img.height, Math.round(y + height)); r++) {
    for (let c = Math.max(0, Math.round(x)); c < Math.min(img.width, Math.round(x + width)); c++) {
      const o = (r * img.width + c) * 3;
      out[o] = out[o + 1] = out[o + 2] = 128;
    }
  }
  return { width: img.width, height: img.height, data: out };
}

/** Box blur of radius r: an out-of-focus photograph, for the sharpness gate. */
export function blur(img: RgbImage, r: number): RgbImage {
  const { width: w, height: h } = img;
  const tmp = new Float32Array(img.data.length), out = new Uint8Array(img.data.length);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let c = 0; c < 3; c++) {
    let s = 0, n = 0;
    for (let k = -r; k <= r; k++) { const xx = x + k; if (xx >= 0 && xx < w) { s += img.data[(y * w + xx) * 3 + c]!; n++; } }
    tmp[(y * w + x) * 3 + c] = s / n;
  }
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let c = 0; c < 3; c++) {
    let s = 0, n = 0;
    for (let k = -r; k <= r; k++) { const yy = y + k; if (yy >= 0 && yy < h) { s += tmp[(yy * w + x) * 3 + c]!; n++; } }
    out[(y * w + x) * 3 + c] = Math.round(s / n);
  }
  return { width: w, height: h, data: out };
}
