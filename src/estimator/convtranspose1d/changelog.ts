// What each version of ConvTranspose1d's counting rules changed, in words: the changelog page
// reads it (src/estimator/convtranspose1d/versions.ts has the versions themselves). Kept apart
// so that the words never ship to the browser, where only the numbers of a version are needed.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    'First published rules. Output length by PyTorch’s formula. Documented method as in moduleprofiler 0.0.4: ψ = C_in·C_out/groups, λ = L_out·K + A with A the ones-probe sum built without output_padding, γ = C_out·L_out·(C_in/groups − 1 + b), total N·(ψλ + γ), unbatched input counted as N = 1; undefined where the probe’s length is below 1.',
    'Exact count of a direct scatter: multiplications N·C_out·(C_in/groups)·M, additions N·C_out·((C_in/groups)·M − P + b·P), with M the products landing inside the output and P the positions receiving at least one.',
    'Input validation follows PyTorch 1.13’s rules and messages.',
  ],
  2: [
    'No count changed: every number of version 1 is reproduced unchanged, so a version-1 link shows the same results.',
    'Added the exact count as multiply–accumulates (exact.macs, equal to the exact multiplications) and the dense convention most counters report (dense: N·L_in·C_in·(C_out/groups)·K MACs, FLOPs = 2·MACs, bias not counted), with the page’s “What to cite” summary built on them.',
    'Command line: each entry of "peers" is now an object {"count", "unit", "batch", "note"?} instead of a bare number. "unit" is MAC, FLOP (two per MAC), FLOP+bias (two per MAC plus the bias additions), mult+add, ops (moduleprofiler’s mult+add) or none; "batch" says whether the count covers the whole batch or one sample; "note" gives the first sentence of each of the tool’s known issues that changes this layer’s number. --help is written for a terminal.',
  ],
};
