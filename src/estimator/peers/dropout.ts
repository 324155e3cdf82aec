// What other counting tools report for Dropout and Flatten. The project's survey of the tools
// (shared notes "peers-modules.md") does not cover these two modules, and the tools' own rules for
// them were not read for this release: only the figures that follow from a tool's documented design
// (an operator registry of matrix products and convolutions, or MACs derived from parameters, of
// which these modules have none) are given; every other tool's count is null, marked not surveyed.
import type { PeerCount } from '../core/module.ts';
import { assemble, type Answer, type CommonToolId } from './kinds.ts';

const NOT_SURVEYED: Answer = { count: null, note: 'Not surveyed: this tool’s rule for the module was not read, so no figure is given rather than a guess.' };

function answers(known: Partial<Record<CommonToolId, Answer>>): Record<CommonToolId, Answer> {
  const all: Record<string, Answer> = {};
  for (const id of ['flopcountermode', 'fvcore', 'ptflops', 'ptflops_aten', 'thop', 'uthop', 'calflops_flops', 'calflops_macs', 'deepspeed_flops', 'deepspeed_macs', 'torchinfo', 'torchprofile', 'moduleprofiler'] as const) {
    all[id] = known[id] ?? NOT_SURVEYED;
  }
  return all as Record<CommonToolId, Answer>;
}

/** Every tool's number for a valid Dropout layer (any p, either mode). */
export function dropoutPeers(): Record<string, PeerCount> {
  return assemble(
    answers({
      flopcountermode: { count: 0n, note: 'Its registry holds matrix products, convolutions and attention; the mask draw, division and multiplication are not in it.' },
      ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
      torchinfo: { count: 0n, note: 'It derives MACs from parameter counts, and Dropout has no parameters.' },
    }),
  );
}

/** Every tool's number for a valid Flatten layer. */
export function flattenPeers(): Record<string, PeerCount> {
  return assemble(
    answers({
      flopcountermode: { count: 0n, note: 'Flatten runs a view or a reshape, and no such operator is in its registry.' },
      ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
      torchinfo: { count: 0n, note: 'It derives MACs from parameter counts, and Flatten has no parameters.' },
    }),
  );
}
