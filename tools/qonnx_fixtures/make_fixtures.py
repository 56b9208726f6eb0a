#!/usr/bin/python3
"""Quantized ONNX fixtures (issue 17), built by hand with python3-onnx because Brevitas is not available. Run by hand:

    /usr/bin/python3 tools/qonnx_fixtures/make_fixtures.py [output-dir]

Needs Debian's python3-onnx and python3-numpy. Writes into tests/fixtures/qonnx/ by default, for each model:
    <name>.onnx          the graph (QONNX: Quant/BipolarQuant/Trunc in domain qonnx.custom_op.general; QDQ: standard
                         QuantizeLinear/DequantizeLinear pairs, opset 13)
    <name>.input.npy     float32 [N, ...] seeded inputs
    <name>.output.npy    float32 [N, ...] the model's outputs computed here with numpy, following the operator specs
                         (QONNX operator docs; ONNX QuantizeLinear/DequantizeLinear), independently of Hls4Net
Scales are powers of two and zero points 0, so every quantizer maps exactly onto ap_fixed.
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

QONNX = "qonnx.custom_op.general"
SAMPLES = 32


# ---------------------------------------------------------------- numpy references (operator specs)

def min_int(signed, narrow, bits):
    if signed:
        return -(2 ** (bits - 1)) + (1 if narrow else 0)
    return 0


def max_int(signed, narrow, bits):
    if signed:
        return 2 ** (bits - 1) - 1
    return 2 ** bits - 1 - (1 if narrow else 0)


ROUNDING = {
    "ROUND": np.round,  # half to even
    "FLOOR": np.floor,
    "CEIL": np.ceil,
    "ROUND_TO_ZERO": lambda v: np.sign(v) * np.floor(np.abs(v)),
    "HALF_UP": lambda v: np.sign(v) * np.floor(np.abs(v) + 0.5),
    "HALF_DOWN": lambda v: np.sign(v) * np.ceil(np.abs(v) - 0.5),
}


def quant(x, scale, zeropt, bits, signed, narrow, mode):
    """QONNX Quant: scale, add the zero point, clip to the integer range, round, rescale."""
    y = x / np.float32(scale) if np.ndim(scale) == 0 else x / scale
    y = y + zeropt
    y = np.clip(y, min_int(signed, narrow, bits), max_int(signed, narrow, bits))
    y = ROUNDING[mode](y)
    return ((y - zeropt) * scale).astype(np.float32)


def bipolar(x, scale):
    """QONNX BipolarQuant: +scale for x >= 0, -scale otherwise."""
    return (np.where(x >= 0, 1.0, -1.0) * scale).astype(np.float32)


def trunc_v1(x, scale, zeropt, in_bits, out_bits, mode, signed=True, narrow=False):
    """QONNX Trunc (version 1: the output scale is scale * 2^(in - out))."""
    y = np.round(x / scale + zeropt)
    k = 2.0 ** (in_bits - out_bits)
    y = y / k
    y = np.clip(y, min_int(signed, narrow, out_bits), max_int(signed, narrow, out_bits))
    y = ROUNDING[mode](y)
    return ((y - zeropt / k) * scale * k).astype(np.float32)


def qdq(x, scale, zp, lo, hi):
    """QuantizeLinear (round half to even, saturate) followed by DequantizeLinear."""
    q = np.clip(np.round(x / np.float32(scale)) + zp, lo, hi)
    return ((q - zp) * np.float32(scale)).astype(np.float32)


def gemm(x, w, b):
    """Gemm with transB = 1: x [N, in], w [out, in]."""
    y = x.astype(np.float32) @ w.T.astype(np.float32)
    return (y + b).astype(np.float32) if b is not None else y.astype(np.float32)


def conv2d(x, w, b, pad):
    n, c, h, wd = x.shape
    o, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh, ow = h + 2 * pad - kh + 1, wd + 2 * pad - kw + 1
    y = np.zeros((n, o, oh, ow), dtype=np.float32)
    for i in range(oh):
        for j in range(ow):
            patch = xp[:, :, i:i + kh, j:j + kw].reshape(n, -1)
            y[:, :, i, j] = patch @ w.reshape(o, -1).T
    return (y + b.reshape(1, o, 1, 1)).astype(np.float32)


def maxpool2(x):
    n, c, h, w = x.shape
    return x.reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5))


def relu(x):
    return np.maximum(x, 0).astype(np.float32)


# ---------------------------------------------------------------- graph helpers

class Builder:
    def __init__(self):
        self.nodes, self.inits = [], []

    def const(self, name, array, dtype=None):
        arr = np.asarray(array, dtype=dtype if dtype is not None else np.float32)
        self.inits.append(numpy_helper.from_array(arr, name))
        return name

    def node(self, op, inputs, output, domain="", **attrs):
        self.nodes.append(helper.make_node(op, inputs, [output], name=output, domain=domain, **attrs))
        return output

    def quant(self, x, out, scale, bits, signed=1, narrow=0, mode="ROUND"):
        s = self.const(out + "_scale", scale)
        z = self.const(out + "_zeropt", 0.0)
        b = self.const(out + "_bits", float(bits))
        return self.node("Quant", [x, s, z, b], out, QONNX, signed=signed, narrow=narrow, rounding_mode=mode)

    def model(self, name, inp, out, qonnx):
        graph = helper.make_graph(self.nodes, name, [inp], [out], self.inits)
        opsets = [helper.make_opsetid("", 13)]
        if qonnx:
            opsets.append(helper.make_opsetid(QONNX, 1))
        m = helper.make_model(graph, opset_imports=opsets, producer_name="hls4net-qonnx-fixtures")
        m.ir_version = 8
        return m


def io(name, dims):
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, ["N"] + list(dims))


# ---------------------------------------------------------------- QONNX models

def qonnx_mlp(rng):
    """8-bit input and activations, 4-bit weights, a Trunc and one quantizer per rounding mode with an ap_fixed counterpart."""
    x = (rng.uniform(-5, 5, (SAMPLES, 16))).astype(np.float32)
    w1 = rng.normal(0, 0.5, (24, 16)).astype(np.float32)
    b1 = rng.normal(0, 0.5, 24).astype(np.float32)
    w2 = rng.normal(0, 0.6, (10, 24)).astype(np.float32)
    b2 = rng.normal(0, 0.5, 10).astype(np.float32)
    g = Builder()
    g.quant("x", "x_q", 2.0 ** -5, 8)
    g.quant(g.const("w1", w1), "w1_q", 2.0 ** -3, 4, narrow=1)
    g.quant(g.const("b1", b1), "b1_q", 2.0 ** -8, 16)
    g.node("Gemm", ["x_q", "w1_q", "b1_q"], "fc1", transB=1)
    g.node("Relu", ["fc1"], "relu1")
    g.quant("relu1", "act1", 2.0 ** -4, 8, signed=0, mode="HALF_UP")
    g.quant(g.const("w2", w2), "w2_q", 2.0 ** -2, 4, mode="ROUND_TO_ZERO")
    g.quant(g.const("b2", b2), "b2_q", 2.0 ** -6, 12)
    g.node("Gemm", ["act1", "w2_q", "b2_q"], "fc2", transB=1)
    t_in = [g.const("t_scale", 2.0 ** -6), g.const("t_zeropt", 0.0), g.const("t_in_bits", 16.0), g.const("t_out_bits", 12.0)]
    g.node("Trunc", ["fc2"] + t_in, "fc2_trunc", QONNX, rounding_mode="FLOOR")
    g.quant("fc2_trunc", "y", 2.0 ** -3, 8, narrow=1, mode="HALF_DOWN")
    model = g.model("qonnx_mlp_w4a8", io("x", [16]), io("y", [10]), True)

    h = quant(x, 2.0 ** -5, 0, 8, True, False, "ROUND")
    h = gemm(h, quant(w1, 2.0 ** -3, 0, 4, True, True, "ROUND"), quant(b1, 2.0 ** -8, 0, 16, True, False, "ROUND"))
    h = quant(relu(h), 2.0 ** -4, 0, 8, False, False, "HALF_UP")
    h = gemm(h, quant(w2, 2.0 ** -2, 0, 4, True, False, "ROUND_TO_ZERO"), quant(b2, 2.0 ** -6, 0, 12, True, False, "ROUND"))
    h = trunc_v1(h, 2.0 ** -6, 0, 16, 12, "FLOOR")
    y = quant(h, 2.0 ** -3, 0, 8, True, True, "HALF_DOWN")
    return model, x, y


def qonnx_cnn(rng):
    """Conv with per-channel power-of-two 4-bit weight scales, 8-bit activations, max pooling, a dense head."""
    x = rng.uniform(-4, 4, (SAMPLES, 2, 6, 6)).astype(np.float32)
    wc = rng.normal(0, 0.4, (4, 2, 3, 3)).astype(np.float32)
    bc = rng.normal(0, 0.3, 4).astype(np.float32)
    wd = rng.normal(0, 0.3, (5, 36)).astype(np.float32)
    bd = rng.normal(0, 0.3, 5).astype(np.float32)
    wscale = np.array([2.0 ** -3, 2.0 ** -2, 2.0 ** -3, 2.0 ** -4], dtype=np.float32).reshape(4, 1, 1, 1)
    g = Builder()
    g.quant("x", "x_q", 2.0 ** -4, 8)
    g.quant(g.const("wc", wc), "wc_q", wscale, 4, narrow=1)
    g.quant(g.const("bc", bc), "bc_q", 2.0 ** -7, 12)
    g.node("Conv", ["x_q", "wc_q", "bc_q"], "conv", kernel_shape=[3, 3], pads=[1, 1, 1, 1])
    g.node("Relu", ["conv"], "relu")
    g.quant("relu", "act", 2.0 ** -3, 8, signed=0)
    g.node("MaxPool", ["act"], "pool", kernel_shape=[2, 2], strides=[2, 2])
    g.node("Flatten", ["pool"], "flat", axis=1)
    g.quant(g.const("wd", wd), "wd_q", 2.0 ** -3, 4)
    g.quant(g.const("bd", bd), "bd_q", 2.0 ** -6, 12)
    g.node("Gemm", ["flat", "wd_q", "bd_q"], "fc", transB=1)
    g.quant("fc", "y", 2.0 ** -4, 8)
    model = g.model("qonnx_cnn_w4a8", io("x", [2, 6, 6]), io("y", [5]), True)

    h = quant(x, 2.0 ** -4, 0, 8, True, False, "ROUND")
    h = conv2d(h, quant(wc, wscale, 0, 4, True, True, "ROUND"), quant(bc, 2.0 ** -7, 0, 12, True, False, "ROUND"), 1)
    h = quant(relu(h), 2.0 ** -3, 0, 8, False, False, "ROUND")
    h = maxpool2(h).reshape(SAMPLES, -1)
    h = gemm(h, quant(wd, 2.0 ** -3, 0, 4, True, False, "ROUND"), quant(bd, 2.0 ** -6, 0, 12, True, False, "ROUND"))
    y = quant(h, 2.0 ** -4, 0, 8, True, False, "ROUND")
    return model, x, y


def qonnx_bnn(rng):
    """A binarized MLP: BipolarQuant inputs, weights and hidden activations (sums of +-1 hit 0 often), 8-bit output."""
    x = rng.normal(0, 1, (SAMPLES, 16)).astype(np.float32)
    w1 = rng.normal(0, 1, (32, 16)).astype(np.float32)
    b1 = rng.integers(-2, 3, 32).astype(np.float32)
    w2 = rng.normal(0, 1, (8, 32)).astype(np.float32)
    g = Builder()
    one = g.const("one", 1.0)
    g.node("BipolarQuant", ["x", one], "x_b", QONNX)
    g.node("BipolarQuant", [g.const("w1", w1), one], "w1_b", QONNX)
    g.quant(g.const("b1", b1), "b1_q", 1.0, 8)
    g.node("Gemm", ["x_b", "w1_b", "b1_q"], "fc1", transB=1)
    g.node("BipolarQuant", ["fc1", one], "act1", QONNX)
    g.node("BipolarQuant", [g.const("w2", w2), g.const("w2_scale", 2.0 ** -3)], "w2_b", QONNX)
    g.node("Gemm", ["act1", "w2_b"], "fc2", transB=1)
    g.quant("fc2", "y", 2.0 ** -3, 8)
    model = g.model("qonnx_bnn", io("x", [16]), io("y", [8]), True)

    h = gemm(bipolar(x, 1.0), bipolar(w1, 1.0), quant(b1, 1.0, 0, 8, True, False, "ROUND"))
    h = gemm(bipolar(h, 1.0), bipolar(w2, 2.0 ** -3), None)
    y = quant(h, 2.0 ** -3, 0, 8, True, False, "ROUND")
    return model, x, y


def qonnx_scaled(rng):
    """Scales that are not powers of two: a hidden activation quantizer (0.1) and 4-bit weights (0.07), as scale layers."""
    x = rng.uniform(-4, 4, (SAMPLES, 12)).astype(np.float32)
    w1 = rng.normal(0, 0.5, (16, 12)).astype(np.float32)
    w2 = rng.normal(0, 0.5, (6, 16)).astype(np.float32)
    b2 = rng.normal(0, 0.5, 6).astype(np.float32)
    g = Builder()
    g.quant("x", "x_q", 2.0 ** -4, 8)
    g.quant(g.const("w1", w1), "w1_q", 2.0 ** -3, 4)
    g.node("Gemm", ["x_q", "w1_q"], "fc1", transB=1)
    g.node("Relu", ["fc1"], "relu1")
    g.quant("relu1", "act1", 0.1, 6, signed=0)
    g.quant(g.const("w2", w2), "w2_q", 0.07, 4)
    g.quant(g.const("b2", b2), "b2_q", 2.0 ** -6, 12)
    g.node("Gemm", ["act1", "w2_q", "b2_q"], "fc2", transB=1)
    g.quant("fc2", "y", 2.0 ** -3, 8)
    model = g.model("qonnx_scaled", io("x", [12]), io("y", [6]), True)

    h = gemm(quant(x, 2.0 ** -4, 0, 8, True, False, "ROUND"), quant(w1, 2.0 ** -3, 0, 4, True, False, "ROUND"), None)
    h = quant(relu(h), np.float32(0.1), 0, 6, False, False, "ROUND")
    h = gemm(h, quant(w2, np.float32(0.07), 0, 4, True, False, "ROUND"), quant(b2, 2.0 ** -6, 0, 12, True, False, "ROUND"))
    y = quant(h, 2.0 ** -3, 0, 8, True, False, "ROUND")
    return model, x, y


# ---------------------------------------------------------------- QDQ models

class QdqBuilder(Builder):
    def qdq(self, x, out, scale, signed=True):
        s = self.const(out + "_scale", scale)
        z = self.const(out + "_zp", 0, np.int8 if signed else np.uint8)
        self.node("QuantizeLinear", [x, s, z], out + "_int")
        return self.node("DequantizeLinear", [out + "_int", s, z], out)

    def dq_const(self, name, ints, dtype, scale, axis=None):
        q = self.const(name + "_int", ints, dtype)
        s = self.const(name + "_scale", scale)
        z = self.const(name + "_zp", np.zeros(np.shape(scale), dtype=dtype) if np.ndim(scale) else 0, dtype)
        attrs = {} if axis is None else {"axis": axis}
        return self.node("DequantizeLinear", [q, s, z], name, **attrs)


def dq(ints, scale):
    return (ints.astype(np.float32) * np.asarray(scale, dtype=np.float32)).astype(np.float32)


def qdq_mlp(rng):
    x = rng.uniform(-5, 5, (SAMPLES, 12)).astype(np.float32)
    w1 = rng.integers(-128, 128, (16, 12)).astype(np.int8)
    b1 = rng.integers(-4000, 4000, 16).astype(np.int32)
    w2 = rng.integers(-128, 128, (6, 16)).astype(np.int8)
    b2 = rng.integers(-2000, 2000, 6).astype(np.int32)
    w2scale = np.array([2.0 ** -6, 2.0 ** -7, 2.0 ** -6, 2.0 ** -5, 2.0 ** -6, 2.0 ** -8], dtype=np.float32)
    g = QdqBuilder()
    g.qdq("x", "x_q", 2.0 ** -5)
    g.dq_const("w1", w1, np.int8, 2.0 ** -7)
    g.dq_const("b1", b1, np.int32, 2.0 ** -12)
    g.node("Gemm", ["x_q", "w1", "b1"], "fc1", transB=1)
    g.node("Relu", ["fc1"], "relu1")
    g.qdq("relu1", "act1", 2.0 ** -4, signed=False)
    g.dq_const("w2", w2, np.int8, w2scale, axis=0)
    g.dq_const("b2", b2, np.int32, 2.0 ** -10)
    g.node("Gemm", ["act1", "w2", "b2"], "fc2", transB=1)
    g.qdq("fc2", "y", 2.0 ** -3)
    model = g.model("qdq_mlp", io("x", [12]), io("y", [6]), False)

    h = qdq(x, 2.0 ** -5, 0, -128, 127)
    h = relu(gemm(h, dq(w1, 2.0 ** -7), dq(b1, 2.0 ** -12)))
    h = qdq(h, 2.0 ** -4, 0, 0, 255)
    h = gemm(h, dq(w2, w2scale.reshape(6, 1)), dq(b2, 2.0 ** -10))
    y = qdq(h, 2.0 ** -3, 0, -128, 127)
    return model, x, y


def qdq_cnn(rng):
    x = rng.uniform(-3, 3, (SAMPLES, 3, 6, 6)).astype(np.float32)
    wc = rng.integers(-128, 128, (4, 3, 3, 3)).astype(np.int8)
    bc = rng.integers(-3000, 3000, 4).astype(np.int32)
    wd = rng.integers(-128, 128, (5, 144)).astype(np.int8)
    bd = rng.integers(-3000, 3000, 5).astype(np.int32)
    wscale = np.array([2.0 ** -7, 2.0 ** -6, 2.0 ** -7, 2.0 ** -8], dtype=np.float32)
    g = QdqBuilder()
    g.qdq("x", "x_q", 2.0 ** -5)
    g.dq_const("wc", wc, np.int8, wscale, axis=0)
    g.dq_const("bc", bc, np.int32, 2.0 ** -12)
    g.node("Conv", ["x_q", "wc", "bc"], "conv", kernel_shape=[3, 3], pads=[1, 1, 1, 1])
    g.node("Relu", ["conv"], "relu")
    g.qdq("relu", "act", 2.0 ** -4, signed=False)
    g.node("Flatten", ["act"], "flat", axis=1)
    g.dq_const("wd", wd, np.int8, 2.0 ** -9)
    g.dq_const("bd", bd, np.int32, 2.0 ** -13)
    g.node("Gemm", ["flat", "wd", "bd"], "fc", transB=1)
    g.qdq("fc", "y", 2.0 ** -3)
    model = g.model("qdq_cnn", io("x", [3, 6, 6]), io("y", [5]), False)

    h = qdq(x, 2.0 ** -5, 0, -128, 127)
    h = relu(conv2d(h, dq(wc, wscale.reshape(4, 1, 1, 1)), dq(bc, 2.0 ** -12), 1))
    h = qdq(h, 2.0 ** -4, 0, 0, 255).reshape(SAMPLES, -1)
    h = gemm(h, dq(wd, 2.0 ** -9), dq(bd, 2.0 ** -13))
    y = qdq(h, 2.0 ** -3, 0, -128, 127)
    return model, x, y


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "qonnx")
    os.makedirs(out, exist_ok=True)
    for seed, make in enumerate([qonnx_mlp, qonnx_cnn, qonnx_bnn, qdq_mlp, qdq_cnn, qonnx_scaled]):
        model, x, y = make(np.random.default_rng(1700 + seed))
        onnx.checker.check_model(model)
        name = model.graph.name
        onnx.save(model, os.path.join(out, name + ".onnx"))
        np.save(os.path.join(out, name + ".input.npy"), x)
        np.save(os.path.join(out, name + ".output.npy"), y.astype(np.float32))
        print(f"{name}: {x.shape} -> {y.shape}")


if __name__ == "__main__":
    main()
