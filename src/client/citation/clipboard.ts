// Copying for the citation buttons and the packet builder: the async Clipboard API where the browser allows it,
// else the copy command, which also works on plain-HTTP hosts.

function copyWithCommand(text: string, html?: string): boolean {
  const fill = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    if (html) event.clipboardData?.setData('text/html', html);
    event.preventDefault();
  };
  document.addEventListener('copy', fill);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', fill);
  }
}

/** Puts text (and, for rich text, HTML beside it) on the clipboard; false when the browser refused. */
export async function copyToClipboard(text: string, html?: string): Promise<boolean> {
  try {
    if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      const blob = (type: string, content: string) => new Blob([content], { type });
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': blob('text/plain', text), 'text/html': blob('text/html', html) }),
      ]);
      return true;
    }
    if (!html && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: the copy command below may still be allowed.
  }
  return copyWithCommand(text, html);
}

/** Says something in a live region; emptied first so the same words are announced again on a second copy. */
export function announce(status: Element, message: string): void {
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}

/** When copying is refused, shows the text ready to copy by hand, selected. */
export function offerManualCopy(after: Element, text: string): void {
  after.parentElement?.querySelector('.manual-copy')?.remove();
  const field = document.createElement('textarea');
  field.className = 'manual-copy';
  field.readOnly = true;
  field.value = text;
  field.setAttribute('aria-label', 'Text to copy');
  after.after(field);
  field.focus();
  field.select();
}
