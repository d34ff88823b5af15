/// <reference lib="webworker" />
import "../lib/zod-jitless";
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

/** The Silero model bytes (fetched once) and one pipeline per attached capture channel. */
class VadWorker implements VadWorkerApi {
  private readonly channels = new Map<Channel, { port: MessagePort; pipeline: ChannelPipeline }>();
  private model: Promise<Uint8Array> | null = null;

  private loadModel(): Promise<Uint8Array> {
    this.model ??= (async () => {
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
    // A failed download is not remembered: the next call tries again.
    this.model.catch(() => (this.model = null));
    return this.model;
  }

  private async createVad(): Promise<SileroVad> {
    return SileroVad.create(ort as unknown as OrtLike, await this.loadModel(), { executionProviders: ["wasm"] });
  }

  init: VadWorkerApi["init"] = async () => {
    await this.loadModel();
  };

  attach: VadWorkerApi["attach"] = async (channel, port, sampleRateHz, onEvent, onLevel) => {
    // Each channel has its own recurrent VAD state, so each gets its own session.
    const vad = await this.createVad();
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
    this.channels.set(channel, { port, pipeline });
  };

  detach: VadWorkerApi["detach"] = async (channel) => {
    const entry = this.channels.get(channel);
    if (!entry) return;
    entry.port.onmessage = null;
    entry.port.close();
    await entry.pipeline.flush();
    this.channels.delete(channel);
  };

  segmentRecording: VadWorkerApi["segmentRecording"] = async (samples, onEvent, onProgress) => {
    const vad = await this.createVad();
    const totalMs = (samples.length / 16_000) * 1000;
    for await (const event of detectSpeech(vad, samples)) {
      if (event.type === "progress") continue;
      const withChannel = { ...event, channel: "import" as const };
      onEvent("audio" in event ? Comlink.transfer(withChannel, [event.audio.buffer]) : withChannel);
      if (event.type === "end") onProgress(event.endMs, totalMs);
    }
    onProgress(totalMs, totalMs);
  };
}

Comlink.expose(new VadWorker());
