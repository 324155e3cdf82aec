// The key to Figure 1's marks. Each swatch reuses the figure's own classes, so it follows
// the theme exactly as the figure does.
import type { ComponentChildren } from 'preact';

export interface LegendFlags {
  cropped: boolean;
  tail: boolean;
  gap: boolean;
  hidden: boolean;
}

function Swatch({ children }: { children: ComponentChildren }) {
  return (
    <svg class="kd-swatch" width="26" height="18" viewBox="0 0 26 18" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function Legend({ flags }: { flags: LegendFlags }) {
  return (
    <ul class="kd-legend" aria-label="Legend">
      <li>
        <Swatch>
          <rect class="kd-input-box kd-stamp-a" x="2" y="2" width="10" height="14" rx="2" />
          <rect class="kd-input-box kd-stamp-b" x="14" y="2" width="10" height="14" rx="2" />
        </Swatch>
        <span>input element x[i] (stamps alternate in colour)</span>
      </li>
      <li>
        <Swatch>
          <path class="kd-tap kd-stamp-a" d="M3 2 C3 9, 23 9, 23 16" />
        </Swatch>
        <span>tap: the product x[i]·w[k]</span>
      </li>
      <li>
        <Swatch>
          <rect class="kd-box" x="2" y="2" width="22" height="14" rx="2" />
          <text class="kd-swatch-text" x="13" y="13">1</text>
        </Swatch>
        <span>y<sub>t</sub> products received</span>
      </li>
      <li>
        <Swatch>
          <rect class="kd-box kd-box-overlap" x="2" y="2" width="22" height="14" rx="2" />
          <text class="kd-swatch-text" x="13" y="13">2</text>
        </Swatch>
        <span>stamps overlap: y<sub>t</sub> − 1 additions</span>
      </li>
      <li>
        <Swatch>
          <rect class="kd-box kd-box-hole" x="2" y="2" width="22" height="14" rx="2" />
        </Swatch>
        <span>hole: no product (y<sub>t</sub> = 0)</span>
      </li>
      {flags.cropped && (
        <li>
          <Swatch>
            <rect class="kd-ghost-box has-taps" x="2" y="2" width="22" height="14" rx="2" />
          </Swatch>
          <span>tap cropped by the padding</span>
        </li>
      )}
      {flags.tail && (
        <li>
          <Swatch>
            <rect class="kd-box" x="2" y="2" width="22" height="14" rx="2" />
            <rect class="kd-tail-mark" x="2" y="13" width="22" height="3" />
          </Swatch>
          <span>output_padding tail (not in the documented probe)</span>
        </li>
      )}
      {flags.gap && (
        <li>
          <Swatch>
            <path class="kd-break" d="M8 16 L12 2 M14 16 L18 2" />
          </Swatch>
          <span>positions not drawn</span>
        </li>
      )}
      {flags.hidden && (
        <li>
          <Swatch>
            <rect class="kd-box" x="2" y="8" width="22" height="9" rx="2" />
            <path class="kd-stub" d="M13 8 L21 1" />
          </Swatch>
          <span>products from input elements not drawn</span>
        </li>
      )}
    </ul>
  );
}
