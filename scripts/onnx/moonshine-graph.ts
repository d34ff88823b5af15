/**
 * Moonshine encoder and merged decoder graphs with the I/O contract of the onnx-community exports that
 * transformers.js 4 loads: `onnx/encoder_model.onnx` (input_values: raw 16 kHz audio, any length ->
 * last_hidden_state) and `onnx/decoder_model_merged.onnx` (input_ids, encoder_hidden_states,
 * past_key_values.*, use_cache_branch -> logits, present.*). The operators follow the published
 * architecture (a convolution stem of strides 64, 3 and 2 over the waveform, so the encoder sees about
 * 41 frames a second of audio and nothing more; pre-norm transformer layers with rotary position
 * embeddings; a SwiGLU feed-forward in the decoder), with the real models' dimensions, so the compute
 * cost is the real one. The weights are random: the words are noise.
 */
import { makeRng } from "../../lib/rng";
import { encodeModel, floatTensor, Graph } from "./graph-builder";
import { attend, gelu, layerNorm, linear, project, splitHeads } from "./layers";

export interface MoonshineDims {
  hidden: number;
  intermediate: number;
  encoderLayers: number;
  decoderLayers: number;
  heads: number;
  vocab: number;
  /** The share of each head's dimensions that rotate (Moonshine: 0.9). */
  partialRotary: number;
  ropeTheta: number;
  quantized?: boolean;
}

/** Frames the encoder produces for `samples` of audio (the three convolutions, no padding). */
export function moonshineFrames(samples: number): number {
  const c1 = Math.floor((samples - 127) / 64) + 1;
  const c2 = Math.floor((c1 - 7) / 3) + 1;
  return Math.floor((c2 - 3) / 2) + 1;
}

/** The rotary dimensions of a head: the rotated share, rounded down to an even count. */
const rotaryDims = (hd: number, share: number) => Math.max(2, 2 * Math.floor((hd * share) / 2));

/**
 * Rotary position embedding on [B, H, T, hd] for positions [start, start + T): the first `rd` dims of
 * each head rotate by position-dependent angles (rotate-half form), the rest pass through.
 */
function rotary(g: Graph, x: string, start: string, length: string, hd: number, rd: number, theta: number): string {
  const half = rd / 2;
  const invFreq = g.floats("inv_freq", [1, half], (i) => 1 / theta ** ((2 * i) / rd));
  const end = g.o("Add", [start, length]);
  const pos = g.o("Cast", [g.o("Range", [start, end, g.ints("one", [1], [])])], { to: 1 });
  const angles = g.o("MatMul", [g.o("Unsqueeze", [pos, g.ints("axes", [1])]), invFreq]); // [T, half]
  const full = g.o("Concat", [angles, angles], { axis: -1 }); // [T, rd]
  const cos = g.o("Cos", [full]);
  const sin = g.o("Sin", [full]);
  const axes = g.ints("axes", [3]);
  const rot = g.o("Slice", [x, g.ints("s", [0]), g.ints("e", [rd]), axes]);
  const pass = g.o("Slice", [x, g.ints("s", [rd]), g.ints("e", [hd]), axes]);
  const x1 = g.o("Slice", [rot, g.ints("s", [0]), g.ints("e", [half]), axes]);
  const x2 = g.o("Slice", [rot, g.ints("s", [half]), g.ints("e", [rd]), axes]);
  const rotated = g.o("Concat", [g.o("Neg", [x2]), x1], { axis: -1 });
  const mixed = g.o("Add", [g.o("Mul", [rot, cos]), g.o("Mul", [rotated, sin])]);
  return g.o("Concat", [mixed, pass], { axis: -1 });
}

/** GroupNorm with one group over [B, C, T]: every channel and frame normalized together, then per channel. */
function groupNormOne(g: Graph, x: string, channels: number): string {
  const mean = g.o("ReduceMean", [x], { axes: [1, 2], keepdims: 1 });
  const centred = g.o("Sub", [x, mean]);
  const variance = g.o("ReduceMean", [g.o("Mul", [centred, centred])], { axes: [1, 2], keepdims: 1 });
  const normed = g.o("Div", [centred, g.o("Sqrt", [g.o("Add", [variance, g.constant("eps", [], 1e-5)])])]);
  return g.o("Add", [g.o("Mul", [normed, g.constant("gn_g", [channels, 1], 1)]), g.constant("gn_b", [channels, 1], 0)]);
}

function silu(g: Graph, x: string): string {
  return g.o("Mul", [x, g.o("Sigmoid", [x])]);
}

export function moonshineEncoder(dims: MoonshineDims, seed: number): Uint8Array {
  const { hidden: d, heads } = dims;
  const hd = d / heads;
  const rd = rotaryDims(hd, dims.partialRotary);
  const g = new Graph("moonshine_encoder", makeRng(seed));
  g.quantized = dims.quantized === true;
  const audio = g.input("input_values", "float", ["batch_size", "num_samples"]);
  const wave = g.o("Unsqueeze", [audio, g.ints("axes", [1])]); // [B, 1, N]
  const c1 = groupNormOne(
    g,
    g.o("Tanh", [g.o("Conv", [wave, g.random("conv1_w", [d, 1, 127])], { strides: [64] })]),
    d,
  );
  const c2 = gelu(
    g,
    g.o("Conv", [c1, g.random("conv2_w", [2 * d, d, 7]), g.constant("conv2_b", [2 * d], 0)], { strides: [3] }),
  );
  const c3 = gelu(
    g,
    g.o("Conv", [c2, g.random("conv3_w", [d, 2 * d, 3]), g.constant("conv3_b", [d], 0)], { strides: [2] }),
  );
  let x = g.o("Transpose", [c3], { perm: [0, 2, 1] }); // [B, T, d]
  const frames = g.o("Shape", [x], { start: 1, end: 2 });
  const zero = g.ints("zero", [0], []);
  const length = g.o("Squeeze", [frames, g.ints("axes", [0])]);
  for (let l = 0; l < dims.encoderLayers; l += 1) {
    const h = layerNorm(g, x, d);
    const q = rotary(g, splitHeads(g, linear(g, h, d, d, false), heads, hd), zero, length, hd, rd, dims.ropeTheta);
    const k = rotary(g, splitHeads(g, linear(g, h, d, d, false), heads, hd), zero, length, hd, rd, dims.ropeTheta);
    const v = splitHeads(g, linear(g, h, d, d, false), heads, hd);
    x = g.o("Add", [x, attend(g, q, k, v, d, hd)]);
    const f = linear(g, gelu(g, linear(g, layerNorm(g, x, d), d, dims.intermediate)), dims.intermediate, d);
    x = g.o("Add", [x, f]);
  }
  g.o("Identity", [layerNorm(g, x, d)], {}, "last_hidden_state");
  g.output("last_hidden_state", "float", ["batch_size", "encoder_sequence_length", d]);
  return encodeModel(g);
}

export function moonshineDecoderMerged(dims: MoonshineDims, seed: number): Uint8Array {
  const { hidden: d, heads, vocab } = dims;
  const hd = d / heads;
  const rd = rotaryDims(hd, dims.partialRotary);
  const g = new Graph("moonshine_decoder_merged", makeRng(seed));
  g.quantized = dims.quantized === true;
  const ids = g.input("input_ids", "int64", ["batch_size", "decoder_sequence_length"]);
  const enc = g.input("encoder_hidden_states", "float", ["batch_size", "encoder_sequence_length", d]);
  const past: { dk: string; dv: string; ek: string; ev: string }[] = [];
  for (let l = 0; l < dims.decoderLayers; l += 1) {
    const p = (kind: string) =>
      g.input(`past_key_values.${l}.${kind}`, "float", [
        "batch_size",
        heads,
        kind.startsWith("decoder") ? "past_decoder_sequence_length" : "encoder_sequence_length_out",
        hd,
      ]);
    past.push({ dk: p("decoder.key"), dv: p("decoder.value"), ek: p("encoder.key"), ev: p("encoder.value") });
  }
  const useCache = g.input("use_cache_branch", "bool", [1]);
  const firstPast = past[0];
  if (!firstPast) throw new Error("decoder needs at least one layer");
  const pastLen = g.o("Shape", [firstPast.dk], { start: 2, end: 3 });
  const seqLen = g.o("Shape", [ids], { start: 1, end: 2 });
  const totalLen = g.o("Add", [pastLen, seqLen]);
  const pastScalar = g.o("Squeeze", [pastLen, g.ints("axes", [0])]);
  const seqScalar = g.o("Squeeze", [seqLen, g.ints("axes", [0])]);

  const embedding = g.random("embed_tokens", [vocab, d]);
  let x = g.o("Gather", [embedding, ids]);

  // Causal mask [T, past+T]: 0 where a query may attend, -1e9 elsewhere.
  const ones = g.o("ConstantOfShape", [g.o("Concat", [seqLen, totalLen], { axis: 0 })], {
    value: floatTensor([1], new Float32Array([1])),
  });
  const tril = g.o("Trilu", [ones, pastScalar], { upper: 0 });
  const mask = g.o("Mul", [g.o("Sub", [tril, g.constant("one", [], 1)]), g.constant("big", [], 1e9)]);

  // Cross-attention keys/values: computed from encoder_hidden_states on the first step, reused after.
  const crossW = past.map(() => ({ k: g.random("cross_k", [d, d]), v: g.random("cross_v", [d, d]) }));
  const thenBranch = new Graph("use_cache");
  const elseBranch = new Graph("compute_cross");
  const ifOutputs: string[] = [];
  past.forEach((p, l) => {
    const w = crossW[l];
    if (!w) return;
    for (const [kind, pastName] of [
      ["key", p.ek],
      ["value", p.ev],
    ] as const) {
      thenBranch.output(thenBranch.o("Identity", [pastName]), "float", null);
      const proj = elseBranch.o("MatMul", [enc, kind === "key" ? w.k : w.v]);
      elseBranch.output(splitHeads(elseBranch, proj, heads, hd), "float", null);
      ifOutputs.push(`present.${l}.encoder.${kind}`);
    }
  });
  g.nodes.push({
    opType: "If",
    input: [useCache],
    output: ifOutputs,
    name: "cross_kv_if",
    attribute: [
      { name: "then_branch", type: 5, g: thenBranch.toProto() },
      { name: "else_branch", type: 5, g: elseBranch.toProto() },
    ],
  });

  past.forEach((p, l) => {
    const h = layerNorm(g, x, d);
    const q = rotary(
      g,
      splitHeads(g, linear(g, h, d, d, false), heads, hd),
      pastScalar,
      seqScalar,
      hd,
      rd,
      dims.ropeTheta,
    );
    const kNew = rotary(
      g,
      splitHeads(g, linear(g, h, d, d, false), heads, hd),
      pastScalar,
      seqScalar,
      hd,
      rd,
      dims.ropeTheta,
    );
    const vNew = splitHeads(g, linear(g, h, d, d, false), heads, hd);
    const k = g.o("Concat", [p.dk, kNew], { axis: 2 }, `present.${l}.decoder.key`);
    const v = g.o("Concat", [p.dv, vNew], { axis: 2 }, `present.${l}.decoder.value`);
    x = g.o("Add", [x, attend(g, q, k, v, d, hd, mask)]);
    const hc = layerNorm(g, x, d);
    const qc = splitHeads(g, linear(g, hc, d, d, false), heads, hd);
    x = g.o("Add", [x, attend(g, qc, `present.${l}.encoder.key`, `present.${l}.encoder.value`, d, hd)]);
    // SwiGLU: one projection to twice the width, its halves gate each other.
    const both = linear(g, layerNorm(g, x, d), d, 2 * dims.intermediate);
    const [up, gate] = g.op("Split", [both, g.ints("split", [dims.intermediate, dims.intermediate])], { axis: -1 }, 2);
    if (!up || !gate) throw new Error("Split needs two outputs");
    x = g.o("Add", [x, linear(g, g.o("Mul", [up, silu(g, gate)]), dims.intermediate, d)]);
    for (const name of ["decoder.key", "decoder.value", "encoder.key", "encoder.value"]) {
      g.output(`present.${l}.${name}`, "float", null);
    }
  });

  const flat = g.o("Reshape", [layerNorm(g, x, d), g.ints("shape", [-1, d])]);
  const logits2d = g.quantized ? project(g, flat, d, vocab, true) : g.o("Gemm", [flat, embedding], { transB: 1 });
  const outShape = g.o("Concat", [g.o("Shape", [ids]), g.ints("vocab", [vocab])], { axis: 0 });
  g.o("Reshape", [logits2d, outShape], {}, "logits");
  g.output("logits", "float", ["batch_size", "decoder_sequence_length", vocab]);
  return encodeModel(g);
}
