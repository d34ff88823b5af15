import { Segmenter, type SegmenterEvent, type SegmenterOptions } from "./segmenter";
import { VAD_FRAME_SAMPLES, type SileroVad } from "./silero";

/**
 * Runs VAD + segmentation over 16 kHz audio and yields every segmenter event in order (files, the CLI,
 * tests). Live capture feeds the same Segmenter frame by frame.
 */
export async function* detectSpeech(
  vad: SileroVad,
  samples: Float32Array,
  options: Partial<SegmenterOptions> = {},
): AsyncGenerator<SegmenterEvent> {
  vad.reset();
  const segmenter = new Segmenter(options);
  for (let i = 0; i + VAD_FRAME_SAMPLES <= samples.length; i += VAD_FRAME_SAMPLES) {
    const frame = samples.slice(i, i + VAD_FRAME_SAMPLES);
    yield* segmenter.push(frame, await vad.probability(frame));
  }
  yield* segmenter.flush();
}
