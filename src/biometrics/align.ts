/**
 * Alignment: a similarity transform (rotation, scale, shift) that puts the eyes level and the
 * eyes and mouth where the model expects them, so that a tilted head or a rotated photograph gives
 * the same crop as an upright one.
 */
import { warpAffine, type RgbImage } from './image.js';
import type { AlignmentSpec, Point } from './face-model.js';

function mean(pts: Point[]): Point {
  let x = 0, y = 0;
  for (const p of pts) { x += p.x; y += p.y; }
  return { x: x / pts.length, y: y / pts.length };
}

/** Eye centres and mouth centre from the 68 landmarks (iBUG order: 36-41, 42-47, 48-67). */
export function referencePoints(lm: Point[]): { leftEye: Point; rightEye: Point; mouth: Point } {
  return { leftEye: mean(lm.slice(36, 42)), rightEye: mean(lm.slice(42, 48)), mouth: mean(lm.slice(48, 68)) };
}

/** Roll of the face in degrees (angle of the eye line; 0 = level). */
export function rollDegrees(lm: Point[]): number {
  const { leftEye, rightEye } = referencePoints(lm);
  return (Math.atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x) * 180) / Math.PI;
}

export function alignFace(img: RgbImage, landmarks: Point[], spec: AlignmentSpec): RgbImage {
  const { leftEye, rightEye, mouth } = referencePoints(landmarks);
  const angle = Math.atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x);
  const eyeMouth = (Math.hypot(mouth.x - leftEye.x, mouth.y - leftEye.y) + Math.hypot(mouth.x - rightEye.x, mouth.y - rightEye.y)) / 2;
  const centroid = mean([leftEye, rightEye, mouth]);
  // source pixels per output pixel
  const s = eyeMouth / (spec.eyeMouth * spec.size);
  const cos = Math.cos(angle) * s, sin = Math.sin(angle) * s;
  const ox = spec.centre.x * spec.size, oy = spec.centre.y * spec.size;
  // output (x, y) -> source: rotate by the face's roll, scale, and put the centroid in place
  return warpAffine(img, spec.size, spec.size, [cos, -sin, centroid.x - cos * ox + sin * oy, sin, cos, centroid.y - sin * ox - cos * oy]);
}
