/**
 * BERT for token classification with the I/O transformers.js feeds and reads (`onnx/model.onnx`:
 * input_ids, attention_mask, token_type_ids -> logits [batch, tokens, labels]).
 */
import { makeRng } from "../../lib/testing/rng";
import { encodeModel, Graph } from "./graph-builder";
import { attend, feedForward, layerNorm, linear, splitHeads } from "./layers";

export interface BertDims {
  hidden: number;
  layers: number;
  heads: number;
  ffn: number;
  vocab: number;
  positions: number;
  labels: number;
}

export function bertTokenClassifier(dims: BertDims, seed: number): Uint8Array {
  const { hidden: d, heads } = dims;
  const hd = d / heads;
  const g = new Graph("bert_token_classification", makeRng(seed));
  const ids = g.input("input_ids", "int64", ["batch_size", "sequence_length"]);
  const mask = g.input("attention_mask", "int64", ["batch_size", "sequence_length"]);
  const types = g.input("token_type_ids", "int64", ["batch_size", "sequence_length"]);
  const seqLen = g.o("Shape", [ids], { start: 1, end: 2 });
  const positions = g.o("Slice", [
    g.random("pos", [dims.positions, d]),
    g.ints("zero", [0]),
    seqLen,
    g.ints("axes", [0]),
  ]);
  let x = g.o("Add", [g.o("Gather", [g.random("word", [dims.vocab, d]), ids]), positions]);
  x = layerNorm(g, g.o("Add", [x, g.o("Gather", [g.random("type", [2, d]), types])]), d);
  // Padding positions get -1e9 before the softmax: [batch, 1, 1, tokens].
  const keep = g.o("Cast", [mask], { to: 1 });
  const additive = g.o("Mul", [g.o("Sub", [g.constant("one", [], 1), keep]), g.constant("neg", [], -1e9)]);
  const attnMask = g.o("Unsqueeze", [additive, g.ints("axes", [1, 2])]);
  for (let l = 0; l < dims.layers; l += 1) {
    const q = splitHeads(g, linear(g, x, d, d), heads, hd);
    const k = splitHeads(g, linear(g, x, d, d), heads, hd);
    const v = splitHeads(g, linear(g, x, d, d), heads, hd);
    x = layerNorm(g, g.o("Add", [x, attend(g, q, k, v, d, hd, attnMask)]), d);
    x = layerNorm(g, g.o("Add", [x, feedForward(g, x, d, dims.ffn)]), d);
  }
  g.o(
    "Add",
    [g.o("MatMul", [x, g.random("cls", [d, dims.labels], 0.5)]), g.constant("cls_b", [dims.labels], 0)],
    {},
    "logits",
  );
  g.output("logits", "float", ["batch_size", "sequence_length", dims.labels]);
  return encodeModel(g);
}
