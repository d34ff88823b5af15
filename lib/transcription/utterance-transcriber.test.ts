import { describe, expect, it } from "vitest";
import type { SegmenterEvent } from "../vad/segmenter";
import { UtteranceTranscriber, type SegmentUpdate } from "./utterance-transcriber";

const speechAudio = () => Float32Array.from({ length: 16_000 }, (_, i) => 0.3 * Math.sin(i / 3));

/** A transcriber double that answers in call order after a delay, and records what it was asked. */
function fakeAsr(texts: string[], delayMs = 5) {
  const calls: number[] = [];
  /** What each call was told is settled, with its kind. */
  const settled: [string, string][] = [];
  let i = 0;
  let chain = Promise.resolve();
  const transcribe = (audio: Float32Array, _budget: number, kind: "partial" | "final", words: string) => {
    calls.push(audio.length);
    settled.push([kind, words]);
    // As the real worker call does: the buffer is transferred, so the caller's view is detached.
    structuredClone(audio, { transfer: [audio.buffer] });
    const text = texts[Math.min(i, texts.length - 1)] ?? "";
    i += 1;
    const result = chain.then(() => new Promise<{ text: string }>((r) => setTimeout(() => r({ text }), delayMs)));
    chain = result.then(() => undefined);
    return result;
  };
  return { transcribe, calls, settled };
}

function harness(texts: string[], delayMs?: number) {
  const updates: SegmentUpdate[] = [];
  const errors: unknown[] = [];
  const asr = fakeAsr(texts, delayMs);
  let speaker = "Candidate";
  const t = new UtteranceTranscriber({
    channel: "mic",
    speaker: () => speaker,
    transcribe: asr.transcribe,
    idPrefix: "s1",
    onUpdate: (u) => updates.push(u),
    onError: (e) => errors.push(e),
  });
  return { t, updates, errors, asr, setSpeaker: (s: string) => (speaker = s) };
}

const end = (startMs: number, endMs: number, continues = false): SegmenterEvent => ({
  type: "end",
  audio: speechAudio(),
  startMs,
  endMs,
  continues,
  speechShare: 0.9,
});

describe("UtteranceTranscriber", () => {
  it("grows partial text by agreement: words two passes agreed on are marked stable and never rewritten", async () => {
    const h = harness(["We reduced", "We reduced the deploy", "we reduced the deployment time", "x"]);
    h.t.handle({ type: "start", startMs: 0 });
    for (const endMs of [1000, 2000, 3000]) {
      h.t.handle({ type: "progress", audio: speechAudio(), startMs: 0, endMs });
      await new Promise((r) => setTimeout(r, 20));
    }
    const partials = h.updates.flatMap((u) => (u.kind === "segment" ? [u.segment] : []));
    expect(partials.map((s) => [s.text.slice(0, s.stableChars), s.text.slice(s.stableChars)])).toEqual([
      ["", "We reduced"],
      ["We reduced", " the deploy"],
      ["We reduced the", " deployment time"],
    ]);
    // A new utterance starts its agreement afresh.
    h.t.handle(end(0, 3500));
    await h.t.idle();
  });

  it("shows partial text that the final segment of the same id replaces", async () => {
    const h = harness(["We reduced", "We reduced the deployment time."]);
    h.t.handle({ type: "start", startMs: 0 });
    h.t.handle({ type: "progress", audio: speechAudio(), startMs: 0, endMs: 1000 });
    await new Promise((r) => setTimeout(r, 20));
    h.t.handle(end(0, 2000));
    await h.t.idle();
    const segments = h.updates.flatMap((u) => (u.kind === "segment" ? [u.segment] : []));
    expect(segments.map((s) => [s.final, s.text])).toEqual([
      [false, "We reduced"],
      [true, "We reduced the deployment time."],
    ]);
    expect(new Set(segments.map((s) => s.id)).size).toBe(1);
  });

  it("coalesces partials while one is running and never shows a partial after its final", async () => {
    const h = harness(["partial one", "partial two", "Final text here."], 30);
    h.t.handle({ type: "start", startMs: 0 });
    for (let k = 1; k <= 4; k += 1) h.t.handle({ type: "progress", audio: speechAudio(), startMs: 0, endMs: k * 1000 });
    h.t.handle(end(0, 5000));
    await h.t.idle();
    await new Promise((r) => setTimeout(r, 50));
    expect(h.asr.calls).toHaveLength(2); // one partial (three coalesced away), one final
    const last = h.updates[h.updates.length - 1];
    expect(last?.kind === "segment" && last.segment.final).toBe(true);
  });

  it("shows a partial still running when the utterance ends, until its final replaces it (a slow machine)", async () => {
    const h = harness(["We moved billing", "We moved billing to Postgres."], 40);
    h.t.handle({ type: "start", startMs: 0 });
    h.t.handle({ type: "progress", audio: speechAudio(), startMs: 0, endMs: 1000 });
    // The speaker stops before the partial's transcription is back.
    h.t.handle(end(0, 1500));
    await h.t.idle();
    await new Promise((r) => setTimeout(r, 60));
    const shown = h.updates.flatMap((u) => (u.kind === "segment" ? [[u.segment.final, u.segment.text]] : []));
    expect(shown).toEqual([
      [false, "We moved billing"],
      [true, "We moved billing to Postgres."],
    ]);
  });

  it("drops a looping final and retracts its partial; a speaker switch applies to the utterance in progress", async () => {
    const h = harness(["the the the the the the the"]);
    h.t.handle({ type: "start", startMs: 0 });
    h.setSpeaker("Interviewer");
    h.t.handle(end(0, 1000));
    await h.t.idle();
    expect(h.updates).toEqual([
      { kind: "retract", id: "s1-mic-1", reason: { keep: false, reason: "repetition_loop" } },
    ]);
    const h2 = harness(["Hello there, how are you doing today?"]);
    h2.t.handle({ type: "start", startMs: 0 });
    // Pressed while the utterance goes on (people press S once the other starts talking): it is theirs.
    h2.setSpeaker("Interviewer");
    h2.t.handle(end(0, 1000));
    // Pressed after it ended: the next utterance's, not this one's.
    h2.setSpeaker("Candidate");
    await h2.t.idle();
    const first = h2.updates[0];
    expect(first?.kind === "segment" && first.segment.speaker).toBe("Interviewer");
  });

  it("stitches the chunks of a cut utterance without duplicated words", async () => {
    const h = harness(["and then we migrated the billing service", "the billing service to Kubernetes in March"]);
    h.t.handle({ type: "start", startMs: 0 });
    h.t.handle(end(0, 25_000, true));
    h.t.handle(end(24_000, 30_000));
    await h.t.idle();
    const texts = h.updates.flatMap((u) => (u.kind === "segment" ? [u.segment.text] : []));
    expect(texts).toEqual(["and then we migrated the billing service", "to Kubernetes in March"]);
  });

  it("reports a failed final and retracts its partial", async () => {
    const updates: SegmentUpdate[] = [];
    const errors: unknown[] = [];
    const t = new UtteranceTranscriber({
      channel: "mic",
      speaker: () => "Candidate",
      transcribe: () => Promise.reject(new Error("model crashed")),
      idPrefix: "s2",
      onUpdate: (u) => updates.push(u),
      onError: (e) => errors.push(e),
    });
    t.handle({ type: "start", startMs: 0 });
    t.handle(end(0, 1000));
    await t.idle();
    expect(updates).toEqual([{ kind: "retract", id: "s2-mic-1", reason: "failed" }]);
    expect(String(errors[0])).toMatch(/model crashed/);
  });

  it("uses a tentative final when the utterance ends exactly there, and transcribes again when it does not", async () => {
    const h = harness(["We reduced the deployment time.", "unused", "Two hours to fifteen minutes."]);
    h.t.handle({ type: "start", startMs: 0 });
    h.t.handle({ type: "tentative", audio: speechAudio(), startMs: 0, endMs: 2000 });
    h.t.handle(end(0, 2000));
    await h.t.idle();
    expect(h.asr.calls).toHaveLength(1);
    // The speaker went on after a pause: the tentative is not the final.
    h.t.handle({ type: "start", startMs: 3000 });
    h.t.handle({ type: "tentative", audio: speechAudio(), startMs: 3000, endMs: 4000 });
    h.t.handle(end(3000, 5500));
    await h.t.idle();
    expect(h.asr.calls).toHaveLength(3);
    const finals = h.updates.flatMap((u) => (u.kind === "segment" && u.segment.final ? [u.segment] : []));
    expect(finals.map((s) => [s.startMs, s.endMs, s.text])).toEqual([
      [0, 2000, "We reduced the deployment time."],
      [3000, 5500, "Two hours to fifteen minutes."],
    ]);
  });

  it("stores the language transcription reports with each partial and final segment", async () => {
    const updates: SegmentUpdate[] = [];
    const t = new UtteranceTranscriber({
      channel: "mic",
      speaker: () => "Candidate",
      transcribe: async (_audio, _budget, kind) => ({
        text: kind === "partial" ? "Dirigí la" : "Dirigí la migración.",
        language: "es",
      }),
      idPrefix: "s1",
      onUpdate: (u) => updates.push(u),
      onError: () => {},
    });
    t.handle({ type: "start", startMs: 0 });
    t.handle({ type: "progress", audio: speechAudio(), startMs: 0, endMs: 1000 });
    await new Promise((r) => setTimeout(r, 10));
    t.handle(end(0, 1500));
    await t.idle();
    const segments = updates.flatMap((u) => (u.kind === "segment" ? [u.segment] : []));
    expect(segments.map((s) => [s.final, s.language])).toEqual([
      [false, "es"],
      [true, "es"],
    ]);
  });

  it("tells each later pass the words already settled, so a model can resume after them (decision 120)", async () => {
    const h = harness([
      "We reduced",
      "We reduced the deploy",
      "We reduced the deployment",
      "We reduced the deployment time.",
    ]);
    h.t.handle({ type: "start", startMs: 0 });
    for (const endMs of [1000, 2000, 3000]) {
      h.t.handle({ type: "progress", audio: speechAudio(), startMs: 0, endMs });
      await new Promise((r) => setTimeout(r, 20));
    }
    h.t.handle({ type: "tentative", audio: speechAudio(), startMs: 0, endMs: 3200 });
    h.t.handle(end(0, 3200));
    await h.t.idle();
    expect(h.asr.settled).toEqual([
      ["partial", ""],
      ["partial", ""],
      ["partial", "We reduced"],
      ["final", "We reduced the"],
    ]);
    // The next utterance starts from nothing.
    h.t.handle({ type: "start", startMs: 4000 });
    h.t.handle({ type: "progress", audio: speechAudio(), startMs: 4000, endMs: 5000 });
    await new Promise((r) => setTimeout(r, 20));
    expect(h.asr.settled.at(-1)).toEqual(["partial", ""]);
  });

  it("settles nothing for the remainder of a cut utterance (its text is stitched to the previous chunk's)", async () => {
    const h = harness(["one two three four", "one two three four", "five six", "five six seven", "five six seven"]);
    h.t.handle({ type: "start", startMs: 0 });
    h.t.handle(end(0, 25_000, true));
    await h.t.idle();
    for (const endMs of [26_000, 27_000]) {
      h.t.handle({ type: "progress", audio: speechAudio(), startMs: 24_000, endMs });
      await new Promise((r) => setTimeout(r, 20));
    }
    h.t.handle(end(24_000, 27_500));
    await h.t.idle();
    expect(h.asr.settled.map(([, words]) => words)).toEqual(["", "", "", ""]);
  });
});
