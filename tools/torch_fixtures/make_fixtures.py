#!/usr/bin/python3
"""Real PyTorch ONNX exports as test fixtures (issue 10). Run by hand, never in CI:

    /usr/bin/python3 tools/torch_fixtures/make_fixtures.py [output-dir [name ...]]

(with names, only those models are written; the others keep their files).

Needs Debian's python3-torch (1.13) and python3-numpy. For every model x opset it writes, into
tests/fixtures/torch/ by default:
    <name>.onnx          torch.onnx.export of the model in eval mode (seeded weights, random BN statistics)
    <name>.input.npy     float32 [N, ...] seeded inputs
    <name>.output.npy    float32 [N, ...] torch's own outputs on those inputs
The export is deterministic for a given torch version; the outputs are committed so tests need no torch.
"""
import os
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

SAMPLES = 16


def randomize_bn(model, gen):
    """BatchNorm with non-trivial statistics, so an importer that ignores them fails."""
    for m in model.modules():
        if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d)):
            n = m.num_features
            with torch.no_grad():
                m.weight.copy_(torch.rand(n, generator=gen) + 0.5)
                m.bias.copy_(torch.rand(n, generator=gen) - 0.5)
                m.running_mean.copy_(torch.rand(n, generator=gen) * 0.4 - 0.2)
                m.running_var.copy_(torch.rand(n, generator=gen) + 0.5)


class MlpBn(nn.Module):
    """PyTorch's usual three-layer MLP with batch norm and dropout."""

    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(16, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Dropout(0.2),
            nn.Linear(32, 24), nn.BatchNorm1d(24), nn.ReLU(), nn.Dropout(0.2),
            nn.Linear(24, 5), nn.Softmax(dim=1))

    def forward(self, x):
        return self.net(x)


class MlpActivations(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(12, 16), nn.LeakyReLU(0.1),
            nn.Linear(16, 16), nn.ELU(),
            nn.Linear(16, 16), nn.Sigmoid(),
            nn.Linear(16, 16), nn.Tanh(),
            nn.Linear(16, 16), nn.Hardtanh(-0.5, 0.75),
            nn.Linear(16, 16), nn.Hardsigmoid(),
            nn.Linear(16, 6))

    def forward(self, x):
        return self.net(x)


class MlpNoBias(nn.Module):
    """Linear without bias (MatMul) and a 3-D BatchNorm1d input (Linear -> Unsqueeze -> BN -> Squeeze by hand)."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(10, 20, bias=False)
        self.bn = nn.BatchNorm1d(20)
        self.fc2 = nn.Linear(20, 4)

    def forward(self, x):
        h = self.bn(self.fc1(x).unsqueeze(-1)).squeeze(-1)
        return self.fc2(torch.relu(h) * 0.5 - 0.25)


class Cnn1d(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv1d(3, 8, 3, padding=1)
        self.b1 = nn.BatchNorm1d(8)
        self.c2 = nn.Conv1d(8, 8, 3)
        self.b2 = nn.BatchNorm1d(8)
        self.fc = nn.Linear(8 * 3, 4)

    def forward(self, x):
        x = F.max_pool1d(torch.relu(self.b1(self.c1(x))), 2)
        x = F.avg_pool1d(torch.relu(self.b2(self.c2(x))), 2)
        return self.fc(torch.flatten(x, 1))


class Cnn2d(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(3, 8, 3, padding=1)
        self.b1 = nn.BatchNorm2d(8)
        self.c2 = nn.Conv2d(8, 6, 3, padding=1)
        self.b2 = nn.BatchNorm2d(6)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(6, 5)

    def forward(self, x):
        x = nn.functional.max_pool2d(torch.relu(self.b1(self.c1(x))), 2)
        x = nn.functional.avg_pool2d(torch.relu(self.b2(self.c2(x))), 2)
        return self.fc(torch.flatten(self.pool(x), 1))


class GroupedConv(nn.Module):
    """Grouped (groups=2) and depthwise (groups=C, multiplier 1 and 2) convolutions with padding, stride, dilation."""

    def __init__(self):
        super().__init__()
        self.g = nn.Conv2d(4, 6, 3, padding=1, groups=2)
        self.dw = nn.Conv2d(6, 6, 3, stride=2, padding=1, groups=6)
        self.bn = nn.BatchNorm2d(6)
        self.dw2 = nn.Conv2d(6, 12, 3, padding=2, dilation=2, groups=6)
        self.fc = nn.Linear(12 * 4 * 4, 3)

    def forward(self, x):
        x = torch.relu(self.g(x))
        x = torch.relu(self.bn(self.dw(x)))
        x = torch.relu(self.dw2(x))
        return self.fc(x.view(x.size(0), -1))


class DepthwiseConv1d(nn.Module):
    def __init__(self):
        super().__init__()
        self.dw = nn.Conv1d(4, 8, 5, stride=2, padding=2, dilation=1, groups=4)
        self.pw = nn.Conv1d(8, 6, 1)
        self.dwd = nn.Conv1d(6, 6, 3, padding=2, dilation=2, groups=6)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        x = torch.relu(self.pw(self.dw(x)))
        x = torch.tanh(self.dwd(x))
        return self.fc(F.adaptive_avg_pool1d(x, 1).flatten(1))


class Residual(nn.Module):
    """Residual addition, concatenation of two branches and nearest upsampling."""

    def __init__(self):
        super().__init__()
        self.c0 = nn.Conv2d(2, 4, 3, padding=1)
        self.c1 = nn.Conv2d(4, 4, 3, padding=1)
        self.b1 = nn.BatchNorm2d(4)
        self.ca = nn.Conv2d(4, 3, 1)
        self.cb = nn.Conv2d(4, 2, 3, padding=1)
        self.up = nn.Upsample(scale_factor=2, mode="nearest")
        self.c2 = nn.Conv2d(5, 2, 3, stride=2)
        self.fc = nn.Linear(2 * 3 * 3, 4)

    def forward(self, x):
        h = torch.relu(self.c0(x))
        h = torch.relu(h + self.b1(self.c1(h)))
        h = torch.cat([self.ca(h), torch.relu(self.cb(h))], dim=1)
        h = F.max_pool2d(h, 2)
        h = torch.relu(self.c2(self.up(h)))
        return self.fc(h.view(h.size(0), -1))


class FlattenView(nn.Module):
    """x.view(x.size(0), -1): Shape -> Gather -> Unsqueeze -> Concat -> Reshape with a dynamic batch."""

    def __init__(self):
        super().__init__()
        self.c = nn.Conv2d(1, 3, 3)
        self.fc = nn.Linear(3 * 4 * 4, 3)

    def forward(self, x):
        x = torch.relu(self.c(x))
        return self.fc(x.view(x.size(0), -1))


class FlattenTorch(nn.Module):
    def __init__(self):
        super().__init__()
        self.c = nn.Conv1d(2, 4, 3, stride=2)
        self.fc = nn.Linear(4 * 4, 3)

    def forward(self, x):
        x = torch.sigmoid(self.c(x))
        return torch.softmax(self.fc(torch.flatten(x, start_dim=1)), dim=-1)


class FlattenReshape(nn.Module):
    """reshape(-1, C*H*W) and a mid-model unsqueeze/squeeze/flatten on inner axes."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(12, 12)
        self.c = nn.Conv1d(1, 2, 3, padding=1)
        self.fc2 = nn.Linear(24, 3)

    def forward(self, x):
        h = torch.relu(self.fc1(x)).unsqueeze(1)      # [N, 1, 12]
        h = torch.relu(self.c(h)).unsqueeze(2)        # [N, 2, 1, 12]
        h = h.squeeze(2).reshape(-1, 24)
        return self.fc2(h)


# --- Models a new user would write (issue: "a user's model you have never seen"); each export graph differs from the above.

class Cnn2dPadCeil(nn.Module):
    """'same' padding for an even kernel done the torch 1.13 way (nn.ZeroPad2d, asymmetric: torch cannot export
    padding='same'), which exports Pad with a Slice/Transpose/Reshape chain of constants; a stride-2 conv with folded
    batch norm; MaxPool2d(ceil_mode=True); AvgPool2d with padding and count_include_pad=False; nn.Flatten; Sigmoid."""

    def __init__(self):
        super().__init__()
        self.pad = nn.ZeroPad2d((1, 2, 1, 2))
        self.c1 = nn.Conv2d(2, 4, 4)
        self.b1 = nn.BatchNorm2d(4)
        self.c2 = nn.Conv2d(4, 6, 3, stride=2, padding=1)
        self.b2 = nn.BatchNorm2d(6)
        self.mp = nn.MaxPool2d(2, ceil_mode=True)
        self.ap = nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)
        self.flat = nn.Flatten()
        self.fc = nn.Linear(6 * 3 * 3, 1)

    def forward(self, x):
        x = torch.relu(self.b1(self.c1(self.pad(x))))
        x = torch.relu(self.b2(self.c2(x)))
        x = self.ap(self.mp(x))
        return torch.sigmoid(self.fc(self.flat(x)))


class JetTaggerConv1d(nn.Module):
    """Conv1d jet tagger over particles: pointwise and k3 convs, ReLU6 (Clip), Dropout (gone in eval), three global
    poolings concatenated: AdaptiveAvgPool1d(1) (GlobalAveragePool), AdaptiveMaxPool1d(1) (a full-width MaxPool) and
    x.mean(dim=2, keepdim=True) (ReduceMean), then Flatten, ELU, Softmax."""

    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv1d(6, 12, 1)
        self.c2 = nn.Conv1d(12, 8, 3, padding=1)
        self.drop = nn.Dropout(0.3)
        self.gap = nn.AdaptiveAvgPool1d(1)
        self.gmp = nn.AdaptiveMaxPool1d(1)
        self.fc1 = nn.Linear(24, 16)
        self.fc2 = nn.Linear(16, 5)

    def forward(self, x):
        h = torch.relu(self.c1(x))
        h = self.drop(F.relu6(self.c2(h) * 2.0))
        h = torch.cat([self.gap(h), self.gmp(h), h.mean(dim=2, keepdim=True)], dim=1).flatten(1)
        h = self.drop(F.elu(self.fc1(h)))
        return torch.softmax(self.fc2(h), dim=1)


class MlpSkip(nn.Module):
    """Skip connections (Add) and torch.cat (Concat, also of the graph input) between LeakyReLU, ELU, Softplus,
    Hardtanh and Tanh layers."""

    def __init__(self):
        super().__init__()
        self.fc0 = nn.Linear(10, 16)
        self.fc1 = nn.Linear(16, 16)
        self.fc2 = nn.Linear(16, 16)
        self.fc3 = nn.Linear(32, 8)
        self.fc4 = nn.Linear(18, 3)

    def forward(self, x):
        h0 = F.leaky_relu(self.fc0(x), 0.2)
        h1 = F.elu(self.fc1(h0)) + h0
        h2 = F.hardtanh(F.softplus(self.fc2(h1)), -1.0, 1.5)
        h3 = torch.tanh(self.fc3(torch.cat([h1, h2], dim=1)))
        return self.fc4(torch.cat([h3, x], dim=1))


class MlpGatedActivations(nn.Module):
    """Activations torch writes as small graphs: SiLU (Sigmoid, Mul), Hardswish (HardSigmoid and Mul before opset 14,
    HardSwish from 14), PReLU, ReLU6 of a scaled input, Softplus(beta=2) (Mul, Softplus, Div), Mish (Softplus, Tanh,
    Mul), Softsign (Abs, Add 1, Div). GELU (Erf) and LogSoftmax are refused on import (tests/fixtures/torch_refused)."""

    def __init__(self):
        super().__init__()
        self.l = nn.ModuleList([nn.Linear(8, 12)] + [nn.Linear(12, 12) for _ in range(5)] + [nn.Linear(12, 4)])
        self.prelu = nn.PReLU(12)

    def forward(self, x):
        l = self.l
        h = F.silu(l[0](x))
        h = F.hardswish(l[1](h) * 2.0)
        h = self.prelu(l[2](h))
        h = F.relu6(l[3](h) * 3.0)
        h = F.softplus(l[4](h), beta=2.0)
        h = F.softsign(F.mish(l[5](h)) * 4.0)
        return l[6](h)


class DeepSets(nn.Module):
    """Deep Sets over [N, particles, features]: a per-particle Linear (3-D MatMul + Add), then the mean
    (ReduceMean) and the maximum (ReduceMax, torch.amax) over the particles, concatenated, then Linear."""

    def __init__(self):
        super().__init__()
        self.phi1 = nn.Linear(4, 8)
        self.phi2 = nn.Linear(8, 8)
        self.rho = nn.Linear(16, 3)

    def forward(self, x):
        h = torch.relu(self.phi1(x))
        h = torch.relu(self.phi2(h))
        return self.rho(torch.cat([h.mean(dim=1), h.amax(dim=1)], dim=1))



class RegressionHead(nn.Module):
    """A regression / binary head over standardised inputs: (x - mean) / std with registered buffers (Sub, Div of
    constants), -x (Neg), x.pow(2) (Pow), torch.clamp(min=...) (Clip without max), the difference of two Linear
    branches (Sub of two tensors), torch.amax over features (ReduceMax) and sigmoid(...).squeeze(-1): one value per
    sample, output shape [N]."""

    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.linspace(-0.5, 0.5, 6))
        self.register_buffer("std", torch.linspace(0.5, 2.0, 6))
        self.fc1 = nn.Linear(6, 8)
        self.fa = nn.Linear(8, 4)
        self.fb = nn.Linear(8, 4)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        h = self.fc1((x - self.mean) / self.std)
        h = torch.clamp(-h, min=-0.25) + h.pow(2) * 0.5
        d = self.fa(h) - torch.tanh(self.fb(h))
        m = d.unsqueeze(1).amax(dim=2)
        return torch.sigmoid(self.out(torch.cat([d, m], dim=1))).squeeze(-1)



class SequenceSlices(nn.Module):
    """A GRU sequence tagger over [N, 6 steps, 4 features] with the indexing users write: x[:, :, 1:3] (Slice of the
    last axis), seq[:, -1] (Gather of the last step), x[:, 0] (Gather of the first step), x[:, :, 3] (Gather of the
    last axis), torch.chunk of a hidden layer (two Slices), concatenations and Linear layers."""

    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 5, batch_first=True)
        self.fc = nn.Linear(5 + 4 + 6, 6)
        self.a = nn.Linear(3, 2)
        self.b = nn.Linear(3, 2)
        self.out = nn.Linear(4, 3)

    def forward(self, x):
        seq, _ = self.gru(x[:, :, 1:3])
        h = torch.relu(self.fc(torch.cat([seq[:, -1], x[:, 0], x[:, :, 3]], dim=1)))
        p, q = torch.chunk(h, 2, dim=1)
        return self.out(torch.cat([torch.tanh(self.a(p)), self.b(q)], dim=1))


# name -> (model class, per-sample input shape, opsets, dynamic batch[, keep batch norm])
# (the user-style models at the end list one opset where torch 1.13 writes the same nodes and attributes at 11, 13 and
# 17, so that the C simulation is not built twice for one graph)
# torch's eval export folds BatchNorm into a preceding Conv; the "_bn" variants export with
# TrainingMode.PRESERVE on an eval-mode model, which keeps Conv -> BatchNormalization (inference form).
MODELS = [
    ("mlp_bn", MlpBn, (16,), [9, 11, 13, 17], True),
    ("mlp_bn_fixed", MlpBn, (16,), [13], False),
    ("mlp_activations", MlpActivations, (12,), [9, 11, 13, 17], True),
    ("mlp_nobias_bn3d", MlpNoBias, (10,), [11, 13], True),
    ("cnn1d", Cnn1d, (3, 16), [9, 13, 17], True),
    ("cnn2d", Cnn2d, (3, 8, 8), [9, 11, 13, 17], True),
    ("cnn2d_fixed", Cnn2d, (3, 8, 8), [11], False),
    ("cnn1d_bn", Cnn1d, (3, 16), [11, 13], True, True),
    ("cnn2d_bn", Cnn2d, (3, 8, 8), [9, 13, 17], True, True),
    ("grouped_conv_bn", GroupedConv, (4, 8, 8), [13], True, True),
    ("residual_bn", Residual, (2, 8, 8), [13], True, True),
    ("grouped_conv", GroupedConv, (4, 8, 8), [11, 13], True),
    ("depthwise_conv1d", DepthwiseConv1d, (4, 16), [13], True),
    ("residual_concat_upsample", Residual, (2, 8, 8), [9, 11, 13, 17], True),
    ("flatten_view", FlattenView, (1, 6, 6), [9, 11, 13], True),
    ("flatten_view_fixed", FlattenView, (1, 6, 6), [13], False),
    ("flatten_torch", FlattenTorch, (2, 9), [9, 13], True),
    ("flatten_reshape", FlattenReshape, (12,), [11, 13, 17], True),
    ("cnn2d_pad_ceil", Cnn2dPadCeil, (2, 9, 9), [11, 17], True),
    ("jet_tagger_conv1d", JetTaggerConv1d, (6, 20), [13], True),
    ("jet_tagger_conv1d_fixed", JetTaggerConv1d, (6, 20), [17], False),
    ("mlp_skip", MlpSkip, (10,), [11], True),
    ("mlp_gated_activations", MlpGatedActivations, (8,), [13, 17], True),
    ("deepsets", DeepSets, (8, 4), [17], True),
    ("deepsets_fixed", DeepSets, (8, 4), [13], False),
    ("regression_head", RegressionHead, (6,), [11, 13], True),
    ("regression_head_fixed", RegressionHead, (6,), [17], False),
    ("sequence_slices", SequenceSlices, (6, 4), [9, 17], True),
    ("sequence_slices_fixed", SequenceSlices, (6, 4), [11], False),
]


def save_npy(path, array):
    np.save(path, np.ascontiguousarray(array, dtype=np.float32))


def export(out_dir, name, cls, shape, opset, dynamic, seed, keep_bn=False):
    gen = torch.Generator().manual_seed(seed)
    torch.manual_seed(seed)
    model = cls()
    randomize_bn(model, gen)
    model.eval()
    x = torch.randn((SAMPLES,) + shape, generator=gen)
    with torch.no_grad():
        y = model(x)
    stem = f"{name}_opset{opset}"
    path = os.path.join(out_dir, stem + ".onnx")
    kwargs = {}
    if dynamic:
        kwargs["dynamic_axes"] = {"input": {0: "batch"}, "output": {0: "batch"}}
    if keep_bn:
        kwargs["training"] = torch.onnx.TrainingMode.PRESERVE
    torch.onnx.export(model, x, path, opset_version=opset, input_names=["input"], output_names=["output"],
                      do_constant_folding=True, **kwargs)
    save_npy(os.path.join(out_dir, stem + ".input.npy"), x.numpy())
    save_npy(os.path.join(out_dir, stem + ".output.npy"), y.numpy())
    return stem


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests", "fixtures", "torch")
    os.makedirs(out_dir, exist_ok=True)
    torch.set_num_threads(1)
    only = set(sys.argv[2:])
    for k, (name, cls, shape, opsets, dynamic, *keep_bn) in enumerate(MODELS):
        if only and name not in only:
            continue
        for opset in opsets:
            stem = export(out_dir, name, cls, shape, opset, dynamic, seed=1000 + k, keep_bn=bool(keep_bn and keep_bn[0]))
            print(stem)


if __name__ == "__main__":
    main()
