import { useState } from 'preact/hooks';

/** Copies text to the clipboard and says so politely; on failure, says how to copy by hand. */
export function CopyButton({ text, label, name, ariaLabel }: { text: () => string; label: string; name?: string; ariaLabel?: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
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
