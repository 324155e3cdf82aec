import { useState } from 'preact/hooks';

/** Copies text to the clipboard and says so politely; on failure, says how to copy by hand. */
export function CopyButton({ text, label, name, ariaLabel }: { text: () => string | Promise<string>; label: string; name?: string; ariaLabel?: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      // (Text made elsewhere, the profile page's worker, arrives within the click's activation.)
      await navigator.clipboard.writeText(await text());
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: select the text and copy it');
    }
    setTimeout(() => setStatus(''), 2500);
  };
  return (
    <span class="copy">
      <button type="button" class="copy-button" onClick={copy} data-copy={name} aria-label={ariaLabel}>
        {label}
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
