/**
 * BERT-style encoders with the I/O transformers.js feeds and reads (`onnx/model.onnx`): for token
 * classification input_ids, attention_mask, token_type_ids -> logits [batch, tokens, labels]; for
 * sequence classification (DistilBERT's inputs: no token types) the first token's state -> logits
 * [batch, labels].
 */
import { makeRng } from "../../lib/rng";
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
  return bertClassifier(dims, seed, "token");
}

export function distilBertSequenceClassifier(dims: BertDims, seed: number): Uint8Array {
  return bertClassifier(dims, seed, "sequence");
}

function bertClassifier(dims: BertDims, seed: number, kind: "token" | "sequence"): Uint8Array {
  const { hidden: d, heads } = dims;
  const hd = d / heads;
  const g = new Graph(`bert_${kind}_classification`, makeRng(seed));
  const ids = g.input("input_ids", "int64", ["batch_size", "sequence_length"]);
  const mask = g.input("attention_mask", "int64", ["batch_size", "sequence_length"]);
  const types = kind === "token" ? g.input("token_type_ids", "int64", ["batch_size", "sequence_length"]) : null;
  const seqLen = g.o("Shape", [ids], { start: 1, end: 2 });
  const positions = g.o("Slice", [
    g.random("pos", [dims.positions, d]),
    g.ints("zero", [0]),
    seqLen,
    g.ints("axes", [0]),
  ]);
  let x = g.o("Add", [g.o("Gather", [g.random("word", [dims.vocab, d]), ids]), positions]);
  x = layerNorm(g, types ? g.o("Add", [x, g.o("Gather", [g.random("type", [2, d]), types])]) : x, d);
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
  // Sequence classification reads the first ([CLS]) token's state.
  const pooled = kind === "sequence" ? g.o("Gather", [x, g.ints("first", [0], [])], { axis: 1 }) : x;
  g.o(
    "Add",
    [g.o("MatMul", [pooled, g.random("cls", [d, dims.labels], 0.5)]), g.constant("cls_b", [dims.labels], 0)],
    {},
    "logits",
  );
  g.output(
    "logits",
    "float",
    kind === "sequence" ? ["batch_size", dims.labels] : ["batch_size", "sequence_length", dims.labels],
  );
  return encodeModel(g);
}
