// What other counting tools report for the layers that are not convolutions: Linear, Identity
// and the element-wise activations. Each formula is the one the project's survey read in the
// tool's source at the commit of tools.ts (shared notes "peers-modules.md" §3.3, §3.4, §6);
// nothing here is copied code. Counts are exact bigints; where a tool keeps its total in
// floating point the value here is exact, with a note above 2^53. A count is null where the
// tool raises or returns nothing, with a note saying why.
import type { PeerCount } from '../core/module.ts';
import { numel } from '../core/tensors.ts';
// Only the tools' kinds (ids, units): their words (tools.ts) stay out of the counters pages' script.
import { assemble, type Answer, type ToolId } from './kinds.ts';

/** The tools the survey read for every module (those with a scope were read for ConvTranspose1d only). */

/** One tool's answer before its unit and batch convention are attached. */

const FLOAT_TOOLS = new Set<ToolId>(['ptflops', 'thop', 'uthop', 'moduleprofiler']);


/**
 * ptflops' divisor N₀: the size of dim 0 of the model's first input (here the layer's own input).
 * A 0-d input has no length, and a zero one makes the division fail: no count then.
 */
function ptflopsDivide(shape: readonly bigint[], hookTotal: bigint, functional = 0n): Answer {
  if (shape.length === 0) return { count: null, note: 'Its batch counter takes len() of the input, which PyTorch refuses for a 0-d tensor (TypeError), so the tool reports nothing.' };
  const n0 = shape[0];
  if (n0 === 0n) return { count: null, note: 'The input’s first size is 0, so dividing the total by it raises ZeroDivisionError and the tool reports nothing.' };
  const rounded = hookTotal % n0 !== 0n ? ' The tool prints the fraction; the value here is rounded down.' : '';
  const copy = functional > 0n ? ' The patched functional adds a second copy of the count, not divided by N₀.' : '';
  return { count: hookTotal / n0 + functional, perSample: true, note: `Divided by N₀ = ${n0}, the input’s first size.${copy}${rounded}` };
}

// ------------------------------------------------------------------------------------ Linear

export interface LinearView {
  in_features: bigint;
  out_features: bigint;
  bias: boolean;
  input_shape: readonly bigint[];
}

/** Every tool's number for a valid Linear layer (peers-modules.md §3.3). */
export function linearPeers(p: LinearView): Record<string, PeerCount> {
  const x = p.input_shape;
  const R = numel(x.slice(0, -1));
  const [i, o] = [p.in_features, p.out_features];
  const P = R * i * o;
  const Y = R * o;
  const b = p.bias;
  const rank = x.length;
  // torchinfo 1.8.0 multiplies the parameters by output dim 0 only.
  const released = (i * o + (b ? o : 0n)) * (rank === 1 ? o : x[0]);
  const head = P + (b ? Y : 0n);
  // ptflops' aten backend sees addmm (products + bias) only where ATen's linear uses it in 1.13:
  // 2-d input with a bias, or contiguous 3-d input with a bias (flattened); otherwise mm, bias uncounted.
  const addmm = b && (rank === 2 || rank === 3);
  return assemble({
    flopcountermode: { count: 2n * P, note: b ? 'The bias addition is not counted (addmm is charged as its matrix product).' : undefined },
    fvcore: { count: P },
    ptflops: ptflopsDivide(x, head),
    ptflops_aten: { count: addmm ? P + Y : P, note: b && !addmm ? 'For this input rank ATen’s linear runs a matrix product and a separate addition, and the backend counts only the product: the bias is left out.' : undefined },
    thop: { count: P, note: b ? 'The bias is left out (its term is commented out in the source).' : undefined },
    uthop: { count: P, note: b ? 'The bias is left out.' : undefined },
    calflops_flops: { count: 2n * P, note: b ? 'The bias is left out of the FLOPs as well as the MACs.' : undefined },
    calflops_macs: { count: P },
    deepspeed_flops: { count: 2n * P, note: b ? 'The bias is left out of the FLOPs as well as the MACs.' : undefined },
    deepspeed_macs: { count: P },
    torchinfo: {
      count: head,
      note:
        released === head
          ? 'Counts one MAC per weight and bias entry per row (the Linear rule of unreleased HEAD, PR #318); release 1.8.0 gives the same here.'
          : `Counts one MAC per weight and bias entry per row (the Linear rule of unreleased HEAD, PR #318); release 1.8.0, the one on PyPI, multiplies by the output’s first size only and reports ${released}.`,
    },
    torchprofile: { count: P },
    moduleprofiler: {
      count: b ? 2n * P : R * o * (2n * i - 1n),
      note: !b && i === 0n && Y > 0n ? 'Its formula without a bias goes negative when in_features is 0: one operation fewer than none per output.' : undefined,
    },
  });
}

// ---------------------------------------------------------------------- element-wise modules

/** How the tools treat one element-wise module (peers-modules.md §3.4 and the golden records). */
export interface ElementwiseRule {
  /** Which route ptflops takes: no rule (0), the module hook only, or the hook plus a patched functional (counted twice). */
  ptflops: 'none' | 'hook' | 'hook+functional';
  /** calflops/DeepSpeed FLOPs per element through a patched functional (0 when the functional is not patched). */
  calflops: bigint;
  /** torchprofile's count per output element (0: on its zero-cost list or no op). */
  torchprofile: bigint;
  /** moduleprofiler's reference code: operations per element. */
  moduleprofiler: bigint;
  /** Why each tool gives what it gives, for the notes (by tool id). */
  notes?: Partial<Record<ToolId, string>>;
}

export const ELEMENTWISE: Readonly<Record<'identity' | 'relu' | 'sigmoid' | 'tanh' | 'leakyrelu' | 'elu' | 'selu' | 'softplus', ElementwiseRule>> = {
  identity: {
    ptflops: 'none',
    calflops: 0n,
    torchprofile: 0n,
    moduleprofiler: 0n,
    notes: {
      flopcountermode: 'No operator runs: the module returns its input object itself.',
      calflops_flops: 'A bare Identity has no parameters, and calculate_flops raises StopIteration reading the device from the first one; inside a model it adds 0.',
      calflops_macs: 'A bare Identity has no parameters, and calculate_flops raises StopIteration reading the device from the first one; inside a model it adds 0.',
    },
  },
  relu: {
    ptflops: 'hook+functional',
    calflops: 1n,
    torchprofile: 0n,
    moduleprofiler: 1n,
    notes: {
      fvcore: 'aten::relu is on its list of ignored operators.',
      thop: 'Registered as free (zero_ops).',
      torchprofile: 'aten::relu is on its zero-cost list.',
      calflops_flops: 'One FLOP per element through the patched F.relu. A bare ReLU has no parameters, and calculate_flops then raises StopIteration reading the device from the first one: the figure is what it adds inside a model.',
      calflops_macs: 'A bare ReLU has no parameters, and calculate_flops then raises StopIteration; inside a model it adds 0 MACs.',
    },
  },
  sigmoid: {
    ptflops: 'none',
    calflops: 0n,
    torchprofile: 0n,
    moduleprofiler: 3n,
    notes: {
      ptflops: 'No rule for Sigmoid, and torch.sigmoid is not patched.',
      thop: 'No rule for Sigmoid: counted as 0.',
      torchprofile: 'aten::sigmoid is on its zero-cost list.',
      calflops_flops: 'torch.sigmoid is not patched. A bare Sigmoid has no parameters, and calculate_flops then raises StopIteration reading the device from the first one.',
      calflops_macs: 'torch.sigmoid is not patched. A bare Sigmoid has no parameters, and calculate_flops then raises StopIteration.',
      moduleprofiler: 'Three per element: an exponential, an addition and a division.',
    },
  },
  tanh: {
    ptflops: 'none',
    calflops: 0n,
    torchprofile: 0n,
    moduleprofiler: 7n,
    notes: {
      ptflops: 'No rule for Tanh, and torch.tanh is not patched.',
      thop: 'No rule for Tanh: counted as 0.',
      torchprofile: 'aten::tanh is on its zero-cost list.',
      calflops_flops: 'torch.tanh is not patched. A bare Tanh has no parameters, and calculate_flops then raises StopIteration reading the device from the first one.',
      calflops_macs: 'torch.tanh is not patched. A bare Tanh has no parameters, and calculate_flops then raises StopIteration.',
      moduleprofiler: 'Seven per element: four exponentials, an addition, a subtraction and a division.',
    },
  },
  leakyrelu: {
    ptflops: 'hook',
    calflops: 1n,
    torchprofile: 1n,
    moduleprofiler: 4n,
    notes: {
      ptflops: 'F.leaky_relu is not among the patched functionals, so the module is counted once, by its hook.',
      thop: 'Its rule for LeakyReLU returns 0 (version 0.0.31 counted one per element).',
      uthop: 'Registered as free since July 2026.',
      torchprofile: 'One per output element (aten::leaky_relu).',
      calflops_flops: 'One FLOP per element through the patched F.leaky_relu. A bare LeakyReLU has no parameters, and calculate_flops then raises StopIteration: the figure is what it adds inside a model.',
      calflops_macs: 'A bare LeakyReLU has no parameters, and calculate_flops then raises StopIteration; inside a model it adds 0 MACs.',
      moduleprofiler: 'Four per element, from its code: no documentation page derives it.',
    },
  },
  elu: {
    ptflops: 'hook+functional',
    calflops: 1n,
    torchprofile: 0n,
    moduleprofiler: 3n,
    notes: {
      thop: 'No rule for ELU: counted as 0.',
      uthop: 'No rule for ELU: counted as 0.',
      torchprofile: 'aten::elu has no handler: skipped with a warning.',
      calflops_flops: 'One FLOP per element through the patched F.elu. A bare ELU has no parameters, and calculate_flops then raises StopIteration: the figure is what it adds inside a model.',
      calflops_macs: 'A bare ELU has no parameters, and calculate_flops then raises StopIteration; inside a model it adds 0 MACs.',
      moduleprofiler: 'Three per element, from its code: no documentation page derives it.',
    },
  },
  selu: {
    ptflops: 'none',
    calflops: 0n,
    torchprofile: 0n,
    moduleprofiler: 7n,
    notes: {
      ptflops: 'No rule for SELU, and F.selu is not patched.',
      thop: 'No rule for SELU: counted as 0.',
      torchprofile: 'aten::selu has no handler: skipped with a warning.',
      calflops_flops: 'F.selu is not patched. A bare SELU has no parameters, and calculate_flops then raises StopIteration.',
      calflops_macs: 'F.selu is not patched. A bare SELU has no parameters, and calculate_flops then raises StopIteration.',
      moduleprofiler: 'Seven per element, from its code: no documentation page derives it.',
    },
  },
  softplus: {
    ptflops: 'none',
    calflops: 0n,
    torchprofile: 0n,
    moduleprofiler: 5n,
    notes: {
      ptflops: 'No rule for Softplus, and F.softplus is not patched.',
      thop: 'No rule for Softplus: counted as 0.',
      torchprofile: 'aten::softplus has no handler: skipped with a warning.',
      calflops_flops: 'F.softplus is not patched. A bare Softplus has no parameters, and calculate_flops then raises StopIteration.',
      calflops_macs: 'F.softplus is not patched. A bare Softplus has no parameters, and calculate_flops then raises StopIteration.',
      moduleprofiler: 'Five per element, from its code: no documentation page derives it.',
    },
  },
};

/** Every tool's number for a valid element-wise layer on an input of this shape. */
export function elementwisePeers(rule: ElementwiseRule, shape: readonly bigint[]): Record<string, PeerCount> {
  const X = numel(shape);
  const n = rule.notes ?? {};
  const zero = (id: ToolId): Answer => ({ count: 0n, note: n[id] });
  // With no hook for the module, ptflops still reads the batch on the root and divides the model's
  // total by it: nothing on a 0-d input or an empty batch, as for the modules it counts.
  const unhooked = (): Answer => {
    const divided = ptflopsDivide(shape, 0n);
    return divided.count === null ? divided : zero('ptflops');
  };
  const ptflops: Answer = rule.ptflops === 'none' ? unhooked() : ptflopsDivide(shape, X, rule.ptflops === 'hook+functional' ? X : 0n);
  return assemble({
    flopcountermode: { count: 0n, note: n.flopcountermode ?? 'No element-wise operator is in its registry.' },
    fvcore: zero('fvcore'),
    ptflops,
    ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
    thop: zero('thop'),
    uthop: zero('uthop'),
    calflops_flops: { count: rule.calflops * X, note: n.calflops_flops },
    calflops_macs: zero('calflops_macs'),
    deepspeed_flops: { count: rule.calflops * X },
    deepspeed_macs: { count: 0n },
    torchinfo: { count: 0n, note: 'It derives MACs from parameter counts, and the module has none.' },
    torchprofile: { count: rule.torchprofile * X, note: n.torchprofile },
    moduleprofiler: { count: rule.moduleprofiler * X, note: n.moduleprofiler },
  });
}

// ----------------------------------------------------------------------------------- Softmax

export interface SoftmaxView {
  dim: bigint | null;
  input_shape: readonly bigint[];
}

/** Every tool's number for a valid Softmax layer (peers-modules.md §3.5); `d` is the dimension PyTorch normalises over. */
export function softmaxPeers(p: SoftmaxView, d: number): Record<string, PeerCount> {
  const x = p.input_shape;
  const X = numel(x);
  const n = x.length === 0 ? 1n : x[d];
  const M = numel(x.filter((_, i) => i !== d));
  const implicit = p.dim === null;
  const scalar = x.length === 0;
  // thop reads input.size()[dim] and divides numel by it.
  const thopLike = (who: string, resolvesNone: boolean): Answer => {
    if (implicit && !resolvesNone) return { count: null, note: `With dim=None ${who} indexes the input’s sizes with None and raises TypeError.` };
    if (scalar) return { count: null, note: 'A 0-d input has no size to read along dim: IndexError.' };
    if (n === 0n) return { count: null, note: 'It divides the element count by the length of the softmax dimension, which is 0 here: ZeroDivisionError.' };
    return { count: (X / n) * (3n * n - 1n), note: 'Per row: n exponentials, n − 1 additions and n divisions, no maximum.' };
  };
  const mp: Answer = implicit
    ? { count: null, note: 'With dim=None its function asks PyTorch for the dimension named None and raises RuntimeError (“Please look up dimensions by name”).' }
    : scalar
      ? { count: null, note: 'On a 0-d input its function reads a size along dim, which a 0-d tensor does not have: IndexError.' }
      : { count: M * (4n * n - 1n), note: n === 0n && M > 0n ? 'Over an empty dimension its formula goes negative, −1 per row.' : undefined };
  const bare = 'A bare Softmax has no parameters, and calculate_flops then raises StopIteration reading the device from the first one: the figure is what it adds inside a model.';
  return assemble({
    flopcountermode: { count: 0n, note: 'No softmax operator is in its registry.' },
    fvcore: { count: 0n, note: 'aten::softmax is not supported: skipped with a warning.' },
    ptflops: scalar
      ? { count: null, note: 'Its batch counter takes len() of the input, which PyTorch refuses for a 0-d tensor (TypeError), so the tool reports nothing.' }
      : { count: X, note: 'nn.Softmax has no module hook; the patched F.softmax counts one per element, not divided by the batch.' },
    ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
    thop: thopLike('thop', false),
    uthop: thopLike('ultralytics-thop', true),
    calflops_flops: { count: X, note: `One FLOP per element through the patched F.softmax. ${bare}` },
    calflops_macs: { count: 0n, note: bare },
    deepspeed_flops: { count: X },
    deepspeed_macs: { count: 0n },
    torchinfo: { count: 0n, note: 'It derives MACs from parameter counts, and the module has none.' },
    torchprofile: { count: 0n, note: 'aten::softmax is on its zero-cost list.' },
    moduleprofiler: mp,
  });
}
