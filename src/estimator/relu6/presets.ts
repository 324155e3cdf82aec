// The calculator's examples (words for the page: the registry collects them, the islands get them as props).
export { ELEMENTWISE_PRESETS as presets } from '../elementwise/presets.ts';
