"""The models whose traces nnops ships (the /profile/ page's presets) and tests.

    /usr/bin/python3 tools/models.py NAME      prints the trace of model NAME
    /usr/bin/python3 tools/models.py --list    the names
    /usr/bin/python3 tools/presets.py          rewrites src/data/traces/ (every preset and presets.json)

Presets (PRESETS below: id, label, description, input), in the page's order:
resnet18, mobilenetv2 (torchvision 0.14+, built with weights=None: nothing is downloaded),
hifigan, dcgan, gru-se, transformer, smallcnn.
Test models: coverage exercises every class of the snippet's argument table: unbatched inputs,
tuple arguments, padding='same', a module called twice, a MultiheadAttention inside a
TransformerEncoderLayer, a GRU and an LSTM returning tuples, and a module nnops does not cover
(a TransformerEncoderLayer on PyTorch's fused path, recorded as one call). Needs torch; the torchvision presets need torchvision.
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


class ResBlock1(nn.Module):
    """HiFi-GAN's ResBlock1: three pairs of dilated and plain convolutions, each pair residual."""

    def __init__(self, channels, kernel_size=3, dilation=(1, 3, 5), slope=0.1):
        super().__init__()
        pad = lambda d: (kernel_size * d - d) // 2  # noqa: E731  (HiFi-GAN's get_padding)
        self.convs1 = nn.ModuleList([nn.Conv1d(channels, channels, kernel_size, 1, dilation=d, padding=pad(d)) for d in dilation])
        self.convs2 = nn.ModuleList([nn.Conv1d(channels, channels, kernel_size, 1, dilation=1, padding=pad(1)) for _ in dilation])
        self.lrelu = nn.LeakyReLU(slope)

    def forward(self, x):
        for c1, c2 in zip(self.convs1, self.convs2):
            x = c2(self.lrelu(c1(self.lrelu(x)))) + x
        return x


class HiFiGANGenerator(nn.Module):
    """The HiFi-GAN V1 generator (Kong et al. 2020, github.com/jik876/hifi-gan, config_v1.json).

    As in the original, without weight norm (removed for inference by remove_weight_norm()), and with
    its functional calls made modules so that the trace sees them: F.leaky_relu(x, 0.1) is
    nn.LeakyReLU(0.1) (the last one, F.leaky_relu(x), keeps PyTorch's default slope 0.01, as in
    the original) and torch.tanh is nn.Tanh. The residual sums and the average of the three
    ResBlocks are tensor arithmetic in forward, not modules.
    """

    def __init__(self, mels=80, upsample_rates=(8, 8, 2, 2), upsample_kernel_sizes=(16, 16, 4, 4),
                 channels=512, resblock_kernel_sizes=(3, 7, 11), resblock_dilations=((1, 3, 5),) * 3):
        super().__init__()
        self.num_kernels = len(resblock_kernel_sizes)
        self.conv_pre = nn.Conv1d(mels, channels, 7, 1, padding=3)
        self.ups = nn.ModuleList([
            nn.ConvTranspose1d(channels // 2 ** i, channels // 2 ** (i + 1), k, u, padding=(k - u) // 2)
            for i, (u, k) in enumerate(zip(upsample_rates, upsample_kernel_sizes))
        ])
        self.resblocks = nn.ModuleList([
            ResBlock1(channels // 2 ** (i + 1), k, d)
            for i in range(len(self.ups)) for k, d in zip(resblock_kernel_sizes, resblock_dilations)
        ])
        self.lrelu = nn.LeakyReLU(0.1)
        self.lrelu_post = nn.LeakyReLU(0.01)
        self.conv_post = nn.Conv1d(channels // 2 ** len(self.ups), 1, 7, 1, padding=3)
        self.tanh = nn.Tanh()

    def forward(self, x):
        x = self.conv_pre(x)
        for i, up in enumerate(self.ups):
            x = up(self.lrelu(x))
            blocks = self.resblocks[i * self.num_kernels:(i + 1) * self.num_kernels]
            x = sum(block(x) for block in blocks) / self.num_kernels
        return self.tanh(self.conv_post(self.lrelu_post(x)))


class GRUSpeechEnhancer(nn.Module):
    """A GRU mask estimator on STFT magnitudes: 257 bins -> Linear -> 2-layer GRU -> Linear -> Sigmoid mask."""

    def __init__(self, bins=257, hidden=256, layers=2):
        super().__init__()
        self.proj = nn.Linear(bins, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.mask = nn.Linear(hidden, bins)
        self.sigmoid = nn.Sigmoid()

    def forward(self, spec):
        h, _ = self.gru(self.proj(spec))
        return spec * self.sigmoid(self.mask(h))


class SmallTransformer(nn.Module):
    """Two nn.TransformerEncoderLayer(d_model=256, nhead=4, dim_feedforward=1024, batch_first=True).

    The activation is passed as nn.ReLU() (the same function as the default F.relu, but a module the
    trace sees). The encoder is called with an all-zero additive attention mask, which masks nothing:
    with a mask PyTorch 1.13 runs each layer's modules one by one instead of its fused inference kernel
    (torch._transformer_encoder_layer_fwd), which would be recorded as one uncovered call per layer.
    """

    def __init__(self, d_model=256, nhead=4, dim_feedforward=1024, layers=2):
        super().__init__()
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, activation=nn.ReLU(), batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)

    def forward(self, x):
        return self.encoder(x, mask=torch.zeros(x.shape[1], x.shape[1]))


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
        self.hardtanh = nn.Hardtanh(-2.0, 0.5, inplace=True)
        self.relu6 = nn.ReLU6()
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
        self.flatten = nn.Flatten(-3, -2)
        self.lstm = nn.LSTM(5, 4, batch_first=True)
        self.lstm_proj = nn.LSTM(5, 4, num_layers=2, bidirectional=True, proj_size=2, bias=False)
        self.rnn = nn.RNN(5, 3, nonlinearity="relu", dropout=0.0)
        self.gru = nn.GRU(5, 4, num_layers=2, batch_first=True)
        self.rnncell = nn.RNNCell(5, 3, nonlinearity="tanh")
        self.grucell = nn.GRUCell(5, 4, bias=False)
        self.lstmcell = nn.LSTMCell(5, 4)
        self.mha = nn.MultiheadAttention(8, 2, kdim=6, vdim=4, add_bias_kv=True, batch_first=True)
        self.encoder_layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0)
        self.fused_layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)

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
        e = self.hardtanh(torch.randn(2, 3))               # bounds other than the defaults, in place
        e = self.relu6(e)
        d = self.softmax(d)
        d = self.logsoftmax(torch.randn(5))                # 1-d
        d = self.dropout(torch.randn(2, 5))
        d = self.flatten(torch.randn(2, 3, 4, 5))          # negative dims: (2, 12, 5)
        d, _ = self.lstm(torch.randn(1, 3, 5))            # (output, (h_n, c_n))
        d, _ = self.lstm_proj(torch.randn(3, 5))           # unbatched, projections, two directions
        d, _ = self.rnn(torch.randn(3, 2, 5))
        d, _ = self.gru(torch.randn(2, 3, 5))              # (output, h_n)
        d = self.rnncell(torch.randn(2, 5))
        d = self.grucell(torch.randn(5))                   # unbatched
        d = self.lstmcell(torch.randn(2, 5))               # (h_1, c_1)
        h, c = torch.zeros(2, 4), torch.zeros(2, 4)
        for _ in range(3):                                 # a cell in a Python loop over time, carrying its state
            h, c = self.lstmcell(torch.randn(2, 5), (h, c))
        g = None
        for _ in range(2):                                 # unbatched, h_0 omitted on the first step only
            g = self.grucell(torch.randn(5), g)
        d, _ = self.gru(torch.randn(2, 3, 5), torch.zeros(2, 2, 4))  # with h_0
        d, _ = self.lstm(torch.randn(1, 3, 5), (torch.zeros(1, 1, 4), torch.zeros(1, 1, 4)))  # with (h_0, c_0)
        q = torch.randn(1, 3, 8)
        d, _ = self.mha(q, torch.randn(1, 4, 6), torch.randn(1, 4, 4))
        d = self.encoder_layer(torch.randn(3, 8))          # unbatched: its MultiheadAttention, Linear, ... are recorded
        d = self.fused_layer(torch.randn(1, 3, 8))         # batched, eval, no mask: PyTorch's fused path, one call
        return x


def _torchvision(name):
    def build():
        try:
            import torchvision
        except ImportError:
            sys.exit("the torchvision presets need torchvision (Debian: apt-get install python3-torchvision)")
        return getattr(torchvision.models, name)(weights=None).eval(), (torch.randn(1, 3, 224, 224),)
    return build


MODELS = {
    "resnet18": _torchvision("resnet18"),
    "mobilenetv2": _torchvision("mobilenet_v2"),
    "hifigan": lambda: (HiFiGANGenerator().eval(), (torch.randn(1, 80, 32),)),
    "dcgan": lambda: (DCGANGenerator().eval(), (torch.randn(1, 100, 1, 1),)),
    "gru-se": lambda: (GRUSpeechEnhancer().eval(), (torch.randn(1, 100, 257),)),
    "transformer": lambda: (SmallTransformer().eval(), (torch.randn(1, 64, 256),)),
    "smallcnn": lambda: (SmallCNN().eval(), (torch.randn(1, 3, 32, 32),)),
    "coverage": lambda: (Coverage().eval(), (torch.zeros(1),)),
}

# The /profile/ page's presets, in its order: src/data/traces/<id>.json and presets.json (tools/presets.py).
PRESETS = [
    {"id": "resnet18", "label": "ResNet-18",
     "description": "torchvision's ResNet-18 (built with weights=None) on one 224×224 RGB image: convolutions, batch norm, "
                    "ReLU, max and adaptive average pooling and a linear classifier. The residual additions and the "
                    "flatten are tensor operations in forward, not modules, so they are not in the trace.",
     "input": [1, 3, 224, 224]},
    {"id": "mobilenetv2", "label": "MobileNetV2",
     "description": "torchvision's MobileNetV2 (built with weights=None) on one 224×224 RGB image: pointwise and depthwise "
                    "convolutions, batch norm, ReLU6, dropout and a linear classifier. "
                    "Its global pooling and residual additions are functional calls, not in the trace.",
     "input": [1, 3, 224, 224]},
    {"id": "hifigan", "label": "HiFi-GAN V1 generator",
     "description": "The HiFi-GAN V1 vocoder generator (upsampling 8, 8, 2, 2 with kernels 16, 16, 4, 4; 512 initial channels; "
                    "ResBlock1 kernels 3, 7, 11, dilations 1, 3, 5) on 32 frames of an 80-bin mel spectrogram, giving 8,192 "
                    "samples. Every convolution is kept, without weight norm (removed for inference). The original calls "
                    "leaky ReLU (slope 0.1, the last one 0.01) and tanh as functions; here they are nn.LeakyReLU and nn.Tanh "
                    "modules so that the trace sees them. The residual sums and the average of the ResBlocks are not modules.",
     "input": [1, 80, 32]},
    {"id": "dcgan", "label": "DCGAN generator",
     "description": "The DCGAN generator of the PyTorch examples (64×64 images from a 100-dimensional code): transposed "
                    "convolutions, batch norm, ReLU and Tanh.",
     "input": [1, 100, 1, 1]},
    {"id": "gru-se", "label": "GRU speech enhancement",
     "description": "A mask-based speech enhancement model on 100 frames of a 257-bin STFT magnitude: Linear to 256, a 2-layer "
                    "GRU (batch_first), Linear back to 257 and a sigmoid mask. The product of the mask and the input is a "
                    "tensor operation in forward, not in the trace.",
     "input": [1, 100, 257]},
    {"id": "transformer", "label": "Small Transformer encoder",
     "description": "nn.TransformerEncoder of 2 nn.TransformerEncoderLayer(d_model=256, nhead=4, dim_feedforward=1024, "
                    "batch_first=True) on 64 tokens: self-attention (nn.MultiheadAttention, recorded as one call), linear "
                    "layers, layer norm, ReLU (passed as an nn.ReLU module) and dropout. It is called with an all-zero "
                    "attention mask, which masks nothing but makes PyTorch 1.13 run the layers' modules one by one instead "
                    "of its fused inference kernel. The residual additions are not modules.",
     "input": [1, 64, 256]},
    {"id": "smallcnn", "label": "Small CNN",
     "description": "A small image classifier for 32×32 inputs: convolutions, batch norm, ReLU, max pooling and a linear head.",
     "input": [1, 3, 32, 32]},
]


def model_trace(name):
    """The trace (a dict) of model NAME, with the random seed fixed."""
    torch.manual_seed(0)
    model, inputs = MODELS[name]()
    return trace(model, *inputs)


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in MODELS and sys.argv[1] != "--list":
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(MODELS)}|--list")
    if sys.argv[1] == "--list":
        print("\n".join(MODELS))
    else:
        sys.stdout.write(dumps(model_trace(sys.argv[1])))
