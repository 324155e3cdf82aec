// Conv3d against every record of its golden file (the family's checks: src/estimator/conv/goldenSuite.ts).
import { convGoldenSuite } from '../conv/goldenSuite.ts';
import { layout3d } from '../conv/layout.ts';
import { definition } from './index.ts';

convGoldenSuite('conv3d', definition, layout3d);
