/**
 * A small ONNX graph builder over onnx-proto. Used only by the test-model generator: it lets us write
 * models with the exact input/output names transformers.js feeds and reads, without Python.
 */
import onnxProto from "onnx-proto";
import { makeRng } from "../../lib/rng";

const { onnx } = onnxProto;
type Tensor = InstanceType<typeof onnx.TensorProto>;
export type Dim = number | string;
export type ElemType = "float" | "int64" | "bool" | "int8";

const ELEM: Record<ElemType, number> = {
  float: onnx.TensorProto.DataType.FLOAT,
  int64: onnx.TensorProto.DataType.INT64,
  bool: onnx.TensorProto.DataType.BOOL,
  int8: onnx.TensorProto.DataType.INT8,
};

export type AttrValue = number | number[] | string | Tensor | onnxProto.onnx.IGraphProto;

function valueInfo(name: string, type: ElemType, dims: Dim[] | null) {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType: ELEM[type],
        shape: dims ? { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) } : null,
      },
    },
  });
}

function attribute(name: string, v: AttrValue) {
  const A = onnx.AttributeProto.AttributeType;
  if (typeof v === "number") {
    return Number.isInteger(v) ? { name, type: A.INT, i: v } : { name, type: A.FLOAT, f: v };
  }
  if (typeof v === "string") return { name, type: A.STRING, s: new TextEncoder().encode(v) };
  if (Array.isArray(v)) return { name, type: A.INTS, ints: v };
  if (v instanceof onnx.TensorProto) return { name, type: A.TENSOR, t: v };
  return { name, type: A.GRAPH, g: v };
}

export class Graph {
  readonly nodes: onnxProto.onnx.INodeProto[] = [];
  readonly initializers: Tensor[] = [];
  readonly inputs: onnxProto.onnx.IValueInfoProto[] = [];
  readonly outputs: onnxProto.onnx.IValueInfoProto[] = [];
  private counter = 0;
  /** Projections are written dynamically quantized (int8) when set. */
  quantized = false;

  constructor(
    readonly name: string,
    private readonly rng: () => number = makeRng(1),
  ) {}

  fresh(hint: string): string {
    this.counter += 1;
    return `${hint}_${this.counter}`;
  }

  input(name: string, type: ElemType, dims: Dim[]): string {
    this.inputs.push(valueInfo(name, type, dims));
    return name;
  }

  /** Declares a graph output; shape may be omitted in subgraphs. */
  output(name: string, type: ElemType, dims: Dim[] | null): void {
    this.outputs.push(valueInfo(name, type, dims));
  }

  op(opType: string, inputs: string[], attrs: Record<string, AttrValue> = {}, outputs = 1, name?: string): string[] {
    const outs = Array.from({ length: outputs }, (_, i) => (i === 0 && name ? name : this.fresh(opType)));
    this.nodes.push({
      opType,
      input: inputs,
      output: outs,
      name: this.fresh(`n_${opType}`),
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    });
    return outs;
  }

  /** One-output op, the common case. */
  o(opType: string, inputs: string[], attrs: Record<string, AttrValue> = {}, name?: string): string {
    const [out] = this.op(opType, inputs, attrs, 1, name);
    if (out === undefined) throw new Error("op produced no output");
    return out;
  }

  floats(hint: string, dims: number[], fill: (i: number) => number): string {
    const count = dims.reduce((a, b) => a * b, 1);
    const data = new Float32Array(count);
    for (let i = 0; i < count; i += 1) data[i] = fill(i);
    const name = this.fresh(hint);
    this.initializers.push(
      onnx.TensorProto.create({ name, dims, dataType: ELEM.float, rawData: new Uint8Array(data.buffer) }),
    );
    return name;
  }

  /** Normal(0, std) weights, the scale real checkpoints use for projections. */
  random(hint: string, dims: number[], std = 0.02): string {
    return this.floats(hint, dims, () => {
      const u = Math.max(this.rng(), 1e-12);
      return std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.rng());
    });
  }

  /** Random int8 weights (what dynamic quantization stores), uniform over [-127, 127]. */
  int8(hint: string, dims: number[]): string {
    const count = dims.reduce((a, b) => a * b, 1);
    const data = new Int8Array(count);
    for (let i = 0; i < count; i += 1) data[i] = Math.round(this.rng() * 254) - 127;
    const name = this.fresh(hint);
    this.initializers.push(
      onnx.TensorProto.create({ name, dims, dataType: ELEM.int8, rawData: new Uint8Array(data.buffer) }),
    );
    return name;
  }

  int8Scalar(hint: string, value: number): string {
    const name = this.fresh(hint);
    this.initializers.push(
      onnx.TensorProto.create({
        name,
        dims: [],
        dataType: ELEM.int8,
        rawData: new Uint8Array(Int8Array.from([value]).buffer),
      }),
    );
    return name;
  }

  constant(hint: string, dims: number[], value: number): string {
    return this.floats(hint, dims, () => value);
  }

  ints(hint: string, values: number[], dims: number[] = [values.length]): string {
    const data = new BigInt64Array(values.map((v) => BigInt(v)));
    const name = this.fresh(hint);
    this.initializers.push(
      onnx.TensorProto.create({ name, dims, dataType: ELEM.int64, rawData: new Uint8Array(data.buffer) }),
    );
    return name;
  }

  toProto(): onnxProto.onnx.IGraphProto {
    return {
      name: this.name,
      node: this.nodes,
      initializer: this.initializers,
      input: this.inputs,
      output: this.outputs,
    };
  }
}

/** A free-standing float tensor, for attributes such as ConstantOfShape's value. */
export function floatTensor(dims: number[], data: Float32Array): Tensor {
  return onnx.TensorProto.create({ dims, dataType: ELEM.float, rawData: new Uint8Array(data.buffer) });
}

export const OPSET = 17;

export function encodeModel(graph: Graph): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: "interview-copilot-test-model-generator",
    opsetImport: [{ domain: "", version: OPSET }],
    graph: graph.toProto(),
  });
  return onnx.ModelProto.encode(model).finish();
}
