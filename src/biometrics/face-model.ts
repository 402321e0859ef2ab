/**
 * The face model behind one small interface, so that a better model (an ArcFace-class ONNX model on
 * onnxruntime-node, say) can replace the bundled one without touching enrolment, search or storage.
 * Templates carry the model's name: templates of different models are never compared.
 */
import type { RgbImage } from './image.js';

export interface Point { x: number; y: number }
export interface Box { x: number; y: number; width: number; height: number }

export interface DetectedFace {
  box: Box;
  /** detector confidence, 0..1 */
  score: number;
  /** 68 landmarks (iBUG 300-W order) in image coordinates */
  landmarks: Point[];
}

/** Where the aligned crop puts the face: a similarity transform maps the eyes and mouth here. */
export interface AlignmentSpec {
  /** square crop side in pixels */
  size: number;
  /** eye-to-mouth distance as a fraction of the side */
  eyeMouth: number;
  /** where the centroid of (left eye, right eye, mouth) lands, as fractions of the side */
  centre: Point;
}

export interface FaceModel {
  /** e.g. "faceapi-resnet34-128@1.7.15": stored with every template */
  readonly name: string;
  readonly dimensions: number;
  readonly alignment: AlignmentSpec;
  detect(img: RgbImage): Promise<DetectedFace[]>;
  /** the template of an aligned crop (alignment.size square), unit length */
  template(aligned: RgbImage): Promise<Float32Array>;
}

export function normalise(v: Float32Array): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  const n = Math.sqrt(s) || 1;
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! / n;
  return out;
}

/** Cosine similarity of two unit-length templates, in [-1, 1]. */
export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new Error(`template dimensions differ (${a.length} vs ${b.length})`);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
