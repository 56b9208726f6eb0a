"""Writes the recurrent-layer fixtures of tests/fixtures/rnn (run by hand with Debian's python3-torch 1.13,
python3-numpy and python3-h5py: /usr/bin/python3 tools/rnn_fixtures/make_fixtures.py; never in CI).

ONNX: torch.onnx.export (opset 13, dynamic batch) of small eval-mode models with batch_first=True recurrent layers,
    <name>.onnx, <name>.input.npy (16 seeded float32 inputs [16, T, F]) and <name>.output.npy (torch's own outputs).
Keras: <name>.json + <name>_weights.h5 in Keras 2's save_weights layout (layer_names / weight_names attributes) with
    the weights of the torch twin converted to Keras' documented layout (kernel [F, G*u], recurrent_kernel [u, G*u],
    LSTM gates i,f,c,o; GRU z,r,h with reset_after's bias [2, 3u]); the expected outputs are torch's on the same weights.
"""
import json
import os

import h5py
import numpy as np
import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures", "rnn")


class Seq(torch.nn.Module):
    """A recurrent layer returning its whole output sequence, or its last state, optionally followed by Dense."""

    def __init__(self, kind, features, units, last, dense=0, nonlinearity="tanh"):
        super().__init__()
        cls = getattr(torch.nn, kind)
        self.rnn = cls(features, units, batch_first=True, nonlinearity=nonlinearity) if kind == "RNN" else cls(features, units, batch_first=True)
        self.last = last
        self.dense = torch.nn.Linear(units, dense) if dense else None

    def forward(self, x):
        y, h = self.rnn(x)
        if isinstance(h, tuple):
            h = h[0]
        out = h[-1] if self.last else y
        return self.dense(out) if self.dense is not None else out


def save_onnx(name, model, steps, features):
    model.eval()
    g = torch.Generator().manual_seed(len(name) * 7 + 3)
    x = torch.randn(16, steps, features, generator=g)
    with torch.no_grad():
        y = model(x)
    torch.onnx.export(model, x, os.path.join(OUT, name + ".onnx"), opset_version=13, input_names=["x"], output_names=["y"],
                      dynamic_axes={"x": {0: "n"}, "y": {0: "n"}})
    np.save(os.path.join(OUT, name + ".input.npy"), x.numpy().astype(np.float32))
    np.save(os.path.join(OUT, name + ".output.npy"), y.numpy().astype(np.float32))
    return x, y


def keras_weights(kind, rnn):
    """torch (rows gate-major, torch gate order) → Keras kernel [F, G*u], recurrent_kernel [u, G*u], bias."""
    w = rnn.weight_ih_l0.detach().numpy()
    r = rnn.weight_hh_l0.detach().numpy()
    bi = rnn.bias_ih_l0.detach().numpy()
    bh = rnn.bias_hh_l0.detach().numpy()
    if kind == "GRU":
        # torch r, z, n → Keras z, r, h
        u = r.shape[1]
        order = [1, 0, 2]
        w = np.concatenate([w[g * u:(g + 1) * u] for g in order])
        r = np.concatenate([r[g * u:(g + 1) * u] for g in order])
        bi = np.concatenate([bi[g * u:(g + 1) * u] for g in order])
        bh = np.concatenate([bh[g * u:(g + 1) * u] for g in order])
        return [w.T, r.T, np.stack([bi, bh])]
    # LSTM: torch i, f, g, o is Keras' i, f, c, o; SimpleRNN has one gate. Keras has one bias: their sum.
    return [w.T, r.T, bi + bh]


def save_keras(name, kind, model, steps, features, units, seq, x, y, go_backwards=False):
    layer_class = {"LSTM": "LSTM", "GRU": "GRU", "RNN": "SimpleRNN"}[kind]
    rnn_name = layer_class.lower()
    config = {"name": rnn_name, "trainable": True, "units": units, "activation": "tanh", "use_bias": True,
              "return_sequences": seq, "return_state": False, "go_backwards": go_backwards, "stateful": False, "unroll": False}
    if kind != "RNN":
        config["recurrent_activation"] = "sigmoid"
    if kind == "GRU":
        config["reset_after"] = True
    layers = [
        {"class_name": "InputLayer", "name": "input_1", "config": {"batch_input_shape": [None, steps, features], "dtype": "float32", "name": "input_1"},
         "inbound_nodes": []},
        {"class_name": layer_class, "name": rnn_name, "config": config, "inbound_nodes": [[["input_1", 0, 0, {}]]]},
    ]
    last = rnn_name
    weights = {rnn_name: [("kernel:0", None), ("recurrent_kernel:0", None), ("bias:0", None)]}
    kw = keras_weights(kind, model.rnn)
    weights[rnn_name] = list(zip(["kernel:0", "recurrent_kernel:0", "bias:0"], kw))
    if model.dense is not None:
        dense = {"class_name": "Dense", "name": "dense", "config": {"name": "dense", "units": model.dense.out_features, "activation": "linear", "use_bias": True},
                 "inbound_nodes": [[[last, 0, 0, {}]]]}
        layers.append(dense)
        weights["dense"] = [("kernel:0", model.dense.weight.detach().numpy().T), ("bias:0", model.dense.bias.detach().numpy())]
        last = "dense"
    model_json = {"class_name": "Model", "config": {"name": name, "layers": layers, "input_layers": [["input_1", 0, 0]],
                                                    "output_layers": [[last, 0, 0]]}, "keras_version": "2.9.0", "backend": "tensorflow"}
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(model_json, f, indent=1)
    with h5py.File(os.path.join(OUT, name + "_weights.h5"), "w") as f:
        names = [l["name"] for l in layers]
        f.attrs["layer_names"] = np.array([n.encode() for n in names])
        f.attrs["backend"] = b"tensorflow"
        f.attrs["keras_version"] = b"2.9.0"
        for n in names:
            g = f.create_group(n)
            ws = weights.get(n, [])
            g.attrs["weight_names"] = np.array([f"{n}/{wn}".encode() for wn, _ in ws])
            for wn, arr in ws:
                g.create_dataset(f"{n}/{wn}", data=np.asarray(arr, dtype=np.float32))
    xin = x.flip(1) if go_backwards else x
    np.save(os.path.join(OUT, name + ".input.npy"), x.numpy().astype(np.float32))
    with torch.no_grad():
        yk = model(xin)
    np.save(os.path.join(OUT, name + ".output.npy"), yk.numpy().astype(np.float32))


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(17)
    specs = [
        ("lstm_seq", "LSTM", 6, 8, 5, False, 0),
        ("lstm_last_dense", "LSTM", 6, 8, 5, True, 3),
        ("gru_seq", "GRU", 5, 6, 5, False, 0),
        ("gru_last_dense", "GRU", 5, 6, 5, True, 3),
        ("rnn_seq", "RNN", 4, 5, 5, False, 0),
        ("rnn_last_dense", "RNN", 4, 5, 5, True, 3),
    ]
    for name, kind, features, units, steps, last, dense in specs:
        model = Seq(kind, features, units, last, dense)
        x, y = save_onnx(name, model, steps, features)
        save_keras("keras_" + name, kind, model, steps, features, units, not last, x, y)
    # Keras go_backwards: the layer reads the sequence reversed (torch on the flipped input is the reference).
    model = Seq("LSTM", 4, 5, False, 0)
    x, _ = save_onnx("lstm_backwards_twin", model, 5, 4)
    os.remove(os.path.join(OUT, "lstm_backwards_twin.onnx"))
    for ext in (".input.npy", ".output.npy"):
        os.remove(os.path.join(OUT, "lstm_backwards_twin" + ext))
    save_keras("keras_lstm_backwards", "LSTM", model, 5, 4, 5, True, x, None, go_backwards=True)
    # The jet-constituent model: 20 steps x 6 features, LSTM 16 units, Dense 5.
    torch.manual_seed(29)
    jet = Seq("LSTM", 6, 16, True, 5)
    x, y = save_onnx("jet_lstm", jet, 20, 6)
    save_keras("keras_jet_lstm", "LSTM", jet, 20, 6, 16, False, x, y)
    bidirectional_time_distributed()
    gru_reset_before()


def write_keras(name, layers, weights, x, y):
    """A Keras 2 functional model JSON + save_weights H5 from layer dicts and {layer: [(weight name, array)]}."""
    model_json = {"class_name": "Model", "config": {"name": name, "layers": layers, "input_layers": [["input_1", 0, 0]],
                                                    "output_layers": [[layers[-1]["name"], 0, 0]]}, "keras_version": "2.9.0", "backend": "tensorflow"}
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(model_json, f, indent=1)
    with h5py.File(os.path.join(OUT, name + "_weights.h5"), "w") as f:
        names = [l["name"] for l in layers]
        f.attrs["layer_names"] = np.array([n.encode() for n in names])
        f.attrs["backend"] = b"tensorflow"
        f.attrs["keras_version"] = b"2.9.0"
        for n in names:
            g = f.create_group(n)
            ws = weights.get(n, [])
            g.attrs["weight_names"] = np.array([wn.encode() for wn, _ in ws])
            for wn, arr in ws:
                g.create_dataset(wn, data=np.asarray(arr, dtype=np.float32))
    np.save(os.path.join(OUT, name + ".input.npy"), np.asarray(x, dtype=np.float32))
    np.save(os.path.join(OUT, name + ".output.npy"), np.asarray(y, dtype=np.float32))


def input_layer(steps, features):
    return {"class_name": "InputLayer", "name": "input_1", "config": {"batch_input_shape": [None, steps, features], "dtype": "float32", "name": "input_1"},
            "inbound_nodes": []}


def bidirectional_time_distributed():
    """Bidirectional(LSTM 5, return_sequences, concat) -> TimeDistributed(Dense 3); torch's bidirectional LSTM + Linear."""
    torch.manual_seed(41)
    steps, features, units = 6, 4, 5
    rnn = torch.nn.LSTM(features, units, batch_first=True, bidirectional=True).eval()
    dense = torch.nn.Linear(2 * units, 3).eval()
    g = torch.Generator().manual_seed(43)
    x = torch.randn(16, steps, features, generator=g)
    with torch.no_grad():
        y = dense(rnn(x)[0])
    lstm = {"name": "lstm", "units": units, "activation": "tanh", "recurrent_activation": "sigmoid", "use_bias": True,
            "return_sequences": True, "return_state": False, "go_backwards": False, "stateful": False, "unroll": False}
    layers = [input_layer(steps, features),
              {"class_name": "Bidirectional", "name": "bidirectional", "config": {"name": "bidirectional", "layer": {"class_name": "LSTM", "config": lstm},
                                                                                  "merge_mode": "concat"}, "inbound_nodes": [[["input_1", 0, 0, {}]]]},
              {"class_name": "TimeDistributed", "name": "time_distributed", "config": {"name": "time_distributed", "layer": {"class_name": "Dense", "config": {
                  "name": "dense", "units": 3, "activation": "linear", "use_bias": True}}}, "inbound_nodes": [[["bidirectional", 0, 0, {}]]]}]
    def part(suffix, prefix):
        w = getattr(rnn, "weight_ih_l0" + suffix).detach().numpy().T
        r = getattr(rnn, "weight_hh_l0" + suffix).detach().numpy().T
        b = (getattr(rnn, "bias_ih_l0" + suffix) + getattr(rnn, "bias_hh_l0" + suffix)).detach().numpy()
        return [(f"bidirectional/{prefix}_lstm/lstm_cell/kernel:0", w), (f"bidirectional/{prefix}_lstm/lstm_cell/recurrent_kernel:0", r),
                (f"bidirectional/{prefix}_lstm/lstm_cell/bias:0", b)]
    weights = {"bidirectional": part("", "forward") + part("_reverse", "backward"),
               "time_distributed": [("time_distributed/kernel:0", dense.weight.detach().numpy().T), ("time_distributed/bias:0", dense.bias.detach().numpy())]}
    write_keras("keras_bidirectional_lstm_td_dense", layers, weights, x.numpy(), y.numpy())


def gru_reset_before():
    """Keras GRU reset_after=False (one bias [3u]) with a relu candidate activation; reference computed here in numpy
    from Keras' documented equations: z = sig(x Wz + h Uz + bz), r likewise, hh = act(x Wh + (r * h) Uh + bh),
    h = z * h + (1 - z) * hh (torch has no such GRU)."""
    rng = np.random.default_rng(47)
    steps, features, units = 5, 4, 6
    k = rng.uniform(-0.5, 0.5, (features, 3 * units)).astype(np.float32)
    rk = rng.uniform(-0.5, 0.5, (units, 3 * units)).astype(np.float32)
    b = rng.uniform(-0.2, 0.2, 3 * units).astype(np.float32)
    x = rng.standard_normal((16, steps, features)).astype(np.float32)
    sig = lambda v: 1 / (1 + np.exp(-v))
    h = np.zeros((16, units))
    ys = []
    for t in range(steps):
        xt = x[:, t, :].astype(np.float64)
        xz, xr, xh = np.split(xt @ k + b, 3, axis=1)
        uz, ur, uh = np.split(rk.astype(np.float64), 3, axis=1)
        z = sig(xz + h @ uz)
        r = sig(xr + h @ ur)
        hh = np.maximum(xh + (r * h) @ uh, 0)
        h = z * h + (1 - z) * hh
        ys.append(h)
    y = np.stack(ys, axis=1)
    gru = {"name": "gru", "units": units, "activation": "relu", "recurrent_activation": "sigmoid", "use_bias": True, "reset_after": False,
           "return_sequences": True, "return_state": False, "go_backwards": False, "stateful": False, "unroll": False}
    layers = [input_layer(steps, features), {"class_name": "GRU", "name": "gru", "config": gru, "inbound_nodes": [[["input_1", 0, 0, {}]]]}]
    weights = {"gru": [("gru/gru_cell/kernel:0", k), ("gru/gru_cell/recurrent_kernel:0", rk), ("gru/gru_cell/bias:0", b)]}
    write_keras("keras_gru_reset_before_relu", layers, weights, x, y)


if __name__ == "__main__":
    main()
