"""nnops trace: record every innermost module call of a PyTorch model.

Run your model once on one example input and print what nnops needs to count
its operations (format "nnops-trace", version 1, described in docs/trace-format.md):

    from nnops_trace import trace
    import json
    print(json.dumps(trace(model, torch.randn(1, 3, 224, 224))))

(or dumps(trace(...)) for one call per line).

Depends on torch only; works on PyTorch 1.13 and 2.x (tested on 1.13 and 2.6). It never reads the
model's weights or data beyond the example input. It records a module's call
when it is innermost: the module has no children (a leaf, always recorded), or
no other call of a module of the model happened while it ran. The second case
catches work done inside a module with children that its forward never calls:
nn.MultiheadAttention computes its output projection with the weights of its
child out_proj without calling it, so it is recorded as one call, not dropped.
A container (nn.Sequential, a block whose forward calls its layers) is not
recorded: its children are. PyTorch's fused inference paths (1.12 and 1.13:
TransformerEncoderLayer in eval mode under no_grad, without a mask, on a batched
input) run a whole layer without calling its children: the layer itself is then
the innermost call. PyTorch 2.x skips that path when hooks are attached, so
there the layer's children are recorded. The modules of a parametrization (torch.nn.utils.parametrize:
spectral_norm, 2.1's weight_norm) compute a layer's weight, not its output: they
are not hooked, so the parametrized layer stays the innermost call.

For each recorded call: the qualified name, the class, the constructor arguments
as PyTorch names them (read from the module's attributes), the training flag and
the input and output shapes (tuples such as an LSTM's (output, (h_n, c_n))
flattened in order). A module called twice appears twice.
`python3 nnops_trace.py` prints the trace of a small demo model.
"""
import json
import sys

import torch
from torch import nn
from torch.nn.utils import parametrize

FORMAT = "nnops-trace"
VERSION = 1

_CONV = ("in_channels", "out_channels", "kernel_size", "stride", "padding",
         "dilation", "groups", "bias", "padding_mode")
_CONVT = _CONV + ("output_padding",)
_MAXPOOL = ("kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode")
_AVGPOOL1 = ("kernel_size", "stride", "padding", "ceil_mode", "count_include_pad")
_RNN = ("input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout", "bidirectional")

# Constructor arguments by class name, as PyTorch names them; each is read from
# the attribute of the same name ("bias" is whether the module has one).
ARGS = {
    "Conv1d": _CONV, "Conv2d": _CONV, "Conv3d": _CONV,
    "ConvTranspose1d": _CONVT, "ConvTranspose2d": _CONVT, "ConvTranspose3d": _CONVT,
    "Linear": ("in_features", "out_features", "bias"),
    "Identity": (),
    "ReLU": ("inplace",),
    "LeakyReLU": ("negative_slope", "inplace"),
    "ELU": ("alpha", "inplace"),
    "PReLU": ("num_parameters",),
    "SELU": ("inplace",),
    "GELU": ("approximate",),
    "SiLU": ("inplace",),
    "Sigmoid": (),
    "Tanh": (),
    "Softplus": ("beta", "threshold"),
    "Hardtanh": ("min_val", "max_val", "inplace"),
    "ReLU6": ("inplace",),
    "Softmax": ("dim",),
    "LogSoftmax": ("dim",),
    "LayerNorm": ("normalized_shape", "eps", "elementwise_affine", "bias"),
    "GroupNorm": ("num_groups", "num_channels", "eps", "affine"),
    "BatchNorm1d": ("num_features", "eps", "momentum", "affine", "track_running_stats"),
    "BatchNorm2d": ("num_features", "eps", "momentum", "affine", "track_running_stats"),
    "MaxPool1d": _MAXPOOL, "MaxPool2d": _MAXPOOL,
    "AvgPool1d": _AVGPOOL1,
    "AvgPool2d": _AVGPOOL1 + ("divisor_override",),
    "AdaptiveAvgPool1d": ("output_size",), "AdaptiveAvgPool2d": ("output_size",),
    "AdaptiveMaxPool1d": ("output_size", "return_indices"),
    "AdaptiveMaxPool2d": ("output_size", "return_indices"),
    "MultiheadAttention": ("embed_dim", "num_heads", "dropout", "bias", "batch_first", "kdim", "vdim",
                           "add_bias_kv", "add_zero_attn"),
    "RNN": _RNN[:3] + ("nonlinearity",) + _RNN[3:],
    "GRU": _RNN,
    "LSTM": _RNN + ("proj_size",),
    "RNNCell": ("input_size", "hidden_size", "bias", "nonlinearity"),
    "GRUCell": ("input_size", "hidden_size", "bias"),
    "LSTMCell": ("input_size", "hidden_size", "bias"),
    "Dropout": ("p", "inplace"),
    "Flatten": ("start_dim", "end_dim"),
}
# Arguments a class does not keep under their own name, read from what it keeps instead.
_READ = {
    ("MultiheadAttention", "bias"): lambda m: m.in_proj_bias is not None,
    ("MultiheadAttention", "add_bias_kv"): lambda m: m.bias_k is not None,
}
# Defaults of attributes older PyTorch versions do not have (GELU's approximate before 1.12).
_MISSING = {"approximate": "none"}


def _value(v):
    """An attribute as JSON: tuples as lists, torch.Size as a list, None as null."""
    if isinstance(v, (bool, int, float, str)) or v is None:
        return v
    if isinstance(v, (tuple, list, torch.Size)):
        return [_value(x) for x in v]
    return str(v)


def class_name(module):
    """The module's class name; a parametrized module's class is PyTorch's subclass "Parametrized<Class>" of it."""
    cls = type(module)
    if parametrize.is_parametrized(module) and cls.__name__.startswith("Parametrized"):
        cls = cls.__bases__[0]
    return cls.__name__


def module_args(module):
    """The module's constructor arguments as PyTorch names them, or None for a class without a table."""
    names = ARGS.get(class_name(module))
    if names is None:
        return None
    args = {}
    for name in names:
        read = _READ.get((class_name(module), name))
        if read is not None:
            args[name] = _value(read(module))
        elif name == "bias":
            # LayerNorm takes bias= only from PyTorch 2.1; before, its bias follows elementwise_affine.
            # A module without a bias has the attribute set to None; recurrent modules keep the flag.
            bias = getattr(module, "bias", None)
            args[name] = bias if isinstance(bias, bool) else bias is not None
        elif hasattr(module, name):
            args[name] = _value(getattr(module, name))
        elif name in _MISSING:
            args[name] = _MISSING[name]
    if class_name(module) == "LayerNorm" and (not args.get("elementwise_affine") or args.get("bias")):
        # bias= exists from PyTorch 2.1 and only matters with elementwise_affine: recorded only when False.
        args.pop("bias", None)
    return args


def _shapes(value):
    """Shapes of the tensors in a value (a tensor, or tuples/lists of them), in order; None for anything else."""
    if isinstance(value, torch.Tensor):
        return [list(value.shape)]
    if isinstance(value, (tuple, list)):
        out = []
        for v in value:
            out.extend(_shapes(v))
        return out
    return [None]


def trace(model, *example_inputs):
    """Run model(*example_inputs) once without gradients and return its nnops-trace (a dict)."""
    calls = []
    handles = []
    # One entry per module call in progress: [module, whether another module's call happened during it].
    running = []

    def record(name, module, inputs, output):
        inner = False
        # Pop this call, and above it any call left open by an exception its caller caught:
        # that call still happened during this one.
        if any(m is module for m, _ in running):
            while True:
                m, flag = running.pop()
                if m is module:
                    inner = inner or flag
                    break
                inner = True
        if running:
            running[-1][1] = True
        if inner and next(iter(module.children()), None) is not None:
            return  # a container: the calls inside it are recorded
        calls.append({
            "name": name,
            "module": class_name(module),
            "args": module_args(module),
            "training": bool(module.training),
            "input_shapes": _shapes(tuple(inputs)),
            "output_shapes": _shapes(output),
        })

    def register(name, module):
        handles.append(module.register_forward_pre_hook(lambda m, args: running.append([m, False])))
        # PyTorch 2.0+ also passes keyword arguments to the hook (a layer called as f(input=x));
        # they follow the positional ones. PyTorch 1.13 has no with_kwargs.
        try:
            handles.append(module.register_forward_hook(
                lambda m, args, kwargs, out: record(name, m, tuple(args) + tuple(kwargs.values()), out),
                with_kwargs=True))
        except TypeError:
            handles.append(module.register_forward_hook(lambda m, args, out: record(name, m, args, out)))

    # The modules that compute a parametrized weight (spectral_norm, weight_norm of PyTorch 2.1+).
    weights = {id(sub) for m in model.modules() if parametrize.is_parametrized(m) for sub in m.parametrizations.modules()}
    for name, module in model.named_modules():
        if id(module) not in weights:
            register(name or class_name(module), module)
    try:
        with torch.no_grad():
            model(*example_inputs)
    finally:
        for h in handles:
            h.remove()
    return {
        "format": FORMAT,
        "version": VERSION,
        "torch_version": str(torch.__version__),
        "model": class_name(model),
        "inputs": [s for x in example_inputs for s in _shapes(x)],
        "calls": calls,
    }


def dumps(t):
    """The trace as JSON text, one call per line."""
    head = {k: v for k, v in t.items() if k != "calls"}
    calls = ",\n  ".join(json.dumps(c) for c in t["calls"])
    return json.dumps(head)[:-1] + ', "calls": [\n  ' + calls + "\n]}\n"


def _demo():
    """A small CNN on one 32x32 RGB image."""
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding="same"), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        nn.Flatten(), nn.Linear(32, 10), nn.Softmax(dim=1),
    ).eval()


if __name__ == "__main__":
    sys.stdout.write(dumps(trace(_demo(), torch.randn(1, 3, 32, 32))))
