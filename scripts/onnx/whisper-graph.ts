/**
 * Whisper encoder and merged decoder graphs with the I/O contract of the Xenova exports that
 * transformers.js 4 loads: `onnx/encoder_model.onnx` (input_features -> last_hidden_state) and
 * `onnx/decoder_model_merged.onnx` (input_ids, encoder_hidden_states, past_key_values.*, use_cache_branch
 * -> logits, present.*). Same operator shapes as the real model, so the same compute cost.
 */
import { makeRng } from "../../lib/rng";
import { encodeModel, floatTensor, Graph } from "./graph-builder";
import { attend, feedForward, gelu, layerNorm, linear, LN_EPS, project, splitHeads } from "./layers";

export interface WhisperDims {
  dModel: number;
  encoderLayers: number;
  decoderLayers: number;
  heads: number;
  ffn: number;
  vocab: number;
  melBins: number;
  sourcePositions: number;
  targetPositions: number;
  /**
   * Dynamic int8 quantization of every projection, in the layout ONNX Runtime's quantize_dynamic writes
   * (DynamicQuantizeLinear -> MatMulInteger -> Cast -> scale), as in the `_quantized` files users run.
   */
  quantized?: boolean;
}

export function whisperEncoder(dims: WhisperDims, seed: number): Uint8Array {
  const { dModel: d, heads, melBins } = dims;
  const hd = d / heads;
  const g = new Graph("whisper_encoder", makeRng(seed));
  g.quantized = dims.quantized === true;
  const feats = g.input("input_features", "float", ["batch_size", melBins, 2 * dims.sourcePositions]);
  const c1 = gelu(
    g,
    g.o("Conv", [feats, g.random("conv1_w", [d, melBins, 3]), g.constant("conv1_b", [d], 0)], { pads: [1, 1] }),
  );
  const c2 = gelu(
    g,
    g.o("Conv", [c1, g.random("conv2_w", [d, d, 3]), g.constant("conv2_b", [d], 0)], { pads: [1, 1], strides: [2] }),
  );
  let x = g.o("Add", [g.o("Transpose", [c2], { perm: [0, 2, 1] }), g.random("pos", [dims.sourcePositions, d])]);
  for (let l = 0; l < dims.encoderLayers; l += 1) {
    const h = layerNorm(g, x, d);
    const q = splitHeads(g, linear(g, h, d, d), heads, hd);
    const k = splitHeads(g, linear(g, h, d, d, false), heads, hd);
    const v = splitHeads(g, linear(g, h, d, d), heads, hd);
    x = g.o("Add", [x, attend(g, q, k, v, d, hd)]);
    x = g.o("Add", [x, feedForward(g, x, d, dims.ffn)]);
  }
  g.o(
    "LayerNormalization",
    [x, g.constant("ln_g", [d], 1), g.constant("ln_b", [d], 0)],
    { axis: -1, epsilon: LN_EPS },
    "last_hidden_state",
  );
  g.output("last_hidden_state", "float", ["batch_size", dims.sourcePositions, d]);
  return encodeModel(g);
}

export function whisperDecoderMerged(dims: WhisperDims, seed: number): Uint8Array {
  const { dModel: d, heads, vocab } = dims;
  const hd = d / heads;
  const g = new Graph("whisper_decoder_merged", makeRng(seed));
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

  const embedding = g.random("embed_tokens", [vocab, d]);
  const positions = g.o("Slice", [
    g.random("embed_positions", [dims.targetPositions, d]),
    pastLen,
    totalLen,
    g.ints("axes", [0]),
  ]);
  let x = g.o("Add", [g.o("Gather", [embedding, ids]), positions]);

  // Causal mask [T, past+T]: 0 where a query may attend, -1e9 elsewhere.
  const ones = g.o("ConstantOfShape", [g.o("Concat", [seqLen, totalLen], { axis: 0 })], {
    value: floatTensor([1], new Float32Array([1])),
  });
  const pastScalar = g.o("Squeeze", [pastLen, g.ints("axes", [0])]);
  const tril = g.o("Trilu", [ones, pastScalar], { upper: 0 });
  const mask = g.o("Mul", [g.o("Sub", [tril, g.constant("one", [], 1)]), g.constant("big", [], 1e9)]);

  // Cross-attention keys/values: computed from encoder_hidden_states on the first step, reused after.
  const crossW = past.map(() => ({
    k: g.random("cross_k", [d, d]),
    v: g.random("cross_v", [d, d]),
    vb: g.constant("cross_vb", [d], 0),
  }));
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
      const thenOut = thenBranch.o("Identity", [pastName]);
      thenBranch.output(thenOut, "float", null);
      let proj = elseBranch.o("MatMul", [enc, kind === "key" ? w.k : w.v]);
      // Cross-attention keys/values are computed once per utterance; fp32 here costs nothing per token.
      if (kind === "value") proj = elseBranch.o("Add", [proj, w.vb]);
      const elseOut = splitHeads(elseBranch, proj, heads, hd);
      elseBranch.output(elseOut, "float", null);
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
    const q = splitHeads(g, linear(g, h, d, d), heads, hd);
    const kNew = splitHeads(g, linear(g, h, d, d, false), heads, hd);
    const vNew = splitHeads(g, linear(g, h, d, d), heads, hd);
    const k = g.o("Concat", [p.dk, kNew], { axis: 2 }, `present.${l}.decoder.key`);
    const v = g.o("Concat", [p.dv, vNew], { axis: 2 }, `present.${l}.decoder.value`);
    x = g.o("Add", [x, attend(g, q, k, v, d, hd, mask)]);
    const hc = layerNorm(g, x, d);
    const qc = splitHeads(g, linear(g, hc, d, d), heads, hd);
    x = g.o("Add", [x, attend(g, qc, `present.${l}.encoder.key`, `present.${l}.encoder.value`, d, hd)]);
    x = g.o("Add", [x, feedForward(g, x, d, dims.ffn)]);
    for (const name of ["decoder.key", "decoder.value", "encoder.key", "encoder.value"]) {
      g.output(`present.${l}.${name}`, "float", null);
    }
  });

  const flat = g.o("Reshape", [layerNorm(g, x, d), g.ints("shape", [-1, d])]);
  // Logits tie to the token embedding, as in Whisper: Gemm with transB avoids a transposed copy. The
  // quantized export stores the projection as its own int8 [d, vocab] weight, as we do here.
  const logits2d = g.quantized ? project(g, flat, d, vocab, true) : g.o("Gemm", [flat, embedding], { transB: 1 });
  const outShape = g.o("Concat", [g.o("Shape", [ids]), g.ints("vocab", [vocab])], { axis: 0 });
  g.o("Reshape", [logits2d, outShape], {}, "logits");
  g.output("logits", "float", ["batch_size", "decoder_sequence_length", vocab]);
  return encodeModel(g);
}
