"""Small models whose traces nnops ships and tests (torch only, no torchvision).

    /usr/bin/python3 tools/models.py NAME      prints the trace of model NAME
    /usr/bin/python3 tools/models.py --list    the names

dcgan:    the DCGAN generator of the PyTorch DCGAN example (nz=100, ngf=64, nc=3), on a batch of 1 latent.
smallcnn: a small image classifier on one 3x32x32 image.
coverage: exercises every module the trace has an argument table for: unbatched inputs,
          tuple arguments, padding='same', a module called twice, and modules nnops does
          not cover (Dropout, LSTM).
"""
import os
import sys

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nnops_trace import dumps, trace  # noqa: E402


class DCGANGenerator(nn.Module):
    def __init__(self, nz=100, ngf=64, nc=3):
        super().__init__()
        self.main = nn.Sequential(
            nn.ConvTranspose2d(nz, ngf * 8, 4, 1, 0, bias=False), nn.BatchNorm2d(ngf * 8), nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 8, ngf * 4, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf * 4), nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf * 2), nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 2, ngf, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf), nn.ReLU(True),
            nn.ConvTranspose2d(ngf, nc, 4, 2, 1, bias=False), nn.Tanh(),
        )

    def forward(self, z):
        return self.main(z)


class SmallCNN(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding="same"), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(64, 128, (3, 3), stride=(2, 2), padding=(1, 1)), nn.ReLU(),
            nn.AdaptiveAvgPool2d((1, 1)),
        )
        self.flatten = nn.Flatten()
        self.head = nn.Sequential(nn.Linear(128, 64), nn.GELU(), nn.Dropout(0.1), nn.Linear(64, classes))
        self.softmax = nn.LogSoftmax(dim=-1)

    def forward(self, x):
        return self.softmax(self.head(self.flatten(self.features(x))))


class Coverage(nn.Module):
    """Every class of the trace's argument table at least once; forward takes no input of interest."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv1d(4, 6, 3, stride=2, padding=1, dilation=1, groups=2)
        self.conv2 = nn.Conv2d(3, 8, (3, 5), padding="same", bias=False)
        self.conv3 = nn.Conv3d(2, 4, (1, 3, 3), stride=(1, 2, 2), padding=(0, 1, 1), padding_mode="reflect")
        self.convt1 = nn.ConvTranspose1d(6, 3, 4, stride=2, padding=1)
        self.convt2 = nn.ConvTranspose2d(8, 4, (2, 3), stride=2, output_padding=(1, 0))
        self.convt3 = nn.ConvTranspose3d(4, 2, 2, stride=2)
        self.linear = nn.Linear(7, 5)
        self.identity = nn.Identity()
        self.relu = nn.ReLU()
        self.leaky = nn.LeakyReLU(0.2)
        self.elu = nn.ELU(alpha=0.5)
        self.prelu = nn.PReLU(3)
        self.selu = nn.SELU()
        self.gelu = nn.GELU()
        self.silu = nn.SiLU()
        self.sigmoid = nn.Sigmoid()
        self.tanh = nn.Tanh()
        self.softplus = nn.Softplus(beta=2, threshold=10)
        self.softmax = nn.Softmax(dim=1)
        self.logsoftmax = nn.LogSoftmax(dim=-1)
        self.layernorm = nn.LayerNorm([5])
        self.groupnorm = nn.GroupNorm(2, 4)
        self.bn1 = nn.BatchNorm1d(6)
        self.bn2 = nn.BatchNorm2d(8)
        self.maxpool1 = nn.MaxPool1d(2)
        self.maxpool2 = nn.MaxPool2d((2, 2), stride=1, ceil_mode=True)
        self.avgpool1 = nn.AvgPool1d(3, stride=1, padding=1)
        self.avgpool2 = nn.AvgPool2d(2, divisor_override=3)
        self.aavg1 = nn.AdaptiveAvgPool1d(3)
        self.aavg2 = nn.AdaptiveAvgPool2d((2, None))
        self.amax1 = nn.AdaptiveMaxPool1d(2)
        self.amax2 = nn.AdaptiveMaxPool2d(1)
        self.dropout = nn.Dropout(0.5)
        self.lstm = nn.LSTM(5, 4, batch_first=True)

    def forward(self, x):
        a = self.conv1(torch.randn(4, 9))                  # unbatched (C, L)
        a = self.bn1(self.maxpool1(torch.randn(2, 6, 8)))
        a = self.avgpool1(a)
        a = self.aavg1(a)
        a = self.amax1(a)
        a = self.convt1(torch.randn(6, 5))                 # unbatched
        b = self.conv2(torch.randn(2, 3, 6, 7))            # padding='same', tuple kernel
        b = self.bn2(b)
        b = self.relu(b)
        b = self.relu(b)                                   # the same module called twice
        b = self.maxpool2(b)
        b = self.avgpool2(b)
        b = self.aavg2(torch.randn(8, 5, 6))               # unbatched
        b = self.amax2(torch.randn(1, 8, 5, 6))
        b = self.convt2(torch.randn(1, 8, 3, 3))
        b = self.groupnorm(b)
        c = self.conv3(torch.randn(1, 2, 3, 6, 6))
        c = self.convt3(c)
        d = self.linear(torch.randn(2, 3, 7))              # more than 2 dimensions
        d = self.identity(d)
        d = self.layernorm(d)
        d = self.leaky(d)
        d = self.elu(d)
        d = self.prelu(torch.randn(2, 3, 4))
        d = self.selu(d)
        d = self.gelu(d)
        d = self.silu(d)
        d = self.sigmoid(d)
        d = self.tanh(d)
        d = self.softplus(d)
        d = self.softmax(d)
        d = self.logsoftmax(torch.randn(5))                # 1-d
        d = self.dropout(torch.randn(2, 5))
        d, _ = self.lstm(torch.randn(1, 3, 5))
        return x


MODELS = {
    "dcgan": lambda: (DCGANGenerator().eval(), (torch.randn(1, 100, 1, 1),)),
    "smallcnn": lambda: (SmallCNN().eval(), (torch.randn(1, 3, 32, 32),)),
    "coverage": lambda: (Coverage().eval(), (torch.zeros(1),)),
}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in MODELS and sys.argv[1] != "--list":
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(MODELS)}|--list")
    if sys.argv[1] == "--list":
        print("\n".join(MODELS))
    else:
        torch.manual_seed(0)
        model, inputs = MODELS[sys.argv[1]]()
        sys.stdout.write(dumps(trace(model, *inputs)))
