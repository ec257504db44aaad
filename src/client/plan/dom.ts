// Building the plan page's elements: text always goes in as text, never as HTML.

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

export const visuallyHidden = (text: string) => element('span', { className: 'visually-hidden', textContent: text });

/** A control with its own label, the two tied by id. */
export function labelled<T extends HTMLElement>(
  id: string,
  label: (Node | string)[],
  control: T,
): [HTMLLabelElement, T] {
  control.id = id;
  return [element('label', { htmlFor: id }, ...label), control];
}

/** Offers `text` as a file the reader saves, made here: nothing goes over the network. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
