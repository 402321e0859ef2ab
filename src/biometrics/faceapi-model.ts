/**
 * The bundled face model: @vladmandic/face-api (SSD MobileNet v1 detector, 68-point landmarks, the
 * dlib-style ResNet-34 128-d recognition network) on TensorFlow.js's WebAssembly backend, all on
 * the CPU. Weights load from the files inside the npm package and the WASM binaries from
 * node_modules: nothing is fetched at run time.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type { RgbImage } from './image.js';
import { normalise, type DetectedFace, type FaceModel } from './face-model.js';

const require = createRequire(import.meta.url);

type Tf = typeof import('@tensorflow/tfjs');
type FaceApi = typeof import('@vladmandic/face-api');

let loading: Promise<{ tf: Tf; faceapi: FaceApi }> | undefined;

/** Loads TensorFlow.js, the WASM backend and the three networks once per thread. */
function load(): Promise<{ tf: Tf; faceapi: FaceApi }> {
  loading ??= (async () => {
    const tf = require('@tensorflow/tfjs') as Tf;
    const wasm = require('@tensorflow/tfjs-backend-wasm') as { setWasmPaths(p: string, usePlatformFetch?: boolean): void };
    // A file path ending in "/" makes the backend read the .wasm files from disk (never a CDN).
    wasm.setWasmPaths(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep);
    const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
    await tf.setBackend('wasm');
    await tf.ready();
    const dir = path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
    await faceapi.nets.ssdMobilenetv1.loadFromDisk(dir);
    await faceapi.nets.faceLandmark68Net.loadFromDisk(dir);
    await faceapi.nets.faceRecognitionNet.loadFromDisk(dir);
    return { tf, faceapi };
  })();
  return loading;
}

export class FaceApiModel implements FaceModel {
  readonly name = 'faceapi-resnet34-128@1.7.15';
  readonly dimensions = 128;
  // face-api's own crop for its recognition net: a square of side eyeMouth/0.45 with the
  // eyes-and-mouth centroid at (0.5, 0.43). We keep that geometry and add rotation (roll) correction.
  readonly alignment = { size: 150, eyeMouth: 0.45, centre: { x: 0.5, y: 0.43 } };

  constructor(private readonly minConfidence = 0.5) {}

  async ready(): Promise<void> {
    await load();
  }

  async detect(img: RgbImage): Promise<DetectedFace[]> {
    const { tf, faceapi } = await load();
    const t = tf.tensor3d(img.data, [img.height, img.width, 3], 'int32');
    try {
      const found = await faceapi
        .detectAllFaces(t as never, new faceapi.SsdMobilenetv1Options({ minConfidence: this.minConfidence }))
        .withFaceLandmarks();
      return found.map((f) => ({
        box: { x: f.detection.box.x, y: f.detection.box.y, width: f.detection.box.width, height: f.detection.box.height },
        score: f.detection.score,
        landmarks: f.landmarks.positions.map((p) => ({ x: p.x, y: p.y })),
      }));
    } finally {
      t.dispose();
    }
  }

  async template(aligned: RgbImage): Promise<Float32Array> {
    const { tf, faceapi } = await load();
    const t = tf.tensor3d(aligned.data, [aligned.height, aligned.width, 3], 'int32');
    try {
      const d = await faceapi.computeFaceDescriptor(t as never);
      return normalise(Array.isArray(d) ? d[0]! : d);
    } finally {
      t.dispose();
    }
  }
}
