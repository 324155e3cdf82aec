// What other counting tools report for the clamp family, Hardtanh and ReLU6. Both modules run
// F.hardtanh (nn.ReLU6 is a Hardtanh subclass and never calls F.relu6), so tools that patch
// F.relu6 see nothing. Each rule was read in the tool's source at the commit of tools.ts
// (peers-modules.md does not cover these modules); nothing here is copied code.
import type { PeerCount } from '../core/module.ts';
import { numel } from '../core/tensors.ts';
import { assemble, type Answer } from './kinds.ts';

const FLOAT_TOOLS = new Set<string>(['ptflops']);

/** ptflops' pytorch backend: the module hook's total (one per output element) divided by N₀, the input's first size. */
function ptflopsHook(shape: readonly bigint[], X: bigint): Answer {
  if (shape.length === 0) return { count: null, note: 'Its batch counter takes len() of the input, which PyTorch refuses for a 0-d tensor (TypeError), so the tool reports nothing.' };
  const n0 = shape[0];
  if (n0 === 0n) return { count: null, note: 'The input’s first size is 0, so dividing the total by it raises ZeroDivisionError and the tool reports nothing.' };
  const rounded = X % n0 !== 0n ? ' The tool prints the fraction; the value here is rounded down.' : '';
  return {
    count: X / n0,
    perSample: true,
    note: `Its ReLU6 hook (the ReLU one) charges one per output element, divided by N₀ = ${n0}, the input’s first size. F.relu6 is patched too, but nn.ReLU6 calls F.hardtanh, so there is no second copy.${rounded}`,
  };
}

/** Every tool's number for a valid Hardtanh or ReLU6 layer on an input of this shape. */
export function clampPeers(module: 'hardtanh' | 'relu6', shape: readonly bigint[]): Record<string, PeerCount> {
  const X = numel(shape);
  const relu6 = module === 'relu6';
  const name = relu6 ? 'ReLU6' : 'Hardtanh';
  const bare = `A bare ${name} has no parameters, and calculate_flops then raises StopIteration reading the device from the first one; inside a model it adds 0.`;
  return assemble(
    {
      flopcountermode: { count: 0n, note: 'No element-wise operator is in its registry.' },
      fvcore: { count: 0n, note: 'aten::hardtanh has no handle and is not on its ignored list: skipped with an unsupported-operator warning.' },
      ptflops: relu6 ? ptflopsHook(shape, X) : { count: 0n, note: 'No rule for Hardtanh, and F.hardtanh is not patched.' },
      ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
      thop: { count: 0n, note: relu6 ? 'Registered as free (zero_ops).' : 'No rule for Hardtanh: counted as 0.' },
      uthop: { count: 0n, note: relu6 ? 'Registered as free (zero_ops).' : 'No rule for Hardtanh: counted as 0.' },
      calflops_flops: { count: 0n, note: `It patches F.relu6 but not F.hardtanh, which the module calls. ${bare}` },
      calflops_macs: { count: 0n, note: bare },
      deepspeed_flops: { count: 0n, note: 'It patches F.relu6 but not F.hardtanh, which the module calls.' },
      deepspeed_macs: { count: 0n },
      torchinfo: { count: 0n, note: 'It derives MACs from parameter counts, and the module has none.' },
      torchprofile: { count: 0n, note: 'aten::hardtanh is on its zero-cost list.' },
      moduleprofiler: { count: null, note: `get_default_ops_map has no function for ${name}, so its default function returns None.` },
    },
    FLOAT_TOOLS,
  );
}
