/// <reference lib="webworker" />
import * as Comlink from "comlink";
import * as ort from "onnxruntime-web/webgpu";
import { ORT_WASM_PATHS } from "../lib/asr/browser-env";
import type { Channel } from "../lib/transcript/segment";
import { ChannelPipeline } from "../lib/vad/channel-pipeline";
import { detectSpeech } from "../lib/vad/detect";
import { SileroVad, type OrtLike } from "../lib/vad/silero";
import type { VadWorkerApi } from "./vad-protocol";

declare const self: DedicatedWorkerGlobalScope;

const SILERO_URL = "/vad/silero_vad_v5.onnx";
const channels = new Map<Channel, { port: MessagePort; pipeline: ChannelPipeline }>();
let model: Promise<Uint8Array> | null = null;

function loadModel(): Promise<Uint8Array> {
  model ??= (async () => {
    const wasm = ort.env.wasm;
    wasm.wasmPaths = {
      mjs: new URL(ORT_WASM_PATHS.mjs, self.location.origin).href,
      wasm: new URL(ORT_WASM_PATHS.wasm, self.location.origin).href,
    };
    // The VAD model is tiny: one thread is faster than coordinating several.
    wasm.numThreads = 1;
    const response = await fetch(SILERO_URL);
    if (!response.ok) throw new Error(`voice activity model missing: ${SILERO_URL} answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  })();
  return model;
}

const createVad = async () =>
  SileroVad.create(ort as unknown as OrtLike, await loadModel(), { executionProviders: ["wasm"] });

const api: VadWorkerApi = {
  async init() {
    await loadModel();
  },
  async attach(channel, port, sampleRateHz, onEvent, onLevel) {
    // Each channel has its own recurrent VAD state, so each gets its own session.
    const vad = await createVad();
    const pipeline = new ChannelPipeline(
      vad,
      sampleRateHz,
      (event) => {
        const withChannel = { ...event, channel };
        onEvent("audio" in event ? Comlink.transfer(withChannel, [event.audio.buffer]) : withChannel);
      },
      (dbfs) => onLevel({ channel, dbfs }),
      // Live: the final's transcription starts during the hang-over (see the segmenter).
      { tentativeFinals: true },
    );
    port.onmessage = (message: MessageEvent<unknown>) => {
      if (message.data instanceof Float32Array) void pipeline.push(message.data);
    };
    channels.set(channel, { port, pipeline });
  },
  async detach(channel) {
    const entry = channels.get(channel);
    if (!entry) return;
    entry.port.onmessage = null;
    entry.port.close();
    await entry.pipeline.flush();
    channels.delete(channel);
  },
  async segmentRecording(samples, onEvent, onProgress) {
    const vad = await createVad();
    const totalMs = (samples.length / 16_000) * 1000;
    for await (const event of detectSpeech(vad, samples)) {
      if (event.type === "progress") continue;
      const withChannel = { ...event, channel: "import" as const };
      onEvent("audio" in event ? Comlink.transfer(withChannel, [event.audio.buffer]) : withChannel);
      if (event.type === "end") onProgress(event.endMs, totalMs);
    }
    onProgress(totalMs, totalMs);
  },
};

Comlink.expose(api);
