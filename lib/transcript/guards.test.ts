import { describe, expect, it } from "vitest";
import { isRepetitionLoop, isSilencePhrase, judgeTranscript, rmsDbfs } from "./guards";
import { stitch } from "./stitch";

const loud = rmsDbfs(Float32Array.from({ length: 16_000 }, (_, i) => 0.2 * Math.sin(i / 5)));
const quiet = rmsDbfs(new Float32Array(16_000).fill(0.0005));

describe("repetition guard", () => {
  it("flags token and phrase loops", () => {
    expect(isRepetitionLoop("the the the the the the")).toBe(true);
    expect(isRepetitionLoop("I think that I think that I think that I think that")).toBe(true);
    expect(isRepetitionLoop("administrators administrators administrators administrators makeup")).toBe(true);
  });
  it("keeps real answers, including deliberate repetition", () => {
    expect(isRepetitionLoop("We reduced the deployment time from two hours to fifteen minutes.")).toBe(false);
    expect(isRepetitionLoop("No, no, I led that migration myself.")).toBe(false);
    expect(isRepetitionLoop("very very important")).toBe(false);
  });
});

describe("silence-phrase guard", () => {
  it("drops Whisper's silence phrases only when the audio says nobody spoke", () => {
    expect(isSilencePhrase(" Thank you.")).toBe(true);
    expect(isSilencePhrase("[BLANK_AUDIO]")).toBe(true);
    expect(judgeTranscript(" Thank you.", quiet, 0.1)).toEqual({ keep: false, reason: "silence_phrase" });
    expect(judgeTranscript(" Thank you.", loud, 0.9)).toEqual({ keep: true });
    expect(judgeTranscript("Thank you for having me today.", quiet, 0.1)).toEqual({ keep: true });
    expect(judgeTranscript("   ", loud, 0.9)).toEqual({ keep: false, reason: "empty" });
  });
});

describe("stitch", () => {
  it("removes words the overlap repeated", () => {
    expect(stitch("and then we migrated the billing service", "the billing service to Kubernetes in March")).toBe(
      "to Kubernetes in March",
    );
  });
  it("tolerates punctuation, case and a clipped first word", () => {
    expect(stitch("We shipped it in March.", "ch, shipped it in March, and then we scaled")).toBe("and then we scaled");
    expect(stitch("It was hard", "It was hard. Really hard.")).toBe("Really hard.");
  });
  it("keeps everything when nothing overlaps", () => {
    expect(stitch("first part", "second part entirely")).toBe("second part entirely");
  });
});
