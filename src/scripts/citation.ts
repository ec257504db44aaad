import { announce, copyToClipboard, offerManualCopy } from './citation-clipboard.ts';

// The copy buttons of skill, skill set, level and comparison pages; without JavaScript they stay hidden.

const done = {
  link: (title: string) => `Copied the link to ${title}.`,
  markdown: (title: string) => `Copied a Markdown citation of ${title}.`,
  rich: (title: string) => `Copied ${title} as rich text: paste it as a link into a document or chat.`,
};

for (const block of document.querySelectorAll<HTMLElement>('[data-citation]')) {
  const status = block.querySelector('[data-citation-status]')!;
  const { title = '', link = '', markdown = '', html = '', text = '' } = block.dataset;
  block.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    const kind = button?.dataset.copy;
    if (kind !== 'link' && kind !== 'markdown' && kind !== 'rich') return;
    const plain = kind === 'link' ? link : kind === 'markdown' ? markdown : text;
    if (await copyToClipboard(plain, kind === 'rich' ? html : undefined)) {
      block.querySelector('.manual-copy')?.remove();
      announce(status, done[kind](title));
    } else {
      announce(status, 'Your browser didn’t allow copying. The text is selected below: copy it with your keyboard or menu.');
      offerManualCopy(status, plain);
    }
  });
}
