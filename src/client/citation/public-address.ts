// Where links copied, shared or printed from this page should point: the configured public address when the build
// had one (the page then carries a canonical link), else the address the page is actually served from.

/** The base that site paths are made absolute from. */
export function publicBase(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
}

/** A site path (as `urls` builds it) made absolute from the public base. */
export function publicUrl(path: string): string {
  return new URL(path, publicBase()).href;
}

/** Keeps printed addresses absolute: now, and again before printing, for links drawn since. */
export function keepPrintedLinksAbsolute(): void {
  absolutePrintedLinks();
  addEventListener('beforeprint', () => absolutePrintedLinks());
}

/**
 * Gives each link of the page's main content its absolute address for print (print.css shows `data-print-href`
 * after a link, falling back to the relative `href` without JavaScript), and fills in print-only addresses.
 */
export function absolutePrintedLinks(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')) {
    link.dataset.printHref = publicUrl(link.getAttribute('href')!);
  }
  for (const address of root.querySelectorAll<HTMLElement>('[data-public-path]')) {
    address.textContent = publicUrl(address.dataset.publicPath!);
  }
}
