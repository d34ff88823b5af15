/**
 * Generates Whisper models with random weights in the exact transformers.js layout, next to the real
 * config and tokenizer of Xenova/whisper-tiny.en (from ../shared/models), into the local model store.
 * Their words are noise; their loading path and (for the tiny.en-sized one) compute cost are real.
 *
 *   npm run models:generate            # both variants
 *   npm run models:generate -- micro   # only the fast test variant
 *   npm run models:generate -- moonshine-micro | moonshine-tiny | moonshine-base
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { bertTokenClassifier, distilBertSequenceClassifier } from "./onnx/bert-graph";
import { whisperDecoderMerged, whisperEncoder, type WhisperDims } from "./onnx/whisper-graph";
import { moonshineDecoderMerged, moonshineEncoder, type MoonshineDims } from "./onnx/moonshine-graph";
import { writeManifest } from "../lib/models/node-store";
import { assembleWhisperTokenizer } from "../lib/asr/whisper-languages";
import { LOCAL_MODEL_DIR, REPO_ROOT, SHARED_MODELS_DIR } from "../lib/models/paths";

/** Bump when the generated layout changes; the test script regenerates models that lack it. */
const GENERATOR_VERSION = "copilot-generator-v3";
const SOURCE_ID = "Xenova/whisper-tiny.en";
const COPIED_FILES = [
  "config.json",
  "generation_config.json",
  "preprocessor_config.json",
  "tokenizer.json",
  "tokenizer_config.json",
];

const TINY_EN: WhisperDims = {
  dModel: 384,
  encoderLayers: 4,
  decoderLayers: 4,
  heads: 6,
  ffn: 1536,
  vocab: 51_864,
  melBins: 80,
  sourcePositions: 1500,
  targetPositions: 448,
};

/** Multilingual tiny: tiny.en's dimensions with the 99 language tokens (vocabulary 51,865). */
const TINY_MULTI: WhisperDims = { ...TINY_EN, vocab: 51_865 };

const VARIANTS: Record<string, { id: string; dims: WhisperDims; multilingual?: boolean }> = {
  micro: {
    id: "copilot-test/whisper-micro",
    dims: { ...TINY_EN, dModel: 64, encoderLayers: 2, decoderLayers: 2, heads: 2, ffn: 128 },
  },
  "tiny-en": { id: "copilot-test/whisper-tiny.en-random", dims: TINY_EN },
  "tiny-en-q8": { id: "copilot-test/whisper-tiny.en-random-q8", dims: { ...TINY_EN, quantized: true } },
  "multi-micro": {
    id: "copilot-test/whisper-multi-micro",
    dims: { ...TINY_MULTI, dModel: 64, encoderLayers: 2, decoderLayers: 2, heads: 2, ffn: 128 },
    multilingual: true,
  },
  "tiny-multi": { id: "copilot-test/whisper-tiny-random", dims: TINY_MULTI, multilingual: true },
};

/** Multilingual configs (models/whisper-multilingual, see SOURCES.md) and the assembled tokenizer. */
async function copyMultilingualFiles(dir: string): Promise<void> {
  const configs = path.join(REPO_ROOT, "models", "whisper-multilingual", "tiny");
  for (const file of COPIED_FILES.filter((f) => f !== "tokenizer.json")) {
    await copyFile(path.join(configs, file), path.join(dir, file));
  }
  const bpe = path.join(SHARED_MODELS_DIR, "openai-whisper-multilingual");
  const vocab = JSON.parse(await readFile(path.join(bpe, "vocab.json"), "utf8")) as Record<string, number>;
  const tokenizer = assembleWhisperTokenizer(vocab, await readFile(path.join(bpe, "merges.txt"), "utf8"));
  await writeFile(path.join(dir, "tokenizer.json"), JSON.stringify(tokenizer));
}

async function generate(id: string, dims: WhisperDims, multilingual = false): Promise<void> {
  const started = performance.now();
  const dir = path.join(LOCAL_MODEL_DIR, id);
  await mkdir(path.join(dir, "onnx"), { recursive: true });
  if (multilingual) await copyMultilingualFiles(dir);
  else {
    for (const file of COPIED_FILES) {
      await copyFile(path.join(SHARED_MODELS_DIR, SOURCE_ID, file), path.join(dir, file));
    }
  }
  const config = JSON.parse(await readFile(path.join(dir, "config.json"), "utf8")) as Record<string, unknown>;
  Object.assign(config, {
    d_model: dims.dModel,
    encoder_layers: dims.encoderLayers,
    decoder_layers: dims.decoderLayers,
    num_hidden_layers: dims.encoderLayers,
    encoder_attention_heads: dims.heads,
    decoder_attention_heads: dims.heads,
    encoder_ffn_dim: dims.ffn,
    decoder_ffn_dim: dims.ffn,
    _generated: `${GENERATOR_VERSION}: random weights for tests and benchmarks; output text is noise`,
  });
  await writeFile(path.join(dir, "config.json"), `${JSON.stringify(config, null, 2)}\n`);
  // Random weights make greedy decoding repeat one token forever, which the transcript guards rightly
  // drop as a hallucination loop. Banning repeats gives varied noise words that pass through the whole
  // pipeline; the per-token cost of this processor is negligible next to the decoder.
  const generation = JSON.parse(await readFile(path.join(dir, "generation_config.json"), "utf8")) as Record<
    string,
    unknown
  >;
  generation.no_repeat_ngram_size = 1;
  await writeFile(path.join(dir, "generation_config.json"), `${JSON.stringify(generation, null, 2)}\n`);
  // transformers.js picks the file by dtype: fp32 has no suffix, q8 is `_quantized`.
  const suffix = dims.quantized ? "_quantized" : "";
  await writeFile(path.join(dir, "onnx", `encoder_model${suffix}.onnx`), whisperEncoder(dims, 11));
  await writeFile(path.join(dir, "onnx", `decoder_model_merged${suffix}.onnx`), whisperDecoderMerged(dims, 23));
  const manifest = await writeManifest(dir, id, "generated");
  const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
  console.log(
    `${id}: ${manifest.files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms`,
  );
}

/** The Moonshine configs kept in this repository (models/moonshine/SOURCES.md) and the shared tokenizer. */
const MOONSHINE_CONFIG_DIR = path.join(process.cwd(), "models", "moonshine");
const MOONSHINE_FILES = [
  "config.json",
  "generation_config.json",
  "preprocessor_config.json",
  "special_tokens_map.json",
  "tokenizer_config.json",
];

const MOONSHINE_TINY: MoonshineDims = {
  hidden: 288,
  intermediate: 1152,
  encoderLayers: 6,
  decoderLayers: 6,
  heads: 8,
  vocab: 32_768,
  partialRotary: 0.9,
  ropeTheta: 10_000,
};
const MOONSHINE_BASE: MoonshineDims = {
  ...MOONSHINE_TINY,
  hidden: 416,
  intermediate: 1664,
  encoderLayers: 8,
  decoderLayers: 8,
  partialRotary: 0.62,
};

const MOONSHINE_VARIANTS: Record<string, { id: string; source: "tiny" | "base"; dims: MoonshineDims }> = {
  "moonshine-micro": {
    id: "copilot-test/moonshine-micro",
    source: "tiny",
    dims: { ...MOONSHINE_TINY, hidden: 64, intermediate: 128, encoderLayers: 2, decoderLayers: 2, heads: 2 },
  },
  "moonshine-tiny": { id: "copilot-test/moonshine-tiny-random", source: "tiny", dims: MOONSHINE_TINY },
  "moonshine-tiny-q8": {
    id: "copilot-test/moonshine-tiny-random-q8",
    source: "tiny",
    dims: { ...MOONSHINE_TINY, quantized: true },
  },
  "moonshine-base": { id: "copilot-test/moonshine-base-random", source: "base", dims: MOONSHINE_BASE },
};

/** A Moonshine model with random weights next to the real configs and tokenizer (tiny and base share it). */
async function generateMoonshine(id: string, source: "tiny" | "base", dims: MoonshineDims): Promise<void> {
  const started = performance.now();
  const dir = path.join(LOCAL_MODEL_DIR, id);
  await mkdir(path.join(dir, "onnx"), { recursive: true });
  for (const file of MOONSHINE_FILES)
    await copyFile(path.join(MOONSHINE_CONFIG_DIR, source, file), path.join(dir, file));
  await copyFile(path.join(SHARED_MODELS_DIR, "moonshine", "tokenizer.json"), path.join(dir, "tokenizer.json"));
  const config = JSON.parse(await readFile(path.join(dir, "config.json"), "utf8")) as Record<string, unknown>;
  Object.assign(config, {
    hidden_size: dims.hidden,
    intermediate_size: dims.intermediate,
    encoder_num_hidden_layers: dims.encoderLayers,
    decoder_num_hidden_layers: dims.decoderLayers,
    encoder_num_attention_heads: dims.heads,
    decoder_num_attention_heads: dims.heads,
    encoder_num_key_value_heads: dims.heads,
    decoder_num_key_value_heads: dims.heads,
    _generated: `${GENERATOR_VERSION}: random weights for tests and benchmarks; output text is noise`,
  });
  await writeFile(path.join(dir, "config.json"), `${JSON.stringify(config, null, 2)}\n`);
  // As for Whisper: random weights repeat one token forever unless repeats are banned.
  const generation = JSON.parse(await readFile(path.join(dir, "generation_config.json"), "utf8")) as Record<
    string,
    unknown
  >;
  generation.no_repeat_ngram_size = 1;
  await writeFile(path.join(dir, "generation_config.json"), `${JSON.stringify(generation, null, 2)}\n`);
  const suffix = dims.quantized ? "_quantized" : "";
  await writeFile(path.join(dir, "onnx", `encoder_model${suffix}.onnx`), moonshineEncoder(dims, 41));
  await writeFile(path.join(dir, "onnx", `decoder_model_merged${suffix}.onnx`), moonshineDecoderMerged(dims, 43));
  const manifest = await writeManifest(dir, id, "generated");
  const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
  console.log(
    `${id}: ${manifest.files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms`,
  );
}

const NER_SOURCE_ID = "Xenova/bert-base-NER-uncased";
const NER_FILES = ["config.json", "special_tokens_map.json", "tokenizer.json", "tokenizer_config.json", "vocab.txt"];

/** A tiny BERT token classifier with bert-base-NER-uncased's real tokenizer and labels (random weights). */
async function generateNer(id: string): Promise<void> {
  const dir = path.join(LOCAL_MODEL_DIR, id);
  await mkdir(path.join(dir, "onnx"), { recursive: true });
  for (const file of NER_FILES) await copyFile(path.join(SHARED_MODELS_DIR, NER_SOURCE_ID, file), path.join(dir, file));
  const dims = { hidden: 64, layers: 2, heads: 2, ffn: 128, vocab: 30_522, positions: 512, labels: 9 };
  const config = JSON.parse(await readFile(path.join(dir, "config.json"), "utf8")) as Record<string, unknown>;
  Object.assign(config, {
    hidden_size: dims.hidden,
    num_hidden_layers: dims.layers,
    num_attention_heads: dims.heads,
    intermediate_size: dims.ffn,
    _generated: `${GENERATOR_VERSION}: random weights; its labels are noise`,
  });
  await writeFile(path.join(dir, "config.json"), `${JSON.stringify(config, null, 2)}\n`);
  await writeFile(path.join(dir, "onnx", "model.onnx"), bertTokenClassifier(dims, 31));
  const manifest = await writeManifest(dir, id, "generated");
  console.log(`${id}: ${manifest.files.length} files`);
}

const SENTIMENT_SOURCE_ID = "Xenova/distilbert-base-uncased-finetuned-sst-2-english";

/** A tiny DistilBERT sentiment classifier with SST-2's real tokenizer and labels (random weights). */
async function generateSentiment(id: string): Promise<void> {
  const dir = path.join(LOCAL_MODEL_DIR, id);
  await mkdir(path.join(dir, "onnx"), { recursive: true });
  for (const file of NER_FILES)
    await copyFile(path.join(SHARED_MODELS_DIR, SENTIMENT_SOURCE_ID, file), path.join(dir, file));
  const dims = { hidden: 64, layers: 2, heads: 2, ffn: 128, vocab: 30_522, positions: 512, labels: 2 };
  const config = JSON.parse(await readFile(path.join(dir, "config.json"), "utf8")) as Record<string, unknown>;
  Object.assign(config, {
    dim: dims.hidden,
    n_layers: dims.layers,
    n_heads: dims.heads,
    hidden_dim: dims.ffn,
    _generated: `${GENERATOR_VERSION}: random weights; its sentiment is noise`,
  });
  await writeFile(path.join(dir, "config.json"), `${JSON.stringify(config, null, 2)}\n`);
  await writeFile(path.join(dir, "onnx", "model.onnx"), distilBertSequenceClassifier(dims, 37));
  const manifest = await writeManifest(dir, id, "generated");
  console.log(`${id}: ${manifest.files.length} files`);
}

const wanted = process.argv.slice(2);
for (const [name, variant] of Object.entries(VARIANTS)) {
  if (wanted.length === 0 || wanted.includes(name)) await generate(variant.id, variant.dims, variant.multilingual);
}
for (const [name, variant] of Object.entries(MOONSHINE_VARIANTS)) {
  if (wanted.length === 0 || wanted.includes(name)) await generateMoonshine(variant.id, variant.source, variant.dims);
}
if (wanted.length === 0 || wanted.includes("ner")) await generateNer("copilot-test/bert-ner-micro");
if (wanted.length === 0 || wanted.includes("sentiment")) await generateSentiment("copilot-test/distilbert-sst2-micro");
