// What each version of RNN's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: PyTorch 1.13’s arguments, errors and dropout warning, batched and unbatched input with or without initial states, output shapes of every returned tensor. The exact count runs PyTorch’s own cell equations step by step in closed form (T·N·D × (layer 0 + (num_layers − 1) × a later layer)), both biases added separately, plus dropout’s mask in training mode.'],
};
