#!/usr/bin/python3
"""Writes small Keras / QKeras model files exactly as Keras lays them out, with expected outputs.

Run by hand (never in CI), with Debian's python3-h5py and python3-numpy:
    /usr/bin/python3 tools/keras_fixtures/make_keras_fixtures.py tests/fixtures/keras

TensorFlow/Keras/QKeras are not installable here, so the files are written directly:
  * Keras 3 `.keras`: a zip of config.json, metadata.json and model.weights.h5. In model.weights.h5 (keras.saving
    saving_lib) every layer of a model is stored under `layers/<snake_case(class name)>[_k]/vars/<i>`, numbered per class
    in the order of the model's layers (`layers/q_dense`, `layers/q_dense_1`), NOT under the layer's name; a nested model
    adds `/layers/...` under its own path; the root has an empty `vars` group. Variables are indexed in creation order,
    trainable first (Dense: kernel, bias; BatchNormalization: gamma, beta, moving_mean, moving_variance); a sub-layer
    attribute (QConv2DBatchnorm's `batchnorm`) is stored at `<layer path>/batchnorm/vars`.
  * Keras 2 full-model `.h5`: root attributes model_config (JSON), keras_version, backend; `/model_weights` with attribute
    layer_names; one group per top-level layer with attribute weight_names ("dense/kernel:0", ...) and one dataset per
    name at `<group>/<weight name>`. A nested model is one group holding all its layers' weights, named by inner layer.

Expected outputs come from an independent numpy forward pass implementing QKeras' inference semantics (float64):
  quantized_bits(b, i, sym, keep_neg, alpha=None|1): m = 2^(b-keep_neg), q = 2^i * clip(round(x*m/2^i), keep_neg*(sym-m), m-1) / m
      (round half to even, as tf.round). alpha='auto_po2': per output channel (last axis), x' = x/2^i, levels = 2(2^(b-1)-1),
      s = po2(2 max|x'| / levels) with po2(v) = 2^round(log2(v + 1e-7)); 5 times: z = sign(x') min(floor(|x'|/s + 0.5), levels/2),
      s = po2(mean(x' z) / (mean(z z) + 1e-7)); then w_q = 2^i z s.
  quantized_relu(b, i): q = 2^i clip(round(x 2^b / 2^i) / 2^b, 0, 1 - 2^-b); with negative_slope s: m = 2^(b-1),
      q = 2^i clip(round(p)/m, 0, 1-1/m) + 2^i s clip(round(p s)/(s m), -1, 0) with p = x m / 2^i.
  quantized_tanh(b): p = clip(x, -1, 1) (hard tanh; tanh(x) with use_real_tanh), m = 2^(b-1), q = clip(round(p m)/m, -1, 1-1/m).
  quantized_sigmoid(b): p = clip(0.5x + 0.5, 0, 1) (hard sigmoid), m = 2^b, q = clip(round(p m)/m, 0, 1-1/m).
  QBatchNormalization: gamma, beta, mean, variance quantized by their quantizers, y = (x-mean)/sqrt(var+eps)*gamma + beta.
  QConv2DBatchnorm: inv = gamma/sqrt(var+eps); kernel*inv and inv*(bias-mean)+beta per filter, then the kernel/bias quantizers.
Inputs are multiples of 1/32 so that sums of quantized products are exact in float64.
"""
import io
import json
import os
import sys
import zipfile

import h5py
import numpy as np

EPS = 1e-7


# ---------------------------------------------------------------- QKeras semantics (numpy)
def q_bits(x, bits, integer=0, symmetric=0, keep_negative=1):
    m = 2.0 ** (bits - keep_negative)
    mi = 2.0 ** integer
    return mi * np.clip(np.round(x * m / mi), keep_negative * (symmetric - m), m - 1) / m


def po2(v):
    return 2.0 ** np.round(np.log(v + EPS) / np.log(2.0))


def q_bits_auto_po2(w, bits, integer=0):
    mi = 2.0 ** integer
    levels = 2 * (2 ** (bits - 1) - 1)
    x = w.reshape(-1, w.shape[-1]) / mi
    s = po2(np.max(np.abs(x), axis=0) * 2 / levels)
    for _ in range(5):
        v = np.floor(np.abs(x) / s + 0.5)
        z = np.sign(x) * np.where(v < levels / 2, v, levels / 2)
        s = po2(np.mean(x * z, axis=0) / (np.mean(z * z, axis=0) + EPS))
    return (mi * z * s).reshape(w.shape)


def q_relu(x, bits, integer=0, negative_slope=0.0):
    mi = 2.0 ** integer
    if negative_slope == 0:
        m = 2.0 ** bits
        return mi * np.clip(np.round(x * m / mi) / m, 0, 1 - 1 / m)
    m = 2.0 ** (bits - 1)
    p = x * m / mi
    pos = mi * np.clip(np.round(p) / m, 0, 1 - 1 / m)
    neg = mi * negative_slope * np.clip(np.round(p * negative_slope) / (negative_slope * m), -1, 0)
    return pos + neg


def q_tanh(x, bits):
    m = 2.0 ** (bits - 1)
    return np.clip(np.round(np.clip(x, -1, 1) * m) / m, -1, 1 - 1 / m)


def q_sigmoid(x, bits):
    m = 2.0 ** bits
    return np.clip(np.round(np.clip(0.5 * x + 0.5, 0, 1) * m) / m, 0, 1 - 1 / m)


def conv2d_valid(x, k, b):
    """x [n,h,w,c], k [kh,kw,c,f] -> [n,h-kh+1,w-kw+1,f]."""
    n, h, w, c = x.shape
    kh, kw, _, f = k.shape
    y = np.zeros((n, h - kh + 1, w - kw + 1, f))
    for i in range(h - kh + 1):
        for j in range(w - kw + 1):
            y[:, i, j, :] = np.tensordot(x[:, i:i + kh, j:j + kw, :], k, axes=([1, 2, 3], [0, 1, 2]))
    return y + b


def depthwise2d_valid(x, k, b):
    """k [kh,kw,c,1]."""
    n, h, w, c = x.shape
    kh, kw = k.shape[:2]
    y = np.zeros((n, h - kh + 1, w - kw + 1, c))
    for i in range(h - kh + 1):
        for j in range(w - kw + 1):
            y[:, i, j, :] = np.einsum('nabc,abc->nc', x[:, i:i + kh, j:j + kw, :], k[:, :, :, 0])
    return y + b


# ---------------------------------------------------------------- writers
def keras3_tensor(layer, shape):
    return {"class_name": "__keras_tensor__", "config": {"shape": [None] + list(shape), "dtype": "float32", "keras_history": [layer, 0, 0]}}


def keras3_layer(cls, name, config, inbound, module="keras.layers"):
    config = dict(config, name=name)
    entry = {"module": module, "class_name": cls, "config": config, "registered_name": cls if module != "keras.layers" else None, "name": name}
    entry["inbound_nodes"] = inbound
    return entry


def write_keras3(path, config, weights):
    """weights: {h5 path of a layer (e.g. 'layers/q_dense'): [arrays in variable order]}."""
    buf = io.BytesIO()
    with h5py.File(buf, "w") as f:
        f.create_group("vars")
        for layer_path, arrays in weights.items():
            g = f.require_group(layer_path).require_group("vars")
            for i, a in enumerate(arrays):
                g.create_dataset(str(i), data=np.asarray(a, dtype=np.float32))
    metadata = {"keras_version": "3.6.0", "date_saved": "2026-01-01@00:00:00"}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as z:
        for name, data in (("metadata.json", json.dumps(metadata)), ("config.json", json.dumps(config)), ("model.weights.h5", buf.getvalue())):
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data)  # fixed times: reproducible files


def write_keras2(path, config, groups):
    """groups: [(top-level layer name, [(weight name e.g. 'dense/kernel:0', array), ...])] in layer order."""
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = "2.13.1"
        f.attrs["backend"] = "tensorflow"
        f.attrs["model_config"] = json.dumps(config)
        mw = f.create_group("model_weights")
        mw.attrs["layer_names"] = np.array([n.encode() for n, _ in groups])
        mw.attrs["backend"] = "tensorflow"
        mw.attrs["keras_version"] = "2.13.1"
        for name, ws in groups:
            g = mw.create_group(name)
            g.attrs["weight_names"] = np.array([w.encode() for w, _ in ws], dtype="S")
            for wname, a in ws:
                g.create_dataset(wname, data=np.asarray(a, dtype=np.float32))


def save_io(out, stem, x, y):
    np.savetxt(os.path.join(out, f"{stem}.input.csv"), x.reshape(len(x), -1), delimiter=",", fmt="%.10g")
    np.savetxt(os.path.join(out, f"{stem}.expected.csv"), y.reshape(len(y), -1), delimiter=",", fmt="%.17g")


def inputs(rng, n, shape, scale=1.0):
    return np.round(rng.normal(0, scale, size=(n,) + tuple(shape)) * 32) / 32


def dense_cfg(units, activation="linear", **extra):
    return dict({"units": units, "activation": activation, "use_bias": True}, **extra)


def qb(bits, integer=0, symmetric=0, alpha=None):
    return {"class_name": "quantized_bits", "config": {"bits": bits, "integer": integer, "symmetric": symmetric, "alpha": alpha,
                                                       "keep_negative": True, "use_stochastic_rounding": False, "qnoise_factor": 1.0}}


# ---------------------------------------------------------------- fixtures
def qkeras3_mlp(out, rng):
    """QKeras v3 MLP: QDense -> QBatchNormalization -> QActivation -> QDense -> QActivation (Functional, .keras)."""
    w1, b1 = rng.normal(0, 0.5, (16, 12)), rng.normal(0, 0.3, 12)
    gamma, beta = rng.uniform(0.5, 1.5, 12), rng.normal(0, 0.3, 12)
    mean, var = rng.normal(0, 0.5, 12), rng.uniform(0.5, 2.0, 12)
    w2, b2 = rng.normal(0, 0.5, (12, 5)), rng.normal(0, 0.3, 5)
    x = inputs(rng, 64, [16])
    h = x @ q_bits(w1, 6, 0, 1) + q_bits(b1, 6, 0, 1)
    g, bt = q_bits(gamma, 8, 2), q_bits(beta, 8, 2)
    h = (h - mean) / np.sqrt(var + 1e-3) * g + bt
    h = q_relu(h, 6, 2)
    y = q_bits(h @ q_bits(w2, 6, 0, 1) + q_bits(b2, 6, 0, 1), 10, 3)
    layers = [
        keras3_layer("InputLayer", "input_layer", {"batch_shape": [None, 16], "dtype": "float32", "sparse": False}, []),
        keras3_layer("QDense", "fc1", dense_cfg(12, kernel_quantizer=qb(6, 0, 1), bias_quantizer=qb(6, 0, 1)),
                     [{"args": [keras3_tensor("input_layer", [16])], "kwargs": {}}], module="qkeras"),
        keras3_layer("QBatchNormalization", "bn1", {"axis": -1, "epsilon": 1e-3, "center": True, "scale": True,
                                                    "gamma_quantizer": "quantized_bits(8,2)", "beta_quantizer": qb(8, 2),
                                                    "mean_quantizer": None, "variance_quantizer": None},
                     [{"args": [keras3_tensor("fc1", [12])], "kwargs": {}}], module="qkeras"),
        keras3_layer("QActivation", "relu1", {"activation": "quantized_relu(6,2)"},
                     [{"args": [keras3_tensor("bn1", [12])], "kwargs": {}}], module="qkeras"),
        keras3_layer("QDense", "fc2", dense_cfg(5, kernel_quantizer=qb(6, 0, 1), bias_quantizer=qb(6, 0, 1)),
                     [{"args": [keras3_tensor("relu1", [12])], "kwargs": {}}], module="qkeras"),
        keras3_layer("QActivation", "out", {"activation": "quantized_bits(10,3)"},
                     [{"args": [keras3_tensor("fc2", [5])], "kwargs": {}}], module="qkeras"),
    ]
    config = {"module": "keras", "class_name": "Functional", "registered_name": "Functional",
              "config": {"name": "qmlp", "trainable": True, "layers": layers,
                         "input_layers": [["input_layer", 0, 0]], "output_layers": [["out", 0, 0]]}}
    weights = {"layers/q_dense": [w1, b1], "layers/q_batch_normalization": [gamma, beta, mean, var], "layers/q_dense_1": [w2, b2]}
    write_keras3(os.path.join(out, "qkeras3_mlp.keras"), config, weights)
    save_io(out, "qkeras3_mlp", x, y)


def qkeras3_quantizers(out, rng):
    """alpha='auto_po2', quantized_relu with negative_slope, quantized_tanh, quantized_sigmoid (Sequential, .keras)."""
    w1, b1 = rng.normal(0, 0.6, (8, 8)), rng.normal(0, 0.3, 8)
    w2, b2 = rng.normal(0, 0.5, (8, 8)), rng.normal(0, 0.3, 8)
    w3, b3 = rng.normal(0, 0.5, (8, 6)), rng.normal(0, 0.3, 6)
    x = inputs(rng, 64, [8])
    h = x @ q_bits_auto_po2(w1, 4, 0) + q_bits(b1, 8, 3)
    h = q_relu(h, 6, 1, negative_slope=0.25)
    h = q_tanh(h @ q_bits(w2, 6, 0) + q_bits(b2, 8, 3), 6)
    y = q_sigmoid(h @ q_bits(w3, 6, 0) + q_bits(b3, 8, 3), 6)
    layers = [
        keras3_layer("InputLayer", "input_layer", {"batch_shape": [None, 8], "dtype": "float32", "sparse": False}, []),
        keras3_layer("QDense", "qd1", dense_cfg(8, kernel_quantizer=qb(4, 0, 1, alpha="auto_po2"), bias_quantizer=qb(8, 3)), [], module="qkeras"),
        keras3_layer("QActivation", "leaky", {"activation": "quantized_relu(6,1,negative_slope=0.25)"}, [], module="qkeras"),
        keras3_layer("QDense", "qd2", dense_cfg(8, kernel_quantizer="quantized_bits(6,0)", bias_quantizer=qb(8, 3),
                                                 activation="quantized_tanh(6)"), [], module="qkeras"),
        keras3_layer("QDense", "qd3", dense_cfg(6, kernel_quantizer=qb(6, 0), bias_quantizer=qb(8, 3)), [], module="qkeras"),
        keras3_layer("QActivation", "sig", {"activation": {"class_name": "quantized_sigmoid", "config": {"bits": 6, "symmetric": False, "use_real_sigmoid": False, "use_stochastic_rounding": False}}}, [], module="qkeras"),
    ]
    for l in layers:
        del l["inbound_nodes"]
    config = {"module": "keras", "class_name": "Sequential", "registered_name": None,
              "config": {"name": "quantizers", "trainable": True, "layers": layers}}
    weights = {"layers/q_dense": [w1, b1], "layers/q_dense_1": [w2, b2], "layers/q_dense_2": [w3, b3]}
    write_keras3(os.path.join(out, "qkeras3_quantizers.keras"), config, weights)
    save_io(out, "qkeras3_quantizers", x, y)


def qkeras3_conv(out, rng):
    """QConv2DBatchnorm -> QActivation -> QDepthwiseConv2D -> QActivation -> QSeparableConv2D -> Flatten -> QDense (.keras)."""
    k1, bc1 = rng.normal(0, 0.4, (3, 3, 2, 4)), rng.normal(0, 0.2, 4)
    gamma, beta = rng.uniform(0.5, 1.5, 4), rng.normal(0, 0.2, 4)
    mean, var = rng.normal(0, 0.3, 4), rng.uniform(0.5, 2.0, 4)
    kd, bd = rng.normal(0, 0.4, (3, 3, 4, 1)), rng.normal(0, 0.2, 4)
    sd, sp, sb = rng.normal(0, 0.4, (2, 2, 4, 1)), rng.normal(0, 0.4, (1, 1, 4, 3)), rng.normal(0, 0.2, 3)
    wd, bdn = rng.normal(0, 0.4, (12, 4)), rng.normal(0, 0.2, 4)
    x = inputs(rng, 32, [7, 7, 2])
    inv = gamma / np.sqrt(var + 1e-3)
    h = conv2d_valid(x, q_bits(k1 * inv, 6, 0), q_bits(inv * (bc1 - mean) + beta, 8, 3))
    h = q_relu(h, 6, 2)
    h = depthwise2d_valid(h, q_bits(kd, 6, 0), q_bits(bd, 8, 3))
    h = q_relu(h, 6, 2)
    h = depthwise2d_valid(h, q_bits(sd, 6, 0), 0)
    h = conv2d_valid(h, q_bits(sp, 6, 0), q_bits(sb, 8, 3))
    h = q_relu(h, 6, 2).reshape(len(x), -1)
    y = h @ q_bits(wd, 6, 0) + q_bits(bdn, 8, 3)
    conv = {"kernel_size": [3, 3], "strides": [1, 1], "padding": "valid", "data_format": "channels_last", "dilation_rate": [1, 1],
            "activation": "linear", "use_bias": True}
    layers = [
        keras3_layer("InputLayer", "input_layer", {"batch_shape": [None, 7, 7, 2], "dtype": "float32", "sparse": False}, []),
        keras3_layer("QConv2DBatchnorm", "cbn", dict(conv, filters=4, kernel_quantizer=qb(6, 0), bias_quantizer=qb(8, 3),
                                                     axis=-1, epsilon=1e-3, center=True, scale=True), [], module="qkeras"),
        keras3_layer("QActivation", "r1", {"activation": "quantized_relu(6,2)"}, [], module="qkeras"),
        keras3_layer("QDepthwiseConv2D", "dw", dict(conv, depth_multiplier=1, depthwise_quantizer=qb(6, 0), bias_quantizer=qb(8, 3)), [], module="qkeras"),
        keras3_layer("QActivation", "r2", {"activation": "quantized_relu(6,2)"}, [], module="qkeras"),
        keras3_layer("QSeparableConv2D", "sep", dict(conv, kernel_size=[2, 2], filters=3, depth_multiplier=1, depthwise_quantizer=qb(6, 0),
                                                     pointwise_quantizer=qb(6, 0), bias_quantizer=qb(8, 3)), [], module="qkeras"),
        keras3_layer("QActivation", "r3", {"activation": "quantized_relu(6,2)"}, [], module="qkeras"),
        keras3_layer("Flatten", "flat", {"data_format": "channels_last"}, []),
        keras3_layer("QDense", "head", dense_cfg(4, kernel_quantizer=qb(6, 0), bias_quantizer=qb(8, 3)), [], module="qkeras"),
    ]
    for l in layers:
        del l["inbound_nodes"]
    config = {"module": "keras", "class_name": "Sequential", "registered_name": None,
              "config": {"name": "qconv", "trainable": True, "layers": layers}}
    iteration = np.array(-1.0)
    weights = {"layers/q_conv2d_batchnorm": [k1, bc1, iteration], "layers/q_conv2d_batchnorm/batchnorm": [gamma, beta, mean, var],
               "layers/q_depthwise_conv2d": [kd, bd], "layers/q_separable_conv2d": [sd, sp, sb], "layers/q_dense": [wd, bdn]}
    write_keras3(os.path.join(out, "qkeras3_conv.keras"), config, weights)
    save_io(out, "qkeras3_conv", x, y)


def conv1d_valid(x, k, b):
    """x [n,l,c], k [kl,c,f]."""
    n, length, c = x.shape
    kl, _, f = k.shape
    y = np.zeros((n, length - kl + 1, f))
    for i in range(length - kl + 1):
        y[:, i, :] = np.tensordot(x[:, i:i + kl, :], k, axes=([1, 2], [0, 1]))
    return y + b


def qkeras3_separable1d(out, rng):
    """QSeparableConv1D with a fused quantized_relu activation -> Flatten -> QDense (Sequential, .keras)."""
    dk, pk, sb = rng.normal(0, 0.5, (3, 3, 1)), rng.normal(0, 0.5, (1, 3, 4)), rng.normal(0, 0.2, 4)
    wd, bd = rng.normal(0, 0.4, (32, 3)), rng.normal(0, 0.2, 3)
    x = inputs(rng, 48, [10, 3])
    # depthwise (multiplier 1) then pointwise, both quantized; bias on the pointwise part.
    dw = np.zeros((len(x), 8, 3))
    qdk = q_bits(dk, 6, 0)
    for i in range(8):
        dw[:, i, :] = np.einsum('nkc,kc->nc', x[:, i:i + 3, :], qdk[:, :, 0])
    h = conv1d_valid(dw, q_bits(pk, 6, 0), q_bits(sb, 8, 3))
    h = q_relu(h, 6, 2).reshape(len(x), -1)
    y = h @ q_bits(wd, 6, 0) + q_bits(bd, 8, 3)
    layers = [
        keras3_layer("InputLayer", "input_layer", {"batch_shape": [None, 10, 3], "dtype": "float32", "sparse": False}, []),
        keras3_layer("QSeparableConv1D", "sep1d", {"filters": 4, "kernel_size": [3], "strides": [1], "padding": "valid", "data_format": "channels_last",
                                                   "dilation_rate": [1], "depth_multiplier": 1, "activation": "quantized_relu(6,2)", "use_bias": True,
                                                   "depthwise_quantizer": qb(6, 0), "pointwise_quantizer": "quantized_bits(6,0)", "bias_quantizer": qb(8, 3)}, [], module="qkeras"),
        keras3_layer("Flatten", "flat", {"data_format": "channels_last"}, []),
        keras3_layer("QDense", "head", dense_cfg(3, kernel_quantizer=qb(6, 0), bias_quantizer=qb(8, 3)), [], module="qkeras"),
    ]
    for l in layers:
        del l["inbound_nodes"]
    config = {"module": "keras", "class_name": "Sequential", "registered_name": None,
              "config": {"name": "sep1d", "trainable": True, "layers": layers}}
    write_keras3(os.path.join(out, "qkeras3_separable1d.keras"), config,
                 {"layers/q_separable_conv1d": [dk, pk, sb], "layers/q_dense": [wd, bd]})
    save_io(out, "qkeras3_separable1d", x, y)


def nested(out, rng):
    """A Sequential inside a Functional, in both formats: input -> [Dense relu, Dense] -> Dense."""
    w1, b1 = rng.normal(0, 0.5, (8, 10)), rng.normal(0, 0.2, 10)
    w2, b2 = rng.normal(0, 0.5, (10, 6)), rng.normal(0, 0.2, 6)
    w3, b3 = rng.normal(0, 0.5, (6, 4)), rng.normal(0, 0.2, 4)
    x = inputs(rng, 64, [8])
    y = np.maximum(x @ w1 + b1, 0) @ w2 + b2
    y = y @ w3 + b3
    inner2 = [
        {"class_name": "InputLayer", "config": {"batch_input_shape": [None, 8], "dtype": "float32", "sparse": False, "ragged": False, "name": "dense_input"}},
        {"class_name": "Dense", "config": dict(dense_cfg(10, "relu"), name="dense", trainable=True)},
        {"class_name": "Dense", "config": dict(dense_cfg(6), name="dense_1", trainable=True)},
    ]
    k2 = {"class_name": "Functional", "config": {"name": "model", "layers": [
        {"class_name": "InputLayer", "config": {"batch_input_shape": [None, 8], "dtype": "float32", "sparse": False, "ragged": False, "name": "input_1"}, "name": "input_1", "inbound_nodes": []},
        {"class_name": "Sequential", "config": {"name": "sequential", "layers": inner2}, "name": "sequential", "inbound_nodes": [[["input_1", 0, 0, {}]]]},
        {"class_name": "Dense", "config": dict(dense_cfg(4), name="dense_2", trainable=True), "name": "dense_2", "inbound_nodes": [[["sequential", 1, 0, {}]]]},
    ], "input_layers": [["input_1", 0, 0]], "output_layers": [["dense_2", 0, 0]]}, "keras_version": "2.13.1", "backend": "tensorflow"}
    write_keras2(os.path.join(out, "keras2_nested.h5"), k2, [
        ("input_1", []),
        ("sequential", [("dense/kernel:0", w1), ("dense/bias:0", b1), ("dense_1/kernel:0", w2), ("dense_1/bias:0", b2)]),
        ("dense_2", [("dense_2/kernel:0", w3), ("dense_2/bias:0", b3)]),
    ])
    save_io(out, "keras2_nested", x, y)

    inner3 = [
        keras3_layer("InputLayer", "inner_input", {"batch_shape": [None, 8], "dtype": "float32", "sparse": False}, []),
        keras3_layer("Dense", "dense", dense_cfg(10, "relu"), []),
        keras3_layer("Dense", "dense_1", dense_cfg(6), []),
    ]
    for l in inner3:
        del l["inbound_nodes"]
    k3 = {"module": "keras", "class_name": "Functional", "registered_name": "Functional", "config": {"name": "outer", "trainable": True, "layers": [
        keras3_layer("InputLayer", "input_layer", {"batch_shape": [None, 8], "dtype": "float32", "sparse": False}, []),
        {"module": "keras", "class_name": "Sequential", "config": {"name": "sequential", "trainable": True, "layers": inner3}, "registered_name": None,
         "name": "sequential", "inbound_nodes": [{"args": [keras3_tensor("input_layer", [8])], "kwargs": {}}]},
        keras3_layer("Dense", "head", dense_cfg(4), [{"args": [keras3_tensor("sequential", [6])], "kwargs": {}}]),
    ], "input_layers": [["input_layer", 0, 0]], "output_layers": [["head", 0, 0]]}}
    write_keras3(os.path.join(out, "keras3_nested.keras"), k3, {
        "layers/sequential/layers/dense": [w1, b1], "layers/sequential/layers/dense_1": [w2, b2], "layers/dense": [w3, b3]})
    save_io(out, "keras3_nested", x, y)


def shared(out, rng):
    """A layer called twice (Keras 2 .h5): y = out(add(shared(x), shared(relu(pre(x))))). The config lists 'shared' before 'pre'."""
    ws, bs = rng.normal(0, 0.5, (6, 6)), rng.normal(0, 0.2, 6)
    wp, bp = rng.normal(0, 0.5, (6, 6)), rng.normal(0, 0.2, 6)
    wo, bo = rng.normal(0, 0.5, (6, 3)), rng.normal(0, 0.2, 3)
    x = inputs(rng, 64, [6])
    s0 = x @ ws + bs
    s1 = np.maximum(x @ wp + bp, 0) @ ws + bs
    y = (s0 + s1) @ wo + bo
    k2 = {"class_name": "Functional", "config": {"name": "model", "layers": [
        {"class_name": "InputLayer", "config": {"batch_input_shape": [None, 6], "dtype": "float32", "sparse": False, "ragged": False, "name": "x"}, "name": "x", "inbound_nodes": []},
        {"class_name": "Dense", "config": dict(dense_cfg(6), name="shared"), "name": "shared", "inbound_nodes": [[["x", 0, 0, {}]], [["pre", 0, 0, {}]]]},
        {"class_name": "Dense", "config": dict(dense_cfg(6, "relu"), name="pre"), "name": "pre", "inbound_nodes": [[["x", 0, 0, {}]]]},
        {"class_name": "Add", "config": {"name": "add"}, "name": "add", "inbound_nodes": [[["shared", 0, 0, {}], ["shared", 1, 0, {}]]]},
        {"class_name": "Dense", "config": dict(dense_cfg(3), name="out"), "name": "out", "inbound_nodes": [[["add", 0, 0, {}]]]},
    ], "input_layers": [["x", 0, 0]], "output_layers": [["out", 0, 0]]}, "keras_version": "2.13.1", "backend": "tensorflow"}
    write_keras2(os.path.join(out, "keras2_shared.h5"), k2, [
        ("x", []), ("shared", [("shared/kernel:0", ws), ("shared/bias:0", bs)]), ("pre", [("pre/kernel:0", wp), ("pre/bias:0", bp)]),
        ("add", []), ("out", [("out/kernel:0", wo), ("out/bias:0", bo)])])
    save_io(out, "keras2_shared", x, y)

    # The same model in Keras 3 form: one inbound entry per call; weights by class path (layers/dense, dense_1, dense_2).
    t = lambda name, node=0: {"class_name": "__keras_tensor__", "config": {"shape": [None, 6], "dtype": "float32", "keras_history": [name, node, 0]}}
    k3 = {"module": "keras", "class_name": "Functional", "registered_name": "Functional", "config": {"name": "shared3", "trainable": True, "layers": [
        keras3_layer("InputLayer", "x", {"batch_shape": [None, 6], "dtype": "float32", "sparse": False}, []),
        keras3_layer("Dense", "shared", dense_cfg(6), [{"args": [t("x")], "kwargs": {}}, {"args": [t("pre")], "kwargs": {}}]),
        keras3_layer("Dense", "pre", dense_cfg(6, "relu"), [{"args": [t("x")], "kwargs": {}}]),
        keras3_layer("Add", "add", {}, [{"args": [[t("shared", 0), t("shared", 1)]], "kwargs": {}}]),
        keras3_layer("Dense", "out", dense_cfg(3), [{"args": [t("add")], "kwargs": {}}]),
    ], "input_layers": [["x", 0, 0]], "output_layers": [["out", 0, 0]]}}
    write_keras3(os.path.join(out, "keras3_shared.keras"), k3, {"layers/dense": [ws, bs], "layers/dense_1": [wp, bp], "layers/dense_2": [wo, bo]})
    save_io(out, "keras3_shared", x, y)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/keras"
    os.makedirs(out, exist_ok=True)
    qkeras3_mlp(out, np.random.default_rng(1))
    qkeras3_quantizers(out, np.random.default_rng(2))
    qkeras3_conv(out, np.random.default_rng(3))
    qkeras3_separable1d(out, np.random.default_rng(6))
    nested(out, np.random.default_rng(4))
    shared(out, np.random.default_rng(5))


if __name__ == "__main__":
    main()
