// What distinguishes ConvTranspose2d from ConvTranspose3d for the family code: the number of
// spatial dimensions, the names PyTorch and the golden data give them, and the wording of
// PyTorch's per-dimension error messages.

export interface Layout {
  /** Spatial dimensions. */
  nd: 2 | 3;
  /** 'ConvTranspose2d': the class name, as PyTorch's constructor message spells it. */
  title: string;
  /** 'conv_transpose2d': the functional PyTorch's forward calls (named in its messages). */
  fn: string;
  /** Names of the spatial input sizes, in PyTorch's order: height_in, width_in. */
  spatialIn: readonly string[];
  /** Names of the spatial output sizes: height_out, width_out. */
  spatialOut: readonly string[];
  /** Words PyTorch's slow kernels use for the dimensions: height, width (and depth first in 3-d). */
  words: readonly string[];
  /**
   * Whether the CPU kernel checks kernel_size > 0 before anything else it checks
   * (slow_conv_transpose2d does; slow_conv_transpose3d only finds the empty weight later).
   */
  kernelCheckFirst: boolean;
}

export const layout2d: Layout = {
  nd: 2,
  title: 'ConvTranspose2d',
  fn: 'conv_transpose2d',
  spatialIn: ['height_in', 'width_in'],
  spatialOut: ['height_out', 'width_out'],
  words: ['height', 'width'],
  kernelCheckFirst: true,
};

export const layout3d: Layout = {
  nd: 3,
  title: 'ConvTranspose3d',
  fn: 'conv_transpose3d',
  spatialIn: ['depth_in', 'height_in', 'width_in'],
  spatialOut: ['depth_out', 'height_out', 'width_out'],
  words: ['depth', 'height', 'width'],
  kernelCheckFirst: false,
};
