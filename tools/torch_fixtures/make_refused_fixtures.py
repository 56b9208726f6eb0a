#!/usr/bin/python3
"""Real torch.onnx.export models that Hls4Net refuses (one error line naming the op and the node). Run by hand:

    /usr/bin/python3 tools/torch_fixtures/make_refused_fixtures.py [output-dir]

Needs Debian's python3-torch (1.13). Writes <name>.onnx (opset 13, dynamic batch, seeded weights) into
tests/fixtures/torch_refused/; tests/Hls4Net.Cli.Tests/Convert/TorchRefusedExportTests.cs runs `hls4net convert` on each.
"""
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, forward, **modules):
        super().__init__()
        self.fwd = forward
        for k, m in modules.items():
            setattr(self, k, m)

    def forward(self, x):
        return self.fwd(self, x)


def h0_ones(s, x):
    h0 = torch.ones(1, x.size(0), 4)
    return s.fc(s.gru(x, h0)[1][0])


# name -> (per-sample input shape, model)
MODELS = {
    "gelu": ((6,), lambda: Net(lambda s, x: s.fc(F.gelu(x)), fc=nn.Linear(6, 3))),
    "where_select": ((6,), lambda: Net(lambda s, x: torch.where(s.fc(x) > 0, s.fc(x), 0.1 * s.fc(x)), fc=nn.Linear(6, 3))),
    "log_softmax": ((6,), lambda: Net(lambda s, x: F.log_softmax(s.fc(x), dim=1), fc=nn.Linear(6, 3))),
    "conv_transpose": ((2, 4, 4), lambda: Net(lambda s, x: s.up(x), up=nn.ConvTranspose2d(2, 2, 2, stride=2))),
    "bilinear_upsample": ((2, 4, 4), lambda: Net(lambda s, x: F.interpolate(x, scale_factor=2, mode="bilinear"))),
    "reduce_sum": ((5, 3), lambda: Net(lambda s, x: s.fc(x.sum(dim=1)), fc=nn.Linear(3, 2))),
    "div_by_tensor": ((6,), lambda: Net(lambda s, x: s.a(x) / (torch.sigmoid(s.b(x)) + 1.0), a=nn.Linear(6, 3), b=nn.Linear(6, 3))),
    "flatten_batch": ((2, 3), lambda: Net(lambda s, x: torch.flatten(x))),
    "reflect_pad": ((2, 6, 6), lambda: Net(lambda s, x: s.c(x), c=nn.Conv2d(2, 2, 3, padding=1, padding_mode="reflect"))),
    "pad_value": ((2, 5), lambda: Net(lambda s, x: s.c(F.pad(x, (2, 1), value=1.0)), c=nn.Conv1d(2, 2, 3))),
    "dilated_max_pool": ((2, 7, 7), lambda: Net(lambda s, x: F.max_pool2d(x, 2, dilation=2))),
    "celu": ((6,), lambda: Net(lambda s, x: F.celu(s.fc(x)), fc=nn.Linear(6, 3))),
    "strided_slice": ((6,), lambda: Net(lambda s, x: s.fc(x[:, ::2]), fc=nn.Linear(3, 2))),
    "gru_ones_initial_state": ((5, 3), lambda: Net(h0_ones, gru=nn.GRU(3, 4, batch_first=True), fc=nn.Linear(4, 2))),
}


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests", "fixtures", "torch_refused")
    os.makedirs(out, exist_ok=True)
    torch.set_num_threads(1)
    for k, (name, (shape, make)) in enumerate(MODELS.items()):
        torch.manual_seed(2000 + k)
        model = make().eval()
        x = torch.randn((4,) + shape)
        torch.onnx.export(model, x, os.path.join(out, name + ".onnx"), opset_version=13, input_names=["input"],
                          output_names=["output"], dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}})
        print(name)


if __name__ == "__main__":
    main()
