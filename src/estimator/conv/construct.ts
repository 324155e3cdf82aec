// nn.ConvNd.__init__'s checks in its order, and creating the input tensor. PyTorch's messages
// are verbatim (tests/fixtures/golden/conv*.json).
import type { InvalidInput, TorchError } from '../core/module.ts';
import type { Layout } from './layout.ts';
import { PADDING_MODES, type ConvParams } from './params.ts';
import { list, pyRepr, shown } from './text.ts';
import { pyMod, storedTuple, weightShape } from './tuples.ts';

const err = (stage: string, type: string, message: string): TorchError => ({ stage, type, message });
const broken = (rule: string, param: string, message: string, torch: TorchError | null): InvalidInput => ({ rule, param, message, torch });

/**
 * The two Python sets PyTorch prints, in the order the golden data shows them (CPython 3.11 with
 * PYTHONHASHSEED=0; a set's order changes with the hash seed).
 */
export const PADDING_STRINGS_SET = "{'same', 'valid'}";
export const PADDING_MODES_SET = "{'replicate', 'reflect', 'zeros', 'circular'}";

/** eq-conv-construct: the first of the constructor's checks the arguments break, or null. */
export function constructError(p: ConvParams, layout: Layout): InvalidInput | null {
  const ctor = (type: string, message: string) => err('construct', type, message);
  if (p.groups <= 0n) {
    return broken('groups_nonpositive', 'groups', `groups must be a positive integer; got ${p.groups}.`, ctor('ValueError', 'groups must be a positive integer'));
  }
  if (pyMod(p.in_channels, p.groups) !== 0n) {
    return broken(
      'groups_not_dividing_in_channels',
      'groups',
      `in_channels must be divisible by groups; ${p.in_channels} is not a multiple of ${p.groups}.`,
      ctor('ValueError', 'in_channels must be divisible by groups'),
    );
  }
  if (pyMod(p.out_channels, p.groups) !== 0n) {
    return broken(
      'groups_not_dividing_out_channels',
      'groups',
      `out_channels must be divisible by groups; ${p.out_channels} is not a multiple of ${p.groups}.`,
      ctor('ValueError', 'out_channels must be divisible by groups'),
    );
  }
  if (typeof p.padding === 'string') {
    if (p.padding !== 'same' && p.padding !== 'valid') {
      return broken(
        'padding_string_invalid',
        'padding',
        `padding must be a number, a tuple, 'same' or 'valid' (lower case); got ${pyRepr(p.padding)}.`,
        ctor('ValueError', `Invalid padding string ${pyRepr(p.padding)}, should be one of ${PADDING_STRINGS_SET}`),
      );
    }
    if (p.padding === 'same' && storedTuple(p.stride, layout.nd).some((s) => s !== 1n)) {
      return broken(
        'padding_same_with_stride',
        'stride',
        `padding='same' needs stride 1 in every dimension; got stride ${shown(p.stride)}. Give the padding as numbers for a strided layer.`,
        ctor('ValueError', "padding='same' is not supported for strided convolutions"),
      );
    }
  }
  if (!(PADDING_MODES as readonly string[]).includes(p.padding_mode)) {
    return broken(
      'padding_mode_invalid',
      'padding_mode',
      `padding_mode must be 'zeros', 'reflect', 'replicate' or 'circular'; got '${p.padding_mode}'.`,
      ctor('ValueError', `padding_mode must be one of ${PADDING_MODES_SET}, but got padding_mode='${p.padding_mode}'`),
    );
  }
  const w = weightShape(p, layout.nd);
  const negative = w.find((x) => x < 0n);
  if (negative === undefined) return null;
  const torch = ctor('RuntimeError', `Trying to create tensor with negative dimension ${negative}: ${list(w)}`);
  if (p.out_channels < 0n || p.in_channels < 0n) {
    const which = p.out_channels < 0n ? 'out_channels' : 'in_channels';
    return broken(
      'channels_negative',
      which,
      `${which} must not be negative; got ${p[which]}. The weight tensor (out_channels, in_channels/groups, *kernel_size) cannot have a negative size.`,
      torch,
    );
  }
  return broken('kernel_size_negative', 'kernel_size', `kernel_size must be at least 1 in every dimension; got ${shown(p.kernel_size)}.`, torch);
}

/**
 * eq-conv-input-tensor: creating the input tensor (torch.randn(shape)) fails for a negative size.
 * `names` gives the argument behind each dimension of the shape.
 */
export function inputTensorError(shape: readonly bigint[], names: readonly string[]): InvalidInput | null {
  const at = shape.findIndex((x) => x < 0n);
  if (at < 0) return null;
  return broken(
    'input_size_negative',
    names[at],
    names[at] === 'input_shape' ? `An input shape cannot hold a negative size; got ${shape[at]}.` : `${names[at]} must not be negative; got ${shape[at]}.`,
    err('forward', 'RuntimeError', `Trying to create tensor with negative dimension ${shape[at]}: ${list(shape)}`),
  );
}
