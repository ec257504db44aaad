import { cite } from '../../lib/citation/citation.ts';
import { announce, copyToClipboard, offerManualCopy } from './clipboard.ts';
import { keepPrintedLinksAbsolute, publicBase } from './public-address.ts';

// The copy buttons of skill, skill set, level and comparison pages; without JavaScript they stay hidden.

const done = {
  link: (title: string) => `Copied the link to ${title}.`,
  markdown: (title: string) => `Copied a Markdown citation of ${title}.`,
  rich: (title: string) => `Copied ${title} as rich text: paste it as a link into a document or chat.`,
};

keepPrintedLinksAbsolute();

for (const block of document.querySelectorAll<HTMLElement>('[data-citation]')) {
  const status = block.querySelector('[data-citation-status]')!;
  const { title = '', path = '', context = '' } = block.dataset;
  block.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    const kind = button?.dataset.copy;
    if (kind !== 'link' && kind !== 'markdown' && kind !== 'rich') return;
    const citation = cite({ title, path, context }, publicBase());
    const plain = kind === 'link' ? citation.link : kind === 'markdown' ? citation.markdown : citation.text;
    if (await copyToClipboard(plain, kind === 'rich' ? citation.html : undefined)) {
      block.querySelector('.manual-copy')?.remove();
      announce(status, done[kind](title));
    } else {
      announce(
        status,
        'Your browser didn’t allow copying. The text is selected below: copy it with your keyboard or menu.',
      );
      offerManualCopy(status, plain);
    }
  });
}
