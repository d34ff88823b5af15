/**
 * Every model the app uses: where it comes from, what it is for, its licence, and the integrity data we
 * could check. sha256 values of config and tokenizer files were computed from the real files; weight
 * sizes are exact only where the publisher states them. Weights are data and are never committed.
 */
import { ModelSpecSchema, type ModelSpec } from "../lib/models/schema";

const WHISPER_TOKENIZER_FILES = [
  { path: "config.json" },
  { path: "generation_config.json" },
  { path: "preprocessor_config.json" },
  { path: "tokenizer.json" },
  { path: "tokenizer_config.json" },
];

/**
 * Moonshine's hub files. No sha256: the configs here were rebuilt from the hub's pages
 * (models/moonshine/SOURCES.md records theirs), so the hub's own bytes are not pinned.
 */
const moonshineFiles = () => [
  { path: "config.json" },
  { path: "generation_config.json" },
  { path: "preprocessor_config.json" },
  { path: "tokenizer.json" },
  { path: "tokenizer_config.json" },
];
const MOONSHINE_TEST_FILES = [
  { path: "config.json" },
  { path: "generation_config.json" },
  { path: "preprocessor_config.json" },
  { path: "tokenizer.json" },
  { path: "tokenizer_config.json" },
  { path: "onnx/encoder_model.onnx" },
  { path: "onnx/decoder_model_merged.onnx" },
];

const CATALOG: ModelSpec[] = [
  {
    id: "onnx-community/moonshine-tiny-ONNX",
    revision: "main",
    task: "automatic-speech-recognition",
    dtype: "q8",
    purpose: "Default live transcription (English): built for short audio, encodes only the audio it is given",
    licence: "MIT",
    kind: "production",
    origin: "hub",
    files: [
      ...moonshineFiles(),
      { path: "onnx/encoder_model_quantized.onnx" },
      { path: "onnx/decoder_model_merged_quantized.onnx" },
    ],
  },
  {
    id: "onnx-community/moonshine-base-ONNX",
    revision: "main",
    task: "automatic-speech-recognition",
    dtype: "q8",
    purpose: "Live English transcription, more accurate than Moonshine tiny (slower)",
    licence: "MIT",
    kind: "optional",
    origin: "hub",
    files: [
      ...moonshineFiles(),
      { path: "onnx/encoder_model_quantized.onnx" },
      { path: "onnx/decoder_model_merged_quantized.onnx" },
    ],
  },
  {
    id: "Xenova/whisper-tiny.en",
    revision: "main",
    task: "automatic-speech-recognition",
    dtype: "q8",
    purpose: "English transcription (Whisper): imports, or the interviewer's choice",
    licence: "MIT",
    kind: "production",
    origin: "hub",
    files: [
      { path: "config.json", sha256: "ed311978f6f2e042d319ea20ac155488d794eb34f9c14582486fd69b11fda7b8" },
      { path: "generation_config.json", sha256: "3a06706319efba1074a5e99630ff8e58baab951201a85f1b3fed5896d908eb7a" },
      { path: "preprocessor_config.json", sha256: "a6a76d28c93edb273669eb9e0b0636a2bddbb1272c3261e47b7ca6dfdbac1b8d" },
      { path: "tokenizer.json", sha256: "c6ee8f089220a5b1188f6426456772572671c6141ae007eecb83c6a8349f5deb" },
      { path: "tokenizer_config.json", sha256: "e082c1ad251541bf277967a703252cddd4bb37a71a43737e03d050c22ec08238" },
      { path: "onnx/encoder_model_quantized.onnx" },
      { path: "onnx/decoder_model_merged_quantized.onnx" },
    ],
  },
  {
    id: "Xenova/whisper-base.en",
    revision: "main",
    task: "automatic-speech-recognition",
    dtype: "q8",
    purpose: "More accurate English transcription (slower)",
    licence: "MIT",
    kind: "optional",
    origin: "hub",
    files: [
      ...WHISPER_TOKENIZER_FILES,
      { path: "onnx/encoder_model_quantized.onnx" },
      { path: "onnx/decoder_model_merged_quantized.onnx" },
    ],
  },
  {
    id: "Xenova/whisper-tiny",
    revision: "main",
    task: "automatic-speech-recognition",
    dtype: "q8",
    purpose: "Interviews in other languages (Spanish, German, French, Italian) or with the language detected",
    licence: "MIT",
    kind: "production",
    origin: "hub",
    multilingual: true,
    files: [
      ...WHISPER_TOKENIZER_FILES,
      { path: "onnx/encoder_model_quantized.onnx" },
      { path: "onnx/decoder_model_merged_quantized.onnx" },
    ],
  },
  {
    id: "Xenova/whisper-base",
    revision: "main",
    task: "automatic-speech-recognition",
    dtype: "q8",
    purpose: "Other languages, more accurate than Whisper tiny (slower)",
    licence: "MIT",
    kind: "optional",
    origin: "hub",
    multilingual: true,
    files: [
      ...WHISPER_TOKENIZER_FILES,
      { path: "onnx/encoder_model_quantized.onnx" },
      { path: "onnx/decoder_model_merged_quantized.onnx" },
    ],
  },
  {
    id: "Xenova/bert-base-NER-uncased",
    revision: "main",
    task: "token-classification",
    dtype: "q8",
    purpose: "Person-name detection for PII scrubbing (optional; an embedded detector always runs)",
    licence: "MIT",
    kind: "optional",
    origin: "hub",
    files: [
      { path: "config.json", sha256: "1e53b74fe21af94e1c3e63adf6e6b446dd9a57ed8fb1b0e285283ad7f967cf32" },
      { path: "special_tokens_map.json", sha256: "b6d346be366a7d1d48332dbc9fdf3bf8960b5d879522b7799ddba59e76237ee3" },
      { path: "tokenizer.json", sha256: "d241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66" },
      { path: "tokenizer_config.json", sha256: "31cc1c3fbb5d585524b26713d9cf2e0c7578a0a2298b7644f1db3008b0809516" },
      { path: "vocab.txt", sha256: "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3" },
      { path: "onnx/model_quantized.onnx", sizeBytes: 110_124_223 },
    ],
  },
  {
    id: "Xenova/distilbert-base-uncased-finetuned-sst-2-english",
    revision: "main",
    task: "text-classification",
    dtype: "q8",
    purpose: "Candidate sentiment (optional; embedded VADER always runs)",
    licence: "Apache-2.0",
    kind: "optional",
    origin: "hub",
    files: [
      { path: "config.json", sha256: "b0e9ec981125ef799f31847b1410053069e7708078bb2236ae05239efdd4d428" },
      { path: "special_tokens_map.json", sha256: "b6d346be366a7d1d48332dbc9fdf3bf8960b5d879522b7799ddba59e76237ee3" },
      { path: "tokenizer.json", sha256: "d241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66" },
      { path: "tokenizer_config.json", sha256: "2bbf2ea55c232406706144b907ca020cd7528a78e3e4741115be3b3566542b0b" },
      { path: "vocab.txt", sha256: "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3" },
      { path: "onnx/model_quantized.onnx", sizeBytes: 67_581_197 },
    ],
  },
  {
    id: "snakers4/silero-vad",
    revision: "v5",
    task: "voice-activity-detection",
    dtype: "fp32",
    purpose: "Voice activity detection; ships inside the @ricky0123/vad-web npm package, no download",
    licence: "MIT",
    kind: "production",
    origin: "npm",
    files: [{ path: "silero_vad_v5.onnx", sha256: "2623a2953f6ff3d2c1e61740c6cdb7168133479b267dfef114a4a3cc5bdd788f" }],
  },
  {
    id: "copilot-test/whisper-micro",
    revision: "generated",
    task: "automatic-speech-recognition",
    dtype: "fp32",
    purpose: "Tests: random weights, real tokenizer, tiny dimensions (fast)",
    licence: "MIT (generated)",
    kind: "test",
    origin: "generated",
    files: [
      ...WHISPER_TOKENIZER_FILES,
      { path: "onnx/encoder_model.onnx" },
      { path: "onnx/decoder_model_merged.onnx" },
    ],
  },
  {
    id: "copilot-test/whisper-multi-micro",
    revision: "generated",
    task: "automatic-speech-recognition",
    dtype: "fp32",
    purpose: "Tests: multilingual Whisper's layout and tokenizer (assembled), random weights, tiny dimensions",
    licence: "MIT (generated)",
    kind: "test",
    origin: "generated",
    multilingual: true,
    files: [
      ...WHISPER_TOKENIZER_FILES,
      { path: "onnx/encoder_model.onnx" },
      { path: "onnx/decoder_model_merged.onnx" },
    ],
  },
  {
    id: "copilot-test/whisper-tiny-random",
    revision: "generated",
    task: "automatic-speech-recognition",
    dtype: "fp32",
    purpose: "Benchmarks: random weights with multilingual Whisper tiny's exact dimensions (real speed)",
    licence: "MIT (generated)",
    kind: "test",
    origin: "generated",
    multilingual: true,
    files: [
      ...WHISPER_TOKENIZER_FILES,
      { path: "onnx/encoder_model.onnx" },
      { path: "onnx/decoder_model_merged.onnx" },
    ],
  },
  {
    id: "copilot-test/moonshine-micro",
    revision: "generated",
    task: "automatic-speech-recognition",
    dtype: "fp32",
    purpose: "Tests: Moonshine's layout with random weights, real configs and tokenizer, tiny dimensions (fast)",
    licence: "MIT (generated)",
    kind: "test",
    origin: "generated",
    files: MOONSHINE_TEST_FILES,
  },
  {
    id: "copilot-test/moonshine-tiny-random",
    revision: "generated",
    task: "automatic-speech-recognition",
    dtype: "fp32",
    purpose: "Benchmarks: random weights with Moonshine tiny's exact dimensions (real speed, no accuracy)",
    licence: "MIT (generated)",
    kind: "test",
    origin: "generated",
    files: MOONSHINE_TEST_FILES,
  },
  {
    id: "copilot-test/moonshine-tiny-random-q8",
    revision: "generated",
    task: "automatic-speech-recognition",
    dtype: "q8",
    purpose: "Benchmarks: Moonshine tiny's exact dimensions, int8 like the hub's quantized files (real speed)",
    licence: "MIT (generated)",
    kind: "test",
    origin: "generated",
    files: [
      ...MOONSHINE_TEST_FILES.filter((f) => !f.path.startsWith("onnx/")),
      { path: "onnx/encoder_model_quantized.onnx" },
      { path: "onnx/decoder_model_merged_quantized.onnx" },
    ],
  },
  {
    id: "copilot-test/whisper-tiny.en-random",
    revision: "generated",
    task: "automatic-speech-recognition",
    dtype: "fp32",
    purpose: "Benchmarks: random weights with Whisper tiny.en's exact dimensions (real speed, no accuracy)",
    licence: "MIT (generated)",
    kind: "test",
    origin: "generated",
    files: [
      ...WHISPER_TOKENIZER_FILES,
      { path: "onnx/encoder_model.onnx" },
      { path: "onnx/decoder_model_merged.onnx" },
    ],
  },
  {
    id: "copilot-test/whisper-tiny.en-random-q8",
    revision: "generated",
    task: "automatic-speech-recognition",
    dtype: "q8",
    purpose: "Benchmarks: tiny.en's exact dimensions, int8 dynamically quantized like the default model's files",
    licence: "MIT (generated)",
    kind: "test",
    origin: "generated",
    files: [
      ...WHISPER_TOKENIZER_FILES,
      { path: "onnx/encoder_model_quantized.onnx" },
      { path: "onnx/decoder_model_merged_quantized.onnx" },
    ],
  },
  {
    id: "copilot-test/distilbert-sst2-micro",
    revision: "generated",
    task: "text-classification",
    dtype: "fp32",
    purpose: "Tests: distilbert SST-2's tokenizer and labels, tiny random weights (its sentiment is noise)",
    licence: "Apache-2.0 (tokenizer), generated weights",
    kind: "test",
    origin: "generated",
    files: [
      { path: "config.json" },
      { path: "special_tokens_map.json" },
      { path: "tokenizer.json" },
      { path: "tokenizer_config.json" },
      { path: "vocab.txt" },
      { path: "onnx/model.onnx" },
    ],
  },
  {
    id: "copilot-test/bert-ner-micro",
    revision: "generated",
    task: "token-classification",
    dtype: "fp32",
    purpose: "Tests: bert-base-NER-uncased's tokenizer and labels, tiny random weights (labels are noise)",
    licence: "MIT (generated)",
    kind: "test",
    origin: "generated",
    files: [
      { path: "config.json" },
      { path: "special_tokens_map.json" },
      { path: "tokenizer.json" },
      { path: "tokenizer_config.json" },
      { path: "vocab.txt" },
      { path: "onnx/model.onnx" },
    ],
  },
];

/** Validated at import: a malformed declaration fails every test and build, not a user's session. */
export const MODEL_CATALOG: readonly ModelSpec[] = CATALOG.map((m) => ModelSpecSchema.parse(m));

export function findModel(id: string): ModelSpec | undefined {
  return MODEL_CATALOG.find((m) => m.id === id);
}

/** English live transcription: Moonshine tiny (built for short audio; #18's benchmark, README). */
export const DEFAULT_ASR_MODEL = "onnx-community/moonshine-tiny-ONNX";
/** Whisper tiny.en: imports, the interviewer's choice, and the accuracy reference. */
export const WHISPER_ASR_MODEL = "Xenova/whisper-tiny.en";
/** Other languages, and the language detected: Whisper tiny (multilingual). */
export const MULTILINGUAL_ASR_MODEL = "Xenova/whisper-tiny";
export const DEFAULT_NER_MODEL = "Xenova/bert-base-NER-uncased";
export const DEFAULT_SENTIMENT_MODEL = "Xenova/distilbert-base-uncased-finetuned-sst-2-english";
