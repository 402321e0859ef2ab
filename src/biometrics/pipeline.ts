/**
 * One photograph to one face template: decode, detect, pick the subject, align, check quality,
 * extract. Refusals are `FaceRefusedError`s (an `InputError`) that say why in the officer's words.
 */
import { InputError } from '../errors.js';
import { decodeImage, type ImageFormat, type RgbImage } from './image.js';
import { alignFace } from './align.js';
import { assessQuality, DEFAULT_QUALITY, type QualityProfile, type QualityReport } from './quality.js';
import type { DetectedFace, FaceModel } from './face-model.js';

export class FaceRefusedError extends InputError {
  constructor(readonly reasons: string[], where: string, readonly quality?: QualityReport) {
    super(`photograph refused: ${reasons.join('; ')}`, { field: where });
    this.name = 'FaceRefusedError';
  }
}

export interface FaceAnalysis {
  format: ImageFormat;
  width: number;
  height: number;
  face: DetectedFace;
  /** faces found besides the subject (bystanders, a photo on a wall) */
  otherFaces: number;
  quality: QualityReport;
  model: string;
  template: Float32Array;
}

/** A second face at least this large (relative width) makes the subject ambiguous. */
const AMBIGUOUS_RATIO = 0.8;

/** The subject: the largest face, unless another face is nearly as large. */
export function pickSubject(faces: DetectedFace[], where: string): DetectedFace {
  if (faces.length === 0) throw new FaceRefusedError(['no face found in the image'], where);
  const sorted = [...faces].sort((a, b) => b.box.width - a.box.width);
  if (sorted.length > 1 && sorted[1]!.box.width >= AMBIGUOUS_RATIO * sorted[0]!.box.width)
    throw new FaceRefusedError([`${faces.length} faces of similar size found; photograph one person, or crop to the subject`], where);
  return sorted[0]!;
}

export async function analyseDecoded(model: FaceModel, img: RgbImage, where: string, profile: QualityProfile = DEFAULT_QUALITY): Promise<Omit<FaceAnalysis, 'format'>> {
  const faces = await model.detect(img);
  const face = pickSubject(faces, where);
  return templateOf(model, img, face, where, profile, faces.length - 1);
}

export async function templateOf(model: FaceModel, img: RgbImage, face: DetectedFace, where: string, profile: QualityProfile = DEFAULT_QUALITY, otherFaces = 0): Promise<Omit<FaceAnalysis, 'format'>> {
  const aligned = alignFace(img, face.landmarks, model.alignment);
  const quality = assessQuality(face, aligned, profile);
  if (!quality.ok) throw new FaceRefusedError(quality.reasons, where, quality);
  const template = await model.template(aligned);
  return { width: img.width, height: img.height, face, otherFaces, quality, model: model.name, template };
}

export async function analyseImage(model: FaceModel, bytes: Uint8Array, where = 'image', profile: QualityProfile = DEFAULT_QUALITY): Promise<FaceAnalysis> {
  const img = decodeImage(bytes, where);
  const a = await analyseDecoded(model, img, where, profile);
  return { ...a, format: img.format };
}
