// What distinguishes Conv1d, Conv2d and Conv3d for the family code: the number of spatial
// dimensions and the names PyTorch and the golden data give them.

export interface Layout {
  /** Spatial dimensions. */
  nd: 1 | 2 | 3;
  /** 'Conv2d': the class name. */
  title: string;
  /** 'conv2d': the functional the forward calls (named in PyTorch's rank message). */
  fn: string;
  /** Names of the spatial input sizes, in PyTorch's order: height_in, width_in. */
  spatialIn: readonly string[];
  /** Names of the spatial output sizes: height_out, width_out. */
  spatialOut: readonly string[];
  /** TeX symbols of the spatial input sizes: H_{in}, W_{in}. */
  symbolsIn: readonly string[];
  /** Words for the dimensions in our sentences: height, width. */
  words: readonly string[];
}

export const layout1d: Layout = {
  nd: 1,
  title: 'Conv1d',
  fn: 'conv1d',
  spatialIn: ['length_in'],
  spatialOut: ['length_out'],
  symbolsIn: ['L_{in}'],
  words: ['length'],
};

export const layout2d: Layout = {
  nd: 2,
  title: 'Conv2d',
  fn: 'conv2d',
  spatialIn: ['height_in', 'width_in'],
  spatialOut: ['height_out', 'width_out'],
  symbolsIn: ['H_{in}', 'W_{in}'],
  words: ['height', 'width'],
};

export const layout3d: Layout = {
  nd: 3,
  title: 'Conv3d',
  fn: 'conv3d',
  spatialIn: ['depth_in', 'height_in', 'width_in'],
  spatialOut: ['depth_out', 'height_out', 'width_out'],
  symbolsIn: ['D_{in}', 'H_{in}', 'W_{in}'],
  words: ['depth', 'height', 'width'],
};
