/**
 * Writes the multilingual Whisper configs kept in models/whisper-multilingual/ (tiny and base), for the
 * generated twins: the real tiny.en files from ../shared/models with multilingual Whisper's token ids
 * (lib/asr/whisper-languages.ts), the dimensions of tiny and base, and the suppressed tokens computed
 * the way openai/whisper's `non_speech_tokens` does on the multilingual vocabulary. SOURCES.md says
 * what differs from the hub's files. Run: npx tsx scripts/build-whisper-multilingual.ts
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PreTrainedTokenizer } from "@huggingface/transformers";
import { REPO_ROOT, SHARED_MODELS_DIR } from "../lib/models/paths";
import {
  assembleWhisperTokenizer,
  whisperLanguageIds,
  whisperTokenId,
  WHISPER_EOT,
  WHISPER_SOT,
} from "../lib/asr/whisper-languages";

const OUT = path.join(REPO_ROOT, "models", "whisper-multilingual");
const EN = path.join(SHARED_MODELS_DIR, "Xenova", "whisper-tiny.en");
const BPE = path.join(SHARED_MODELS_DIR, "openai-whisper-multilingual");

const SIZES = {
  tiny: { d_model: 384, layers: 4, heads: 6, ffn: 1536, name: "openai/whisper-tiny" },
  base: { d_model: 512, layers: 6, heads: 8, ffn: 2048, name: "openai/whisper-base" },
};

const readJson = async (file: string) => JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;

/** openai/whisper `Tokenizer.non_speech_tokens`, on the multilingual vocabulary. */
function nonSpeechTokens(tokenizer: PreTrainedTokenizer): number[] {
  const encode = (text: string) => tokenizer.encode(text, { add_special_tokens: false });
  const symbols = [...'"#()*+/:;<=>@[\\]^_`{|}~「」『』'];
  symbols.push(..."<< >> <<< >>> -- --- -( -[ (' (\" (( )) ((( ))) [[ ]] {{ }} ♪♪ ♪♪♪".split(" "));
  const miscellaneous = [..."♩♪♫♬♭♮♯"];
  const result = new Set<number>([encode(" -")[0] as number, encode(" '")[0] as number]);
  for (const symbol of [...symbols, ...miscellaneous]) {
    for (const tokens of [encode(symbol), encode(` ${symbol}`)]) {
      if (tokens.length === 1 || miscellaneous.includes(symbol)) result.add(tokens[0] as number);
    }
  }
  return [...result].sort((a, b) => a - b);
}

const vocab = (await readJson(path.join(BPE, "vocab.json"))) as Record<string, number>;
const merges = await readFile(path.join(BPE, "merges.txt"), "utf8");
const tokenizerJson = assembleWhisperTokenizer(vocab, merges);
const tokenizerConfig = await readJson(path.join(EN, "tokenizer_config.json"));
const tokenizer = new PreTrainedTokenizer(tokenizerJson, tokenizerConfig);
const ids = whisperLanguageIds();
const noTimestamps = whisperTokenId("<|notimestamps|>");
const suppress = [
  ...nonSpeechTokens(tokenizer),
  WHISPER_SOT,
  ids.task_to_id.translate as number,
  ids.task_to_id.transcribe as number,
  whisperTokenId("<|startoflm|>"),
  whisperTokenId("<|startofprev|>"),
  whisperTokenId("<|nocaptions|>"),
];
const vocabSize = whisperTokenId("<|30.00|>") + 1;

for (const [size, dims] of Object.entries(SIZES)) {
  const dir = path.join(OUT, size);
  await mkdir(dir, { recursive: true });
  const config = await readJson(path.join(EN, "config.json"));
  Object.assign(config, {
    _name_or_path: dims.name,
    begin_suppress_tokens: [220, WHISPER_EOT],
    bos_token_id: WHISPER_EOT,
    decoder_start_token_id: WHISPER_SOT,
    eos_token_id: WHISPER_EOT,
    pad_token_id: WHISPER_EOT,
    forced_decoder_ids: [
      [1, null],
      [2, ids.task_to_id.transcribe],
      [3, noTimestamps],
    ],
    suppress_tokens: suppress,
    vocab_size: vocabSize,
    d_model: dims.d_model,
    encoder_layers: dims.layers,
    decoder_layers: dims.layers,
    num_hidden_layers: dims.layers,
    encoder_attention_heads: dims.heads,
    decoder_attention_heads: dims.heads,
    encoder_ffn_dim: dims.ffn,
    decoder_ffn_dim: dims.ffn,
  });
  const generation = await readJson(path.join(EN, "generation_config.json"));
  Object.assign(generation, {
    begin_suppress_tokens: [220, WHISPER_EOT],
    bos_token_id: WHISPER_EOT,
    decoder_start_token_id: WHISPER_SOT,
    eos_token_id: WHISPER_EOT,
    pad_token_id: WHISPER_EOT,
    forced_decoder_ids: [
      [1, null],
      [2, ids.task_to_id.transcribe],
      [3, noTimestamps],
    ],
    is_multilingual: true,
    lang_to_id: ids.lang_to_id,
    task_to_id: ids.task_to_id,
    no_timestamps_token_id: noTimestamps,
    prev_sot_token_id: whisperTokenId("<|startofprev|>"),
    max_initial_timestamp_index: 50,
    suppress_tokens: suppress,
  });
  // tiny.en's cross-attention heads for word timings are not tiny's or base's; the app does not use them.
  delete generation.alignment_heads;
  await writeFile(path.join(dir, "config.json"), `${JSON.stringify(config, null, 2)}\n`);
  await writeFile(path.join(dir, "generation_config.json"), `${JSON.stringify(generation, null, 2)}\n`);
  await writeFile(
    path.join(dir, "preprocessor_config.json"),
    await readFile(path.join(EN, "preprocessor_config.json"), "utf8"),
  );
  await writeFile(path.join(dir, "tokenizer_config.json"), `${JSON.stringify(tokenizerConfig, null, 2)}\n`);
  console.log(`${size}: suppress ${suppress.length} tokens, vocab ${vocabSize}`);
}
