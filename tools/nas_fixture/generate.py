#!/usr/bin/python3
"""Generates tests/fixtures/nas/proxy_study.json: the fixture of the zero-shot proxy study (docs/nas.md, "Proxy study").

Run by hand with Debian's python3-torch (torch 1.13) from the repository root:

    /usr/bin/python3 tools/nas_fixture/generate.py [--out tests/fixtures/nas/proxy_study.json]

What it does, all seeded (the run is deterministic on one machine; torch's CPU kernels may differ in the last bits
elsewhere):
  * Data. A synthetic 16-feature, 5-class task of the jet-tagging size: x ~ N(0, I_16); the class is the argmax of
    five nonlinear scores (a fixed random teacher: quadratic forms, a tanh layer and a product of features) plus
    Gumbel noise; 20,000 training and 10,000 test samples.
  * Candidates. 72 distinct MLPs 16 -> hidden -> 5 (softmax) drawn from the documented example space: depth 1-4,
    widths from {8, 16, 32, 64}, one activation per network from {relu, tanh}.
  * Initialization. Each candidate's weights come from its init seed through the same SplitMix64 stream and PyTorch
    default distributions as Hls4Net's SeededInitializer (TorchDefault): so the C# proxies score exactly the
    initialization the network was trained from.
  * Training. Adam (lr 3e-3), batch 256, a fixed budget of 12 epochs, shuffling seeded per candidate; the test
    accuracy is recorded.
  * Proxy batch. The first 64 training samples (the "one batch of the user's data").
  * References. For each candidate, synflow and NASWOT computed here with torch autograd and torch.linalg.slogdet in
    float64 on the same initialization: an independent check of the C# backward pass and kernel.
"""
import argparse
import json
import math
import time

import numpy as np
import torch

MASK = (1 << 64) - 1
MASTER_SEED = 20261202
INPUTS, OUTPUTS = 16, 5
WIDTHS = [8, 16, 32, 64]
ACTIVATIONS = ["relu", "tanh"]
N_CANDIDATES = 72
N_TRAIN, N_TEST, N_BATCH = 20000, 10000, 64
EPOCHS, BATCH_SIZE, LR = 12, 256, 3e-3


class SplitMix64:
    """The stream of Hls4Net.Nas.SeededRandom (src/Hls4Net.Compiler/Nas/Networks/SeededRandom.cs)."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next_u64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def next_double(self):
        return (self.next_u64() >> 11) * (1.0 / (1 << 53))

    def symmetric(self, limit):
        return limit * (2 * self.next_double() - 1)


def make_data(rng):
    """The teacher: five class scores from quadratic forms, a tanh layer and feature products, plus Gumbel noise."""
    a = rng.normal(size=(OUTPUTS, INPUTS, INPUTS)) / INPUTS
    u = rng.normal(size=(INPUTS, 24)) / math.sqrt(INPUTS) * 2.0
    c = rng.normal(size=24) * 0.5
    v = rng.normal(size=(24, OUTPUTS))
    pairs = rng.integers(0, INPUTS, size=(OUTPUTS, 2))

    def scores(x):
        quad = np.einsum("ni,kij,nj->nk", x, a, x)
        hidden = np.tanh(x @ u + c) @ v
        prod = np.stack([x[:, p] * x[:, q] for p, q in pairs], axis=1)
        return 1.2 * quad + hidden + 0.8 * prod

    def sample(n):
        x = rng.normal(size=(n, INPUTS))
        s = scores(x) + 0.35 * rng.gumbel(size=(n, OUTPUTS))
        return x, s.argmax(axis=1)

    return sample(N_TRAIN), sample(N_TEST)


def draw_candidates(rng):
    seen, out = set(), []
    while len(out) < N_CANDIDATES:
        depth = int(rng.integers(1, 5))
        hidden = tuple(int(w) for w in rng.choice(WIDTHS, size=depth))
        act = ACTIVATIONS[int(rng.integers(0, 2))]
        if (hidden, act) in seen:
            continue
        seen.add((hidden, act))
        out.append((list(hidden), [act] * depth))
    return out


def build(hidden, acts, linearize=False):
    layers, width = [], INPUTS
    for h, act in zip(hidden, acts):
        layers.append(torch.nn.Linear(width, h))
        if not linearize:
            layers.append(torch.nn.ReLU() if act == "relu" else torch.nn.Tanh())
        width = h
    layers.append(torch.nn.Linear(width, OUTPUTS))
    return torch.nn.Sequential(*layers)


def seeded_init(model, seed):
    """SeededInitializer(TorchDefault): per Linear in order, weights [out, in] row-major then biases, U(-1/sqrt(fan_in), .)."""
    rng = SplitMix64(seed)
    with torch.no_grad():
        for m in model:
            if not isinstance(m, torch.nn.Linear):
                continue
            out_f, in_f = m.weight.shape
            bound = 1 / math.sqrt(in_f)
            w = [rng.symmetric(bound) for _ in range(out_f * in_f)]
            b = [rng.symmetric(bound) for _ in range(out_f)]
            m.weight.copy_(torch.tensor(w, dtype=torch.float64).reshape(out_f, in_f))
            m.bias.copy_(torch.tensor(b, dtype=torch.float64))


def naswot(model, batch):
    """log|det K|, K = Σ over thresholding units of c cᵀ + (1−c)(1−c)ᵀ, c the binary code (pre-activation > 0); None
    when K is singular (always so when the network has fewer than batch − 1 thresholding units: rank K ≤ units + 1)."""
    codes = []
    x = batch
    for m in model:
        if isinstance(m, (torch.nn.ReLU, torch.nn.Tanh)):
            codes.append((x > 0).double())
        x = m(x)
    c = torch.cat(codes, dim=1)
    k = c @ c.T + (1 - c) @ (1 - c).T
    if torch.linalg.matrix_rank(k).item() < k.shape[0]:
        return None  # singular: log|det K| = -inf (stored as null, JSON has no infinity)
    return torch.linalg.slogdet(k)[1].item()


def synflow(model_lin):
    """Σ|θ ⊙ ∂R/∂θ| over the weights (not biases) of the linearized net with |θ|, R = Σ outputs for an all-ones input."""
    with torch.no_grad():
        for p in model_lin.parameters():
            p.abs_()
    model_lin.zero_grad()
    model_lin(torch.ones(1, INPUTS, dtype=torch.float64)).sum().backward()
    return sum((m.weight * m.weight.grad).abs().sum().item() for m in model_lin if isinstance(m, torch.nn.Linear))


def train(model, data, seed):
    (xtr, ytr), (xte, yte) = data
    gen = torch.Generator().manual_seed(seed)
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    loss_fn = torch.nn.CrossEntropyLoss()
    for _ in range(EPOCHS):
        perm = torch.randperm(len(xtr), generator=gen)
        for start in range(0, len(xtr), BATCH_SIZE):
            idx = perm[start:start + BATCH_SIZE]
            opt.zero_grad()
            loss_fn(model(xtr[idx]), ytr[idx]).backward()
            opt.step()
    with torch.no_grad():
        return (model(xte).argmax(dim=1) == yte).double().mean().item()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="tests/fixtures/nas/proxy_study.json")
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(MASTER_SEED)
    rng = np.random.default_rng(MASTER_SEED)
    (xtr, ytr), (xte, yte) = make_data(rng)
    print("class balance (train):", np.bincount(ytr, minlength=OUTPUTS).tolist())
    batch = xtr[:N_BATCH]
    data32 = ((torch.tensor(xtr, dtype=torch.float32), torch.tensor(ytr)),
              (torch.tensor(xte, dtype=torch.float32), torch.tensor(yte)))
    batch64 = torch.tensor(batch, dtype=torch.float64)
    candidates = []
    t0 = time.time()
    for i, (hidden, acts) in enumerate(draw_candidates(rng)):
        init_seed = int(rng.integers(1, 2**31 - 1))
        train_seed = int(rng.integers(1, 2**31 - 1))
        ref = build(hidden, acts).double()
        seeded_init(ref, init_seed)
        lin = build(hidden, acts, linearize=True).double()
        lin.load_state_dict({k: v for k, v in zip(lin.state_dict().keys(), ref.state_dict().values())})
        ref_naswot = naswot(ref, batch64)
        ref_synflow = synflow(lin)
        model = build(hidden, acts).double()
        model.load_state_dict(ref.state_dict())
        model = model.float()
        acc = train(model, data32, train_seed)
        params = sum(p.numel() for p in model.parameters())
        candidates.append({
            "hidden": hidden, "activations": acts, "init_seed": init_seed, "train_seed": train_seed,
            "params": params, "test_accuracy": round(acc, 4),
            "reference": {"naswot": ref_naswot, "synflow": ref_synflow},
        })
        print(f"{i:3d} {hidden} {acts[0]} params={params} acc={acc:.4f} naswot={ref_naswot} "
              f"synflow={ref_synflow:.4g} ({time.time() - t0:.0f}s)", flush=True)
    fixture = {
        "description": "Zero-shot proxy study fixture (docs/nas.md, Proxy study). Made by tools/nas_fixture/generate.py.",
        "master_seed": MASTER_SEED,
        "inputs": INPUTS, "outputs": OUTPUTS, "output_activation": "softmax",
        "init_scheme": "torch_default",
        "task": {"features": INPUTS, "classes": OUTPUTS, "train_samples": N_TRAIN, "test_samples": N_TEST,
                 "teacher": "argmax of quadratic forms + tanh layer + feature products + 0.35 Gumbel noise"},
        "training": {"optimizer": "adam", "lr": LR, "batch_size": BATCH_SIZE, "epochs": EPOCHS,
                     "precision": "float32", "torch": torch.__version__},
        "batch": batch.tolist(),
        "candidates": candidates,
    }
    with open(args.out, "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")
    print(f"wrote {args.out}: {len(candidates)} candidates in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
