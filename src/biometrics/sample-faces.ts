/**
 * The photographs that can be had offline: the group photographs shipped inside the
 * @vladmandic/face-api package (demo/sample1..6.jpg). Tests and the benchmark cut one portrait
 * per detected face out of them (faces in one group photograph are different people).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { decodeImage, encodeJpeg, type RgbImage } from './image.js';
import { crop } from './alter.js';
import type { DetectedFace, FaceModel } from './face-model.js';

const require = createRequire(import.meta.url);

export function samplePhotoPath(n: number): string {
  return path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo', `sample${n}.jpg`);
}

export interface Portrait {
  photo: number;
  face: number;
  image: RgbImage;
  jpeg: Buffer;
  detected: DetectedFace;
}

/** One portrait per face of sample photo n: the face box with a margin, as a JPEG. */
export async function portraits(model: FaceModel, n: number, margin = 0.5): Promise<Portrait[]> {
  const img = decodeImage(fs.readFileSync(samplePhotoPath(n)));
  const faces = (await model.detect(img)).sort((a, b) => a.box.x - b.box.x);
  return faces.map((f, i) => {
    const b = f.box;
    const p = crop(img, b.x - b.width * margin, b.y - b.height * margin, b.width * (1 + 2 * margin), b.height * (1 + 2 * margin));
    return { photo: n, face: i, image: p, jpeg: encodeJpeg(p, 92), detected: f };
  });
}
