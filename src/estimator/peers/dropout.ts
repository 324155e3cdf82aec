// What other counting tools report for Dropout and Flatten. The project's survey (shared notes
// "peers-modules.md") does not cover these two modules; each rule below was read in the tool's
// source at the commit of tools.ts for this release. Nothing here is copied code. Counts are exact
// bigints; a count is null where the tool raises or reports nothing, with a note saying why.
import type { PeerCount } from '../core/module.ts';
import { assemble, type Answer } from './kinds.ts';

/** ptflops' pytorch backend: no rule for the module (hook total 0), divided by N₀, the input's first size. */
function ptflops(shape: readonly bigint[], cls: string): Answer {
  if (shape.length === 0) return { count: null, note: 'Its batch counter takes len() of the input, which PyTorch refuses for a 0-d tensor (TypeError), so the tool reports nothing.' };
  if (shape[0] === 0n) return { count: null, note: 'The input’s first size is 0, and the tool divides its total (0) by it: ZeroDivisionError, so it reports nothing.' };
  return { count: 0n, perSample: true, note: `${cls} is not in its module mapping and nothing it calls is patched, so it adds 0 (divided by N₀ = ${shape[0]}).` };
}

const NO_PARAMS = (cls: string) => `A bare ${cls} has no parameters, and calculate_flops raises StopIteration reading the device from the first one; inside a model it adds 0.`;

function peersOf(cls: string, shape: readonly bigint[], why: { fvcore: string; thop: string; uthop: string; calflops: string; torchprofile: string }): Record<string, PeerCount> {
  return assemble({
    flopcountermode: { count: 0n, note: `None of the operators ${cls} runs is in its registry of matrix products, convolutions and attention.` },
    fvcore: { count: 0n, note: why.fvcore },
    ptflops: ptflops(shape, cls),
    ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
    thop: { count: 0n, note: why.thop },
    uthop: { count: 0n, note: why.uthop },
    calflops_flops: { count: 0n, note: `${why.calflops} ${NO_PARAMS(cls)}` },
    calflops_macs: { count: 0n, note: NO_PARAMS(cls) },
    deepspeed_flops: { count: 0n, note: why.calflops.replace('calflops', 'DeepSpeed’s profiler') },
    deepspeed_macs: { count: 0n },
    torchinfo: { count: 0n, note: `It derives MACs from parameter counts, and ${cls} has none.` },
    torchprofile: { count: 0n, note: why.torchprofile },
    moduleprofiler: { count: null, note: `Its ops map has no entry for ${cls}: the default function returns None.` },
  });
}

/** Every tool's number for a valid Dropout layer (any p, either mode). */
export function dropoutPeers(shape: readonly bigint[]): Record<string, PeerCount> {
  return peersOf('Dropout', shape, {
    fvcore: 'aten::dropout is on its list of ignored operators.',
    thop: 'Registered as free (zero_ops). thop also puts the model in eval mode before counting.',
    uthop: 'Registered as free (zero_ops) through the dropout classes’ shared base.',
    calflops: 'calflops defines a dropout rule returning 0 but does not patch F.dropout with it; nothing else Dropout calls is patched.',
    torchprofile: 'aten::dropout is on its zero-cost list.',
  });
}

/** Every tool's number for a valid Flatten layer. */
export function flattenPeers(shape: readonly bigint[]): Record<string, PeerCount> {
  return peersOf('Flatten', shape, {
    fvcore: 'aten::flatten is on its list of ignored operators.',
    thop: 'No rule for Flatten: a module without one is counted as 0.',
    uthop: 'Registered as free (zero_ops).',
    calflops: 'calflops does not patch torch.flatten or Tensor.flatten.',
    torchprofile: 'aten::flatten is on its zero-cost list.',
  });
}
