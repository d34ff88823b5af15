import { describe, expect, it } from "vitest";
import { parsePlain, parseSrt, parseTranscript, parseVtt } from "./import";

const TEAMS_VTT = `WEBVTT

0f6b2c1e-1
00:00:01.250 --> 00:00:04.000
<v Dana Whitfield>Tell me about a time you resolved a conflict.</v>

NOTE exported by the meeting tool

0f6b2c1e-2
00:00:04.500 --> 00:00:09.120
<v Marta Ruiz-López>Sure. At Stripe I mediated between two teams
over API ownership.</v>
`;

const ZOOM_VTT = `WEBVTT

1
00:00:00.000 --> 00:00:02.500
Dana Whitfield: Walk me through your last project.

2
00:00:03.000 --> 00:00:07.000
Marta Ruiz-López: We rebuilt the billing pipeline in Go.
`;

const SRT = `1
00:00:01,000 --> 00:00:03,500
Interviewer: What did you own?

2
00:00:04,000 --> 00:00:08,250
Candidate: The deployment tooling, end to end.
`;

describe("transcript import", () => {
  it("parses WebVTT voice tags, multi-line cues and NOTE blocks", () => {
    expect(parseVtt(TEAMS_VTT)).toEqual([
      { speaker: "Dana Whitfield", startMs: 1250, endMs: 4000, text: "Tell me about a time you resolved a conflict." },
      {
        speaker: "Marta Ruiz-López",
        startMs: 4500,
        endMs: 9120,
        text: "Sure. At Stripe I mediated between two teams over API ownership.",
      },
    ]);
  });

  it('parses "Name: text" cues (Zoom) and SRT with comma milliseconds', () => {
    expect(parseVtt(ZOOM_VTT).map((c) => c.speaker)).toEqual(["Dana Whitfield", "Marta Ruiz-López"]);
    expect(parseSrt(SRT)).toEqual([
      { speaker: "Interviewer", startMs: 1000, endMs: 3500, text: "What did you own?" },
      { speaker: "Candidate", startMs: 4000, endMs: 8250, text: "The deployment tooling, end to end." },
    ]);
  });

  it("parses plain Speaker: text lines, continuing a turn on lines without a speaker", () => {
    const cues = parsePlain("Interviewer: Why Rust?\nCandidate: Memory safety.\nAnd the tooling is great.\n");
    expect(cues.map((c) => [c.speaker, c.text])).toEqual([
      ["Interviewer", "Why Rust?"],
      ["Candidate", "Memory safety. And the tooling is great."],
    ]);
  });

  it("detects the format from the name or the content", () => {
    expect(parseTranscript("call.txt", ZOOM_VTT)).toHaveLength(2);
    expect(parseTranscript("export.srt", SRT)).toHaveLength(2);
  });

  it("names the problem in malformed input", () => {
    expect(() => parseVtt("1\n00:00:01.000 --> 00:00:02.000\nhi")).toThrow(/first line must be "WEBVTT"/);
    expect(() => parseVtt("WEBVTT\n\n1\n00:00:01.000 -> 00:00:02.000\nhi")).toThrow(/line 4: expected a cue timing/);
    expect(() => parseSrt("1\n00:00:05,000 --> 00:00:02,000\nhi")).toThrow(/line 2: the cue ends before it starts/);
    expect(() => parseSrt("1\n00:00:01,000 --> 00:00:61,000\nhi")).toThrow(/bad timestamp/);
    expect(() => parseTranscript("empty.vtt", "WEBVTT\n\n")).toThrow(/contains no transcript lines/);
    expect(() => parseTranscript("x.txt", "ab\u0000cd")).toThrow(/binary file/);
  });
});
