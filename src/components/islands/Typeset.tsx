// Plain text from the estimator and the parameter table (C_in, L_out, y_t, 2^53) shown as the
// derivation typesets it: subscripts and superscripts, so the interactive parts read like the
// prose around them.
const TOKEN = /\b([A-Za-z])_(in|out|conv|t|i|k|\{[a-z]+\})|\b(\d+)\^(\d+)\b/g;

/** Text with X_sub as X<sub>sub</sub> and a^b as a<sup>b</sup>. */
export function Typeset({ text }: { text: string }) {
  const out: (string | preact.JSX.Element)[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out.push(text.slice(last, m.index));
    out.push(
      m[1] ? (
        <>{m[1]}<sub>{m[2].replace(/[{}]/g, '')}</sub></>
      ) : (
        <>{m[3]}<sup>{m[4]}</sup></>
      ),
    );
    last = m.index! + m[0].length;
  }
  out.push(text.slice(last));
  return <>{out}</>;
}
