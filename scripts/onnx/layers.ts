/** Transformer building blocks shared by the generated Whisper and BERT graphs. */
import { Graph } from "./graph-builder";

/** Weight scale of the generated int8 weights: about the 0.02 standard deviation of the fp32 ones. */
const INT8_WEIGHT_SCALE = 0.02 / 73;

/** y = x @ W for a random weight, fp32 or dynamically quantized (ONNX Runtime's quantize_dynamic layout). */
export function project(g: Graph, x: string, din: number, dout: number, quantized: boolean): string {
  if (!quantized) return g.o("MatMul", [x, g.random("w", [din, dout])]);
  const [xq, xScale, xZero] = g.op("DynamicQuantizeLinear", [x], {}, 3);
  if (!xq || !xScale || !xZero) throw new Error("DynamicQuantizeLinear needs three outputs");
  const acc = g.o("MatMulInteger", [xq, g.int8("wq", [din, dout]), xZero, g.int8Scalar("wzp", 0)]);
  const scale = g.o("Mul", [xScale, g.constant("wscale", [], INT8_WEIGHT_SCALE)]);
  return g.o("Mul", [g.o("Cast", [acc], { to: 1 }), scale]);
}

export const LN_EPS = 1e-5;

export function layerNorm(g: Graph, x: string, d: number): string {
  return g.o("LayerNormalization", [x, g.constant("ln_g", [d], 1), g.constant("ln_b", [d], 0)], {
    axis: -1,
    epsilon: LN_EPS,
  });
}

export function gelu(g: Graph, x: string): string {
  const erf = g.o("Erf", [g.o("Div", [x, g.constant("sqrt2", [], Math.SQRT2)])]);
  const onePlus = g.o("Add", [erf, g.constant("one", [], 1)]);
  return g.o("Mul", [g.o("Mul", [x, onePlus]), g.constant("half", [], 0.5)]);
}

export function linear(g: Graph, x: string, din: number, dout: number, bias = true): string {
  const y = project(g, x, din, dout, g.quantized);
  return bias ? g.o("Add", [y, g.constant("b", [dout], 0)]) : y;
}

/** [B, T, d] -> [B, H, T, hd] */
export function splitHeads(g: Graph, x: string, heads: number, hd: number): string {
  const r = g.o("Reshape", [x, g.ints("shape", [0, 0, heads, hd])]);
  return g.o("Transpose", [r], { perm: [0, 2, 1, 3] });
}

/** Scaled dot-product attention over [B, H, T, hd] tensors; returns [B, T, d]. */
export function attend(g: Graph, q: string, k: string, v: string, d: number, hd: number, mask?: string): string {
  const kT = g.o("Transpose", [k], { perm: [0, 1, 3, 2] });
  let scores = g.o("Mul", [g.o("MatMul", [q, kT]), g.constant("scale", [], 1 / Math.sqrt(hd))]);
  if (mask) scores = g.o("Add", [scores, mask]);
  const ctx = g.o("MatMul", [g.o("Softmax", [scores], { axis: -1 }), v]);
  const merged = g.o("Transpose", [ctx], { perm: [0, 2, 1, 3] });
  return linear(g, g.o("Reshape", [merged, g.ints("shape", [0, 0, d])]), d, d);
}

export function feedForward(g: Graph, x: string, d: number, ffn: number): string {
  return linear(g, gelu(g, linear(g, layerNorm(g, x, d), d, ffn)), ffn, d);
}
