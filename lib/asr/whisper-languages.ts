/**
 * Multilingual Whisper's special tokens, in the order openai/whisper's `whisper/tokenizer.py` defines
 * them (commit 0efe52a): after the 50,257 byte-level BPE entries come `<|endoftext|>`,
 * `<|startoftranscript|>`, one token per language (the first 99 of LANGUAGES: tiny to large-v2; v3 adds
 * "yue"), the two tasks, `<|startoflm|>`, `<|startofprev|>`, `<|nocaptions|>` (`<|nospeech|>` in
 * newer files), `<|notimestamps|>` and the 1,501 timestamps `<|0.00|>` ... `<|30.00|>`.
 */
export const WHISPER_LANGUAGE_CODES = [
  "en", "zh", "de", "es", "ru", "ko", "fr", "ja", "pt", "tr", "pl", "ca", "nl", "ar", "sv", "it", "id", "hi",
  "fi", "vi", "he", "uk", "el", "ms", "cs", "ro", "da", "hu", "ta", "no", "th", "ur", "hr", "bg", "lt", "la",
  "mi", "ml", "cy", "sk", "te", "fa", "lv", "bn", "sr", "az", "sl", "kn", "et", "mk", "br", "eu", "is", "hy",
  "ne", "mn", "bs", "kk", "sq", "sw", "gl", "mr", "pa", "si", "km", "sn", "yo", "so", "af", "oc", "ka", "be",
  "tg", "sd", "gu", "am", "yi", "lo", "uz", "fo", "ht", "ps", "tk", "nn", "mt", "sa", "lb", "my", "bo", "tl",
  "mg", "as", "tt", "haw", "ln", "ha", "ba", "jw", "su",
] as const; // prettier-ignore

/** Entries of the byte-level BPE vocabulary (ids 0..50256). */
export const WHISPER_BPE_SIZE = 50_257;
export const WHISPER_EOT = WHISPER_BPE_SIZE;
export const WHISPER_SOT = WHISPER_EOT + 1;

/** Every special token with its id, in tokenizer order. */
export function whisperSpecialTokens(): { id: number; content: string }[] {
  const names = [
    "<|endoftext|>",
    "<|startoftranscript|>",
    ...WHISPER_LANGUAGE_CODES.map((code) => `<|${code}|>`),
    "<|translate|>",
    "<|transcribe|>",
    "<|startoflm|>",
    "<|startofprev|>",
    "<|nocaptions|>",
    "<|notimestamps|>",
    ...Array.from({ length: 1501 }, (_, i) => `<|${(i * 0.02).toFixed(2)}|>`),
  ];
  return names.map((content, i) => ({ id: WHISPER_BPE_SIZE + i, content }));
}

export function whisperTokenId(content: string): number {
  const found = whisperSpecialTokens().find((t) => t.content === content);
  if (!found) throw new Error(`no Whisper special token ${content}`);
  return found.id;
}

/** `lang_to_id` and `task_to_id` as the hub's generation configs spell them. */
export function whisperLanguageIds(): { lang_to_id: Record<string, number>; task_to_id: Record<string, number> } {
  const lang_to_id: Record<string, number> = {};
  WHISPER_LANGUAGE_CODES.forEach((code, i) => (lang_to_id[`<|${code}|>`] = WHISPER_SOT + 1 + i));
  return {
    lang_to_id,
    task_to_id: { translate: whisperTokenId("<|translate|>"), transcribe: whisperTokenId("<|transcribe|>") },
  };
}

/**
 * A `tokenizer.json` (Hugging Face tokenizers format, as transformers.js reads it) assembled from
 * OpenAI's multilingual `vocab.json` and `merges.txt`: byte-level BPE, no normalizer, the special tokens
 * above as added tokens. Not byte-equal to the hub's file (key order, formatting), the same tokens.
 */
export function assembleWhisperTokenizer(vocab: Record<string, number>, mergesText: string): Record<string, unknown> {
  const size = Object.keys(vocab).length;
  if (size !== WHISPER_BPE_SIZE) throw new Error(`vocab.json has ${size} entries, expected ${WHISPER_BPE_SIZE}`);
  const merges = mergesText
    .split("\n")
    .filter((line) => line && !line.startsWith("#version"))
    .map((line) => {
      if (line.split(" ").length !== 2) throw new Error(`malformed merge line: ${line.slice(0, 40)}`);
      return line;
    });
  const specials = whisperSpecialTokens();
  const special = (id: string) => ({ SpecialToken: { id, type_id: 0 } });
  const specialEntry = (content: string) => ({ id: content, ids: [whisperTokenId(content)], tokens: [content] });
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: specials.map((t) => ({
      id: t.id,
      content: t.content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: null,
    pre_tokenizer: { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: true },
    post_processor: {
      type: "TemplateProcessing",
      single: [
        special("<|startoftranscript|>"),
        special("<|notimestamps|>"),
        { Sequence: { id: "A", type_id: 0 } },
        special("<|endoftext|>"),
      ],
      pair: [
        special("<|startoftranscript|>"),
        special("<|notimestamps|>"),
        { Sequence: { id: "A", type_id: 0 } },
        { Sequence: { id: "B", type_id: 1 } },
        { SpecialToken: { id: "<|endoftext|>", type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(
        ["<|endoftext|>", "<|notimestamps|>", "<|startoftranscript|>"].map((c) => [c, specialEntry(c)]),
      ),
    },
    decoder: { type: "ByteLevel", add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: {
      type: "BPE",
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: "",
      end_of_word_suffix: "",
      fuse_unk: false,
      byte_fallback: false,
      vocab,
      merges,
    },
  };
}
