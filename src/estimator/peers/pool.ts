// What other counting tools report for MaxPool1d/2d and AvgPool1d/2d (peers-modules.md §3.7 and
// the compact table of §1). Each formula is the survey's reading of the tool's source at the
// commit of tools.ts; nothing here is copied code. Counts are exact bigints; a count is null
// where the tool raises, with a note saying why.
import type { PeerCount } from '../core/module.ts';
import { assemble, type Answer, type ToolId } from './kinds.ts';



const FLOAT_TOOLS = new Set<ToolId>(['ptflops', 'thop', 'uthop', 'moduleprofiler']);


/** What the tools need to know of a valid pool layer. */
export interface PoolView {
  kind: 'max' | 'avg';
  nd: 1 | 2;
  /** The input's shape, (N, C, *sizes) or (C, *sizes). */
  input_shape: readonly bigint[];
  /** Elements of the (first) output, Y. */
  outputs: bigint;
  /** Elements of the input, X. */
  inputs: bigint;
  /** ∏ k. */
  window_elements: bigint;
  /** kernel_size exactly as the module stores it (an int or a tuple). */
  kernel_size: bigint | readonly bigint[];
  return_indices: boolean;
  count_include_pad: boolean;
  /** Per (sample, channel) plane: Σ real elements over the windows, and Σ count_include_pad's divisors. */
  taps_in_bounds: bigint;
  padded_extent: bigint;
  /** Planes N·C. */
  planes: bigint;
}

const BARE = 'A bare pool has no parameters, and calculate_flops then raises StopIteration reading the device from the first one: the figure is what it adds inside a model.';

/** Every tool's number for a valid pool layer. */
export function poolPeers(v: PoolView): Record<string, PeerCount> {
  const { inputs: X, outputs: Y } = v;
  const n0 = v.input_shape[0];
  const op = `${v.kind === 'max' ? 'max' : 'avg'}_pool${v.nd}d`;
  const ptflops: Answer =
    n0 === 0n
      ? { count: null, note: 'The input’s first size is 0, so dividing the total by it raises ZeroDivisionError and the tool reports nothing.' }
      : {
          count: X / n0 + X,
          perSample: true,
          note: `Its module hook counts one per input element, divided by N₀ = ${n0} (the input’s first size); the patched F.${op} adds the same count again, not divided.${X % n0 !== 0n ? ' The tool prints the fraction; the value here is rounded down.' : ''}`,
        };
  let moduleprofiler: Answer;
  if (v.kind === 'max') {
    moduleprofiler = v.return_indices
      ? { count: null, note: 'With return_indices=True the module returns a tuple, and its function reads .size() of it: AttributeError.' }
      : { count: Y, note: 'One operation per output element, however many elements each window compares.' };
  } else if (v.nd === 2 && typeof v.kernel_size === 'bigint') {
    moduleprofiler = { count: null, note: 'Its function indexes kernel_size[0] and [1], but nn.AvgPool2d keeps an integer kernel_size as given: TypeError.' };
  } else if (v.nd === 2 && (v.kernel_size as readonly bigint[]).length < 2) {
    moduleprofiler = { count: null, note: 'Its function indexes kernel_size[1], which a one-entry tuple does not have: IndexError.' };
  } else {
    moduleprofiler = { count: Y * v.window_elements, note: 'k operations per output element: every window counted as full, padding and the ceil_mode overhang included.' };
  }
  const avg = v.kind === 'avg';
  const windows = v.planes * (v.count_include_pad ? v.padded_extent : v.taps_in_bounds);
  return assemble({
    flopcountermode: { count: 0n, note: 'No pooling operator is in its registry.' },
    fvcore: { count: 0n, note: `aten::${op} is not among its supported operators: skipped with a warning.` },
    ptflops,
    ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
    thop: avg ? { count: Y, note: 'One per output element: its rule has the window additions commented out.' } : { count: 0n, note: 'Registered as free (zero_ops).' },
    uthop: avg
      ? { count: windows + Y, note: 'Since July 2026 (#148, #150): each window’s size clipped to the input, padding counted as count_include_pad says, plus one division per output. Read from the survey’s description; how it treats divisor_override is not recorded.' }
      : { count: 0n, note: 'Max pools are registered as free.' },
    calflops_flops: { count: X, note: `One FLOP per input element through the patched F.${op}. ${BARE}` },
    calflops_macs: { count: 0n, note: BARE },
    deepspeed_flops: { count: X, note: `One FLOP per input element through the patched F.${op}.` },
    deepspeed_macs: { count: 0n },
    torchinfo: { count: 0n, note: 'It derives MACs from parameter counts, and the module has none.' },
    torchprofile: avg ? { count: Y, note: 'One per output element.' } : { count: 0n, note: `aten::${op} is on its zero-cost list.` },
    moduleprofiler,
  });
}
