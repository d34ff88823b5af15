/**
 * Browser capture: microphone and (optionally) a shared tab's audio, each through the pcm-capture
 * AudioWorklet into its own MessagePort. Recognition wants the raw signal, so echo cancellation, noise
 * suppression and auto gain are off.
 */
import { CopilotError } from "../errors";
import type { Channel } from "../transcript/segment";
import { captureError } from "./capture-errors";

export const WORKLET_URL = "/worklets/pcm-capture.js";

const RAW_AUDIO: MediaTrackConstraints = {
  echoCancellation: false,
  noiseSuppression: false,
  autoGainControl: false,
  channelCount: 1,
};

export interface CaptureSource {
  channel: Channel;
  /** The VAD worker's end of the audio; transfer it there. */
  port: MessagePort;
  sampleRateHz: number;
}

export class BrowserCapture {
  private readonly context: AudioContext;
  private readonly streams: MediaStream[] = [];
  private readonly nodes: AudioWorkletNode[] = [];
  private ready: Promise<void>;

  constructor() {
    // The device's native rate: our resampler (anti-aliased, tested) makes 16 kHz in the worker.
    this.context = new AudioContext({ latencyHint: "interactive" });
    this.ready = this.context.audioWorklet.addModule(WORKLET_URL);
    // If capture never starts (microphone denied) the context closes mid-load; that rejection is
    // expected and must not surface as an unhandled one. attach() still awaits and reports it.
    this.ready.catch(() => undefined);
  }

  get sampleRateHz(): number {
    return this.context.sampleRate;
  }

  async microphone(deviceId?: string): Promise<CaptureSource> {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { ...RAW_AUDIO, ...(deviceId ? { deviceId: { exact: deviceId } } : {}) },
      });
    } catch (error) {
      throw captureError(error, "microphone");
    }
    return this.attach(stream, "mic");
  }

  /** The candidate's side of a video call: the user picks the meeting tab and ticks "share audio". */
  async callAudio(): Promise<CaptureSource> {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getDisplayMedia({ audio: RAW_AUDIO, video: true });
    } catch (error) {
      throw captureError(error, "call audio");
    }
    // Only the audio is used; stop the video track at once.
    stream.getVideoTracks().forEach((t) => t.stop());
    if (stream.getAudioTracks().length === 0) {
      throw new CopilotError({
        code: "call_audio_missing",
        message: 'The shared tab has no audio. Share again, choose the meeting tab, and tick "Share tab audio".',
      });
    }
    return this.attach(stream, "call");
  }

  private async attach(stream: MediaStream, channel: Channel): Promise<CaptureSource> {
    await this.ready;
    this.streams.push(stream);
    const source = this.context.createMediaStreamSource(stream);
    const node = new AudioWorkletNode(this.context, "pcm-capture", { numberOfInputs: 1, numberOfOutputs: 1 });
    // A silent path to the destination keeps the graph pulling audio through the worklet.
    const mute = this.context.createGain();
    mute.gain.value = 0;
    source.connect(node).connect(mute).connect(this.context.destination);
    this.nodes.push(node);
    const { port1, port2 } = new MessageChannel();
    node.port.postMessage({ type: "port", port: port2 }, [port2]);
    if (this.context.state === "suspended") await this.context.resume();
    return { channel, port: port1, sampleRateHz: this.context.sampleRate };
  }

  async pause(paused: boolean): Promise<void> {
    if (paused) await this.context.suspend();
    else await this.context.resume();
  }

  async stop(): Promise<void> {
    this.streams.forEach((s) => s.getTracks().forEach((t) => t.stop()));
    this.nodes.forEach((n) => n.disconnect());
    if (this.context.state !== "closed") await this.context.close();
  }
}
