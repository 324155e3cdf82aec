// The numbered equations both BatchNorm pages share (ids and numbers are permanent); only the
// sizes differ between BatchNorm1d and BatchNorm2d.
import type { Equation } from '../core/equations.ts';

export function batchnormEquations(sizes: string): Equation[] {
  return [
    {
      id: 'eq-batchnorm',
      number: 1,
      title: 'The function, per channel',
      tex: String.raw`y = \frac{x - \mathrm{E}[x]}{\sqrt{\mathrm{Var}[x] + \epsilon}}\,\gamma + \beta`,
    },
    { id: 'eq-sizes', number: 2, title: 'Elements, channels and values per channel', tex: sizes },
    {
      id: 'eq-stats',
      number: 3,
      title: 'Batch statistics of one channel, then every value',
      tex: String.raw`\begin{aligned} \mu &= \frac{1}{n}\sum_{i=1}^{n} x_i, & \sigma^2 &= \frac{1}{n}\sum_{i=1}^{n} (x_i - \mu)^2, \\ r &= \frac{1}{\sqrt{\sigma^2 + \epsilon}}, & y_i &= (x_i - \mu)\,r\,\gamma + \beta \end{aligned}`,
    },
    {
      id: 'eq-update',
      number: 4,
      title: 'Running statistics update (training with track_running_stats)',
      tex: String.raw`\begin{aligned} k &\leftarrow k + 1, \qquad w = \begin{cases} m \\ 1/k & m = \text{None} \end{cases} \\ \hat\mu &\leftarrow (1 - w)\,\hat\mu + w\,\mu \\ \hat\sigma^2 &\leftarrow (1 - w)\,\hat\sigma^2 + w\,\sigma^2\,\frac{n}{n - 1} \end{aligned}`,
    },
    {
      id: 'eq-eval',
      number: 5,
      title: 'Evaluation with running statistics: a scale and shift per channel',
      tex: String.raw`s = \frac{\gamma}{\sqrt{\hat\sigma^2 + \epsilon}}, \qquad t = \beta - \hat\mu\,s, \qquad y_i = x_i\,s + t`,
    },
    {
      id: 'eq-exact',
      number: 6,
      title: 'Exact count by kind (X > 0)',
      tex: String.raw`\begin{array}{lll} & \text{batch statistics} & \text{running statistics} \\ \text{additions} & C\,(4n - 1) + aX + u\,(2C + 3) & X + (1 + a)\,C \\ \text{multiplications} & (2 + a)\,X + 5uC & X + aC \\ \text{divisions} & 3C + u\,(1 + [m = \text{None}]) & C \\ \text{square roots} & C & C \end{array}`,
    },
    {
      id: 'eq-exact-total',
      number: 7,
      title: 'Exact total (X > 0)',
      tex: String.raw`\text{total} = \begin{cases} (6 + 2a)\,X + 3C + u\,(7C + 4 + [m = \text{None}]) & \text{batch statistics} \\ 2X + (3 + 2a)\,C & \text{running statistics} \end{cases}`,
    },
    {
      id: 'eq-moduleprofiler',
      number: 8,
      title: 'moduleprofiler’s code (no documentation page)',
      tex: String.raw`\text{ops} = C_{\text{arg}}\,\big((5 + 2a)\,n + 4\big), \qquad C_{\text{arg}} = \texttt{num\_features}`,
    },
  ];
}
