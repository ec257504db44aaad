// A renamed page's old URL: go on at once, keeping any #fragment the old link carried (the meta refresh drops it).
const target = document.querySelector<HTMLAnchorElement>('a[data-redirect-target]');
if (target) location.replace(target.href + location.hash);
