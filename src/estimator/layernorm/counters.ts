// Why other counting tools report different numbers for LayerNorm: notes for /modules/layernorm/counters/.
// Words only; every number on that page is computed from each tool's formula (src/estimator/peers/norm.ts).
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'From a per-sample parameter count to seven per element',
    text:
      'FlopCounterMode and ptflops’ aten backend have no rule for layer norms. torchinfo multiplies the parameter count by the output’s first size, so the sequence drops out entirely; ptflops charges one per element and then divides by the batch. torchprofile counts only the affine step, thop and ultralytics-thop two per element doubled with the affine parameters, fvcore, calflops and DeepSpeed four or five per element, and moduleprofiler documents 5 or 7 per element plus 4 per row. That is a factor of several hundred between the smallest and the largest nonzero figure on an ordinary transformer layer.',
  },
  {
    title: 'ptflops never doubles LayerNorm',
    text:
      'ptflops shares one hook between batch, group and layer norms, and doubles the count only when the module has a true attribute called affine. LayerNorm’s flag is called elementwise_affine, so its affine step is never counted.',
  },
  {
    title: 'No bias argument in PyTorch 1.13',
    text:
      'moduleprofiler’s documentation has a branch for LayerNorm(…, bias=False), 6D + 4 per row. PyTorch 1.13 has no such argument (it raises TypeError), and with elementwise_affine the shift always comes with the scale, so that branch cannot occur there.',
  },
];
