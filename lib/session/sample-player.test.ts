import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TranscriptStore } from "../transcript/transcript-store";
import { SamplePlayer } from "./sample-player";
import type { SampleLine } from "./sample-interview";

const LINES: SampleLine[] = [
  { speaker: "Interviewer", startMs: 0, durationMs: 3_000, text: "Tell me about the migration you led last year." },
  {
    speaker: "Candidate",
    startMs: 4_000,
    durationMs: 4_000,
    text: "We moved billing from MySQL to Postgres in six weeks.",
  },
];

const finals = (store: TranscriptStore) =>
  store
    .get()
    .segments.filter((s) => s.final)
    .map((s) => s.text);

describe("SamplePlayer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows growing partials, then each final, at the speed asked", async () => {
    const store = new TranscriptStore();
    const player = new SamplePlayer(store, LINES, { speed: 2, idPrefix: "t" });
    await vi.advanceTimersByTimeAsync(800);
    const partial = store.get().segments[0];
    expect(partial?.final).toBe(false);
    expect(partial?.text.length).toBeLessThan(LINES[0]?.text.length ?? 0);
    // 3 s of interview at 2× is 1.5 s of wall time.
    await vi.advanceTimersByTimeAsync(800);
    expect(finals(store)).toEqual([LINES[0]?.text]);
    await vi.advanceTimersByTimeAsync(2_600);
    await player.done;
    expect(finals(store)).toEqual(LINES.map((l) => l.text));
    expect(store.get().segments.map((s) => s.speaker)).toEqual(["Interviewer", "Candidate"]);
  });

  it("stands still while paused and goes on when resumed", async () => {
    const store = new TranscriptStore();
    const player = new SamplePlayer(store, LINES, { speed: 1, idPrefix: "t" });
    player.pause(true);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(store.get().segments).toEqual([]);
    player.pause(false);
    await vi.advanceTimersByTimeAsync(3_200);
    expect(finals(store)).toEqual([LINES[0]?.text]);
  });

  it("retracts a line cut short by stop, keeps the finals before it, and places segments after the offset", async () => {
    const store = new TranscriptStore();
    const player = new SamplePlayer(store, LINES, { speed: 1, idPrefix: "t", offsetMs: 60_000 });
    await vi.advanceTimersByTimeAsync(5_500);
    expect(store.get().segments.at(-1)?.final).toBe(false);
    const stopped = player.stop();
    await vi.advanceTimersByTimeAsync(200);
    await stopped;
    expect(finals(store)).toEqual([LINES[0]?.text]);
    expect(store.get().segments).toHaveLength(1);
    expect(store.get().segments[0]?.startMs).toBe(60_000);
  });

  it("changes speed while playing", async () => {
    const store = new TranscriptStore();
    const player = new SamplePlayer(store, LINES, { speed: 0.5, idPrefix: "t" });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(finals(store)).toEqual([]);
    player.setSpeed(10);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(finals(store)).toEqual(LINES.map((l) => l.text));
  });
});
