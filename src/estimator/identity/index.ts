// torch.nn.Identity: returns its input; no arithmetic at all.
import { defineElementwise } from '../elementwise/define.ts';

export interface IdentityParams {
  input_shape: readonly bigint[];
}

const base = defineElementwise<IdentityParams>({
  title: 'Identity',
  summary: 'A placeholder that returns its input unchanged: no arithmetic, whatever the shape.',
  inplace: false,
  kinds: [],
  exactSummary: 'Nothing: the module hands back the very tensor it received, without reading it.',
  documented: null,
  date: '2026-12-01',
});

/** Identity sits with Linear in PyTorch's documentation ("Linear layers"), not with the activations. */
export const definition = { ...base, family: 'Linear' };
