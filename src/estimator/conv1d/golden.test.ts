// Conv1d against every record of its golden file (the family's checks: src/estimator/conv/goldenSuite.ts).
import { convGoldenSuite } from '../conv/goldenSuite.ts';
import { layout1d } from '../conv/layout.ts';
import { definition } from './index.ts';

convGoldenSuite('conv1d', definition, layout1d);
