#!/usr/bin/python3
"""Sequence-model fixtures (issue 17: LayerNormalization, Embedding, Dot/Einsum, softmax on any axis). Run by hand,
never in CI, with Debian's python3-torch (1.13), python3-numpy and python3-h5py:

    /usr/bin/python3 tools/seq_fixtures/make_seq_fixtures.py [output-dir]

Writes into tests/fixtures/seq/ by default, for each fixture <name>:
    <name>.onnx (torch.onnx.export) or <name>.h5 (a Keras 2 full model: model_config + model_weights, written
    with h5py following Keras' documented weight layout)
    <name>.input.csv     seeded inputs, one sample per row (flattened; indices for Embedding models)
    <name>.expected.csv  torch's own float32 outputs on those inputs (for the Keras files, torch computes the same
                         layers from the same weights: F.layer_norm, F.embedding, torch.bmm, torch.softmax)
"""
import json
import os
import sys

import h5py
import numpy as np
import torch
import torch.nn as nn

SAMPLES = 8
SEQ, EMBED = 4, 8


def save_io(out, stem, x, y):
    np.savetxt(os.path.join(out, f"{stem}.input.csv"), np.asarray(x, dtype=np.float64).reshape(len(x), -1), delimiter=",", fmt="%.10g")
    np.savetxt(os.path.join(out, f"{stem}.expected.csv"), np.asarray(y, dtype=np.float64).reshape(len(y), -1), delimiter=",", fmt="%.10g")


def export(out, stem, model, x, opset, input_names=("x",)):
    model.eval()
    with torch.no_grad():
        y = model(x)
    path = os.path.join(out, f"{stem}.onnx")
    torch.onnx.export(model, (x,), path, opset_version=opset, input_names=list(input_names), output_names=["y"],
                      dynamic_axes={input_names[0]: {0: "batch"}, "y": {0: "batch"}}, do_constant_folding=True)
    save_io(out, stem, x.numpy(), y.numpy())


class LayerNormBlock(nn.Module):
    """Linear -> LayerNorm over the embedding axis of a [seq, embed] sample."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(EMBED, EMBED)
        self.ln = nn.LayerNorm(EMBED, eps=1e-5)
        with torch.no_grad():
            self.ln.weight.copy_(torch.rand(EMBED) + 0.5)
            self.ln.bias.copy_(torch.rand(EMBED) - 0.5)

    def forward(self, x):
        return self.ln(self.fc(x))


class EmbeddingBlock(nn.Module):
    """nn.Embedding(10, 6) on 5 indices, then a Linear."""

    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 6)
        self.fc = nn.Linear(6, 3)

    def forward(self, idx):
        return self.fc(self.emb(idx))


class AttentionCore(nn.Module):
    """Single-head attention: softmax(Q Kᵀ) V with Q, K, V linear maps of x (the 1/sqrt(d) scale is folded into Q)."""

    def __init__(self):
        super().__init__()
        self.q = nn.Linear(EMBED, EMBED)
        self.k = nn.Linear(EMBED, EMBED)
        self.v = nn.Linear(EMBED, EMBED)
        with torch.no_grad():
            self.q.weight.mul_(EMBED ** -0.5)
            self.q.bias.mul_(EMBED ** -0.5)

    def forward(self, x):
        q, k, v = self.q(x), self.k(x), self.v(x)
        a = torch.softmax(torch.matmul(q, k.transpose(1, 2)), dim=-1)
        return torch.matmul(a, v)


class EinsumAttention(nn.Module):
    """The same product written with torch.einsum ('bij,bkj->bik' then 'bij,bjk->bik')."""

    def __init__(self):
        super().__init__()
        self.q = nn.Linear(EMBED, EMBED)
        self.k = nn.Linear(EMBED, EMBED)

    def forward(self, x):
        s = torch.einsum("bij,bkj->bik", self.q(x), self.k(x))
        return torch.einsum("bij,bjk->bik", torch.softmax(s, dim=-1), x)


class SoftmaxAxis1(nn.Module):
    """Softmax over the sequence axis (dim 1) of [batch, seq, embed]."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(EMBED, EMBED)

    def forward(self, x):
        return torch.softmax(self.fc(x), dim=1)


class Mha(nn.Module):
    def __init__(self):
        super().__init__()
        self.mha = nn.MultiheadAttention(EMBED, 2, batch_first=True)

    def forward(self, x):
        return self.mha(x, x, x, need_weights=False)[0]


def torch_fixtures(out):
    gen = torch.manual_seed(17)
    x = torch.randn(SAMPLES, SEQ, EMBED, generator=gen)
    for opset in (13, 17):
        torch.manual_seed(1)
        export(out, f"layernorm_opset{opset}", LayerNormBlock(), x, opset)
    torch.manual_seed(2)
    idx = torch.randint(0, 10, (SAMPLES, 5), generator=gen)
    export(out, "embedding_opset13", EmbeddingBlock(), idx, 13)
    torch.manual_seed(3)
    export(out, "attention_opset13", AttentionCore(), x, 13)
    torch.manual_seed(4)
    export(out, "einsum_attention_opset13", EinsumAttention(), x, 13)
    for opset in (11, 13):
        torch.manual_seed(5)
        export(out, f"softmax_axis1_opset{opset}", SoftmaxAxis1(), x, opset)
    torch.manual_seed(6)
    export(out, "mha_opset13", Mha(), x, 13)


def write_keras2(path, config, groups):
    """groups: [(layer name, [(weight name e.g. 'ln/gamma:0', array), ...])] in layer order (Keras 2 HDF5 layout)."""
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


def functional(name, layers, inputs, outputs):
    return {"class_name": "Functional", "config": {"name": name, "layers": layers, "input_layers": [[i, 0, 0] for i in inputs],
            "output_layers": [[o, 0, 0] for o in outputs]}, "keras_version": "2.13.1", "backend": "tensorflow"}


def layer(cls, name, config, inbound):
    return {"class_name": cls, "config": dict(config, name=name), "name": name, "inbound_nodes": [[[i, 0, 0, {}] for i in inbound]] if inbound else []}


def input_layer(name, shape, dtype="float32"):
    return layer("InputLayer", name, {"batch_input_shape": [None] + list(shape), "dtype": dtype, "sparse": False, "ragged": False}, [])


def keras_fixtures(out):
    rng = np.random.default_rng(17)
    x = rng.normal(0, 1, (SAMPLES, SEQ, EMBED)).astype(np.float32)

    # LayerNormalization(axis=-1, epsilon=1e-3) with gamma, beta; then Softmax over axis 1 (the sequence axis).
    gamma = (rng.random(EMBED) + 0.5).astype(np.float32)
    beta = (rng.random(EMBED) - 0.5).astype(np.float32)
    cfg = functional("ln_model", [
        input_layer("x", [SEQ, EMBED]),
        layer("LayerNormalization", "ln", {"axis": [2], "epsilon": 0.001, "center": True, "scale": True}, ["x"]),
        layer("Softmax", "sm", {"axis": 1}, ["ln"]),
    ], ["x"], ["sm"])
    write_keras2(os.path.join(out, "keras_layernorm_softmax.h5"), cfg, [("x", []), ("ln", [("ln/gamma:0", gamma), ("ln/beta:0", beta)]), ("sm", [])])
    t = torch.nn.functional.layer_norm(torch.from_numpy(x), (EMBED,), torch.from_numpy(gamma), torch.from_numpy(beta), eps=0.001)
    save_io(out, "keras_layernorm_softmax", x, torch.softmax(t, dim=1).numpy())

    # Embedding(12, 6) on 5 indices.
    table = rng.normal(0, 1, (12, 6)).astype(np.float32)
    idx = rng.integers(0, 12, (SAMPLES, 5))
    cfg = functional("emb_model", [
        input_layer("idx", [5]),
        layer("Embedding", "emb", {"input_dim": 12, "output_dim": 6, "mask_zero": False}, ["idx"]),
    ], ["idx"], ["emb"])
    write_keras2(os.path.join(out, "keras_embedding.h5"), cfg, [("idx", []), ("emb", [("emb/embeddings:0", table)])])
    save_io(out, "keras_embedding", idx, torch.nn.functional.embedding(torch.from_numpy(idx), torch.from_numpy(table)).numpy())

    # Dot on one input x [4, 8]: s = Dot(axes=2)(x, x) = x xᵀ; p = Softmax(s); o = Dot(axes=(2, 1))(p, x) = p x;
    # g = Dot(axes=1)(o, x) = oᵀ x (the sample files feed single-input models, so every Dot reads x).
    cfg = functional("dot_model", [
        input_layer("x", [SEQ, EMBED]),
        layer("Dot", "scores", {"axes": 2, "normalize": False}, ["x", "x"]),
        layer("Softmax", "attn", {"axis": -1}, ["scores"]),
        layer("Dot", "mix", {"axes": [2, 1], "normalize": False}, ["attn", "x"]),
        layer("Dot", "gram", {"axes": 1, "normalize": False}, ["mix", "x"]),
    ], ["x"], ["gram"])
    write_keras2(os.path.join(out, "keras_dot.h5"), cfg, [("x", []), ("scores", []), ("attn", []), ("mix", []), ("gram", [])])
    tx = torch.from_numpy(x)
    p = torch.softmax(torch.bmm(tx, tx.transpose(1, 2)), dim=-1)
    y = torch.bmm(torch.bmm(p, tx).transpose(1, 2), tx)
    save_io(out, "keras_dot", x, y.numpy())


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/seq"
    os.makedirs(out, exist_ok=True)
    torch_fixtures(out)
    keras_fixtures(out)


if __name__ == "__main__":
    main()
