/**
 * Multilingual Whisper: the tokenizer assembled from OpenAI's BPE files has the special tokens at the
 * ids tokenizer.py gives them, and the generated multilingual twin (random weights, assembled tokenizer,
 * configs in models/whisper-multilingual) runs through transformers.js' real ASR pipeline with the
 * language and task set, or detecting the language in the same pass. Its words are noise: what is
 * checked is the shape of the path and that the options reached generation.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PreTrainedTokenizer, WhisperForConditionalGeneration } from "@huggingface/transformers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { findModel } from "../../models/catalog";
import { LANGUAGES } from "../language";
import { LOCAL_MODEL_DIR, REPO_ROOT, SHARED_MODELS_DIR } from "../models/paths";
import { pointTransformersAtStore } from "./node-env";
import { SAMPLE_RATE_HZ, SpeechTranscriber } from "./transcriber";
import { assembleWhisperTokenizer, whisperLanguageIds, whisperTokenId } from "./whisper-languages";

const MICRO = "copilot-test/whisper-multi-micro";
const BPE = path.join(SHARED_MODELS_DIR, "openai-whisper-multilingual");
const speech = (seconds: number) =>
  Float32Array.from(
    { length: Math.round(SAMPLE_RATE_HZ * seconds) },
    (_, i) => 0.2 * Math.sin(i / 7) * Math.sin(i / 900),
  );

function assembled(): PreTrainedTokenizer {
  const vocab = JSON.parse(readFileSync(path.join(BPE, "vocab.json"), "utf8")) as Record<string, number>;
  const json = assembleWhisperTokenizer(vocab, readFileSync(path.join(BPE, "merges.txt"), "utf8"));
  const config = JSON.parse(
    readFileSync(path.join(REPO_ROOT, "models", "whisper-multilingual", "tiny", "tokenizer_config.json"), "utf8"),
  ) as Record<string, unknown>;
  return new PreTrainedTokenizer(json, config);
}

describe("multilingual Whisper's tokenizer, assembled from OpenAI's BPE files", () => {
  it("puts the special tokens where openai/whisper's tokenizer.py puts them", () => {
    expect(whisperTokenId("<|endoftext|>")).toBe(50257);
    expect(whisperTokenId("<|startoftranscript|>")).toBe(50258);
    expect(whisperTokenId("<|en|>")).toBe(50259);
    expect(whisperTokenId("<|de|>")).toBe(50261);
    expect(whisperTokenId("<|es|>")).toBe(50262);
    expect(whisperTokenId("<|fr|>")).toBe(50265);
    expect(whisperTokenId("<|it|>")).toBe(50274);
    expect(whisperTokenId("<|su|>")).toBe(50357);
    expect(whisperTokenId("<|translate|>")).toBe(50358);
    expect(whisperTokenId("<|transcribe|>")).toBe(50359);
    expect(whisperTokenId("<|notimestamps|>")).toBe(50363);
    expect(whisperTokenId("<|0.00|>")).toBe(50364);
    expect(whisperTokenId("<|30.00|>")).toBe(51864);
    const ids = whisperLanguageIds();
    expect(Object.keys(ids.lang_to_id)).toHaveLength(99);
    expect(ids.task_to_id).toEqual({ translate: 50358, transcribe: 50359 });
  });

  it("round-trips Spanish, German, French and Italian text, and knows its special tokens", () => {
    const tokenizer = assembled();
    for (const text of [
      " ¿Cuántos años de experiencia tienes con Kubernetes?",
      " Ich arbeite seit 2010 als Entwicklerin in München.",
      " Je travaille depuis quinze ans à Lyon, où j'ai dirigé l'équipe.",
      " Lavoro da cinque anni a Milano, perché mi piace.",
    ]) {
      const ids = tokenizer.encode(text, { add_special_tokens: false });
      expect(ids.every((id) => id < 50257)).toBe(true);
      expect(tokenizer.decode(ids)).toBe(text);
    }
    expect(tokenizer.encode("<|es|>", { add_special_tokens: false })).toEqual([50262]);
    expect(tokenizer.decode([50258, 50262, 50359, 50363, 2253], { skip_special_tokens: true })).toBe(
      tokenizer.decode([2253]),
    );
  });

  it("rejects a vocabulary of the wrong size or a malformed merge", () => {
    expect(() => assembleWhisperTokenizer({ a: 0 }, "")).toThrow(/entries/);
    const vocab = JSON.parse(readFileSync(path.join(BPE, "vocab.json"), "utf8")) as Record<string, number>;
    expect(() => assembleWhisperTokenizer(vocab, "a b c\n")).toThrow(/malformed merge/);
  });
});

describe("the generated multilingual Whisper through transformers.js' real ASR pipeline", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LOCAL_MODEL_DIR, MICRO, "onnx", "decoder_model_merged.onnx")))
      throw new Error(`generated model missing in ${LOCAL_MODEL_DIR}: run npm run models:generate -- multi-micro`);
    pointTransformersAtStore(LOCAL_MODEL_DIR);
  });
  afterEach(() => vi.restoreAllMocks());

  it("transcribes with the language and task set: the prompt that reached generation names them", async () => {
    const spec = findModel(MICRO);
    if (!spec) throw new Error("catalog lacks the multilingual test model");
    const transcriber = await SpeechTranscriber.load(spec, "node-cpu");
    expect(transcriber.multilingual).toBe(true);
    const prompts: number[][] = [];
    const original = WhisperForConditionalGeneration.prototype._retrieve_init_tokens;
    vi.spyOn(WhisperForConditionalGeneration.prototype, "_retrieve_init_tokens").mockImplementation(function (
      this: WhisperForConditionalGeneration,
      config,
    ) {
      const tokens = original.call(this, config);
      prompts.push(tokens.map(Number));
      return tokens;
    });
    for (const [language, id] of [
      ["es", 50262],
      ["de", 50261],
      ["fr", 50265],
    ] as const) {
      const result = await transcriber.transcribe(speech(2), 6, "final", language);
      expect(typeof result.text).toBe("string");
      expect(result.text.length).toBeGreaterThan(0);
      expect(result.language).toBe(language);
      expect(prompts.at(-1)).toEqual([50258, id, 50359, 50363]);
    }
  });

  it("detects the language in the same pass, among the app's languages, then transcribes", async () => {
    const spec = findModel(MICRO);
    if (!spec) throw new Error("catalog lacks the multilingual test model");
    const transcriber = await SpeechTranscriber.load(spec, "node-cpu");
    const generate = vi.spyOn(WhisperForConditionalGeneration.prototype, "generate");
    const result = await transcriber.transcribe(speech(2), 8, "final", "detect");
    expect(LANGUAGES).toContain(result.language);
    // Decoding started from <|startoftranscript|> alone; the detector chose the language token.
    const options = generate.mock.calls[0]?.[0] as { decoder_input_ids?: unknown; language?: unknown };
    expect(options.decoder_input_ids).toEqual([50258]);
    expect(options.language).toBeUndefined();
    expect(typeof result.text).toBe("string");
  });

  it("an English-only model ignores the language and says English", async () => {
    const spec = findModel("copilot-test/whisper-micro");
    if (!spec) throw new Error("catalog lacks the English test model");
    const transcriber = await SpeechTranscriber.load(spec, "node-cpu");
    expect(transcriber.multilingual).toBe(false);
    const result = await transcriber.transcribe(speech(1), 4, "final", "es");
    expect(result.language).toBe("en");
  });
});
