/**
 * The quality gate: a face must be found, large enough, frontal enough and sharp enough before it
 * is enrolled or searched; otherwise the officer is told which test failed and by how much, so a
 * better photograph can be taken on the spot.
 */
import type { RgbImage } from './image.js';
import type { DetectedFace, Point } from './face-model.js';
import { referencePoints, rollDegrees } from './align.js';
import { blur } from './alter.js';

export interface QualityProfile {
  /** detector confidence */
  minDetectorScore: number;
  /** pixels between the eye centres in the original image */
  minEyeDistance: number;
  /** |left - right| / (left + right) of the nose-to-jaw distances: 0 frontal, 1 profile */
  maxYawAsymmetry: number;
  /** share of the aligned crop's fine detail (Laplacian variance) that a 3x3 blur removes, 0..1 */
  minSharpness: number;
}

// Calibrated on the sample photographs (docs/biometrics.md): their faces show 0.06-0.55 asymmetry
// and sharpness 0.60-0.82 (0.62-0.71 at half scale); a 5x5 box blur gives 0.39, a face shot at a
// fifth of the resolution and enlarged 0.48-0.54.
export const DEFAULT_QUALITY: QualityProfile = { minDetectorScore: 0.5, minEyeDistance: 24, maxYawAsymmetry: 0.6, minSharpness: 0.5 };

export interface QualityReport {
  ok: boolean;
  /** one sentence per failed test; empty when ok */
  reasons: string[];
  detectorScore: number;
  eyeDistance: number;
  yawAsymmetry: number;
  rollDegrees: number;
  sharpness: number;
}

function dist(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

export function yawAsymmetry(lm: Point[]): number {
  const nose = lm[30]!, l = dist(nose, lm[0]!), r = dist(nose, lm[16]!);
  return Math.abs(l - r) / (l + r || 1);
}

/** Variance of the 4-neighbour Laplacian over the central part of a crop (less background). */
export function laplacianVariance(img: RgbImage, margin = 0.2): number {
  const { width: w, height: h, data } = img;
  const grey = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) grey[i] = 0.299 * data[i * 3]! + 0.587 * data[i * 3 + 1]! + 0.114 * data[i * 3 + 2]!;
  const x0 = Math.max(1, Math.floor(w * margin)), x1 = Math.min(w - 1, Math.ceil(w * (1 - margin)));
  const y0 = Math.max(1, Math.floor(h * margin)), y1 = Math.min(h - 1, Math.ceil(h * (1 - margin)));
  let s = 0, s2 = 0, n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    const i = y * w + x;
    const v = grey[i - 1]! + grey[i + 1]! + grey[i - w]! + grey[i + w]! - 4 * grey[i]!;
    s += v; s2 += v * v; n++;
  }
  return n ? s2 / n - (s / n) ** 2 : 0;
}

/**
 * Sharpness as the re-blur test: blur the crop a little and see how much fine detail goes. A sharp
 * photograph loses most of it (0.6-0.8); one already blurred has little left to lose. Unlike the
 * raw Laplacian variance it does not punish a low-contrast face (dim light, dark skin).
 */
export function sharpness(aligned: RgbImage): number {
  const before = laplacianVariance(aligned);
  if (before <= 0) return 0;
  return Math.max(0, 1 - laplacianVariance(blur(aligned, 1)) / before);
}

export function assessQuality(face: DetectedFace, aligned: RgbImage, profile: QualityProfile = DEFAULT_QUALITY): QualityReport {
  const { leftEye, rightEye } = referencePoints(face.landmarks);
  const eyeDistance = dist(leftEye, rightEye);
  const yaw = yawAsymmetry(face.landmarks);
  const sharp = sharpness(aligned);
  const reasons: string[] = [];
  const r = (n: number) => Math.round(n * 100) / 100;
  if (face.score < profile.minDetectorScore)
    reasons.push(`face detection is uncertain (confidence ${r(face.score)} < ${profile.minDetectorScore})`);
  if (eyeDistance < profile.minEyeDistance)
    reasons.push(`face too small: ${Math.round(eyeDistance)} px between the eyes, at least ${profile.minEyeDistance} needed (come closer or use a higher resolution)`);
  if (yaw > profile.maxYawAsymmetry)
    reasons.push(`face not frontal enough: landmark asymmetry ${r(yaw)} > ${profile.maxYawAsymmetry} (ask the person to face the camera)`);
  if (sharp < profile.minSharpness)
    reasons.push(`image not sharp enough: sharpness ${r(sharp)} < ${profile.minSharpness} (blurred, out of focus or enlarged from a small picture)`);
  return { ok: reasons.length === 0, reasons, detectorScore: r(face.score), eyeDistance: r(eyeDistance), yawAsymmetry: r(yaw), rollDegrees: r(rollDegrees(face.landmarks)), sharpness: r(sharp) };
}
