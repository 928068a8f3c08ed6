/** The link and iframe builder on /gemeenten/: choose a guide, a region and link or iframe, copy the result. */

export function startLinkBuilder(): void {
  const root = document.querySelector<HTMLElement>('[data-link-builder]');
  const form = root?.querySelector<HTMLFormElement>('[data-link-builder-form]');
  const output = root?.querySelector<HTMLTextAreaElement>('[data-link-builder-output]');
  const preview = root?.querySelector<HTMLAnchorElement>('[data-link-builder-preview]');
  const status = root?.querySelector<HTMLElement>('[data-link-builder-status]');
  if (!root || !form || !output || !preview || !status) return;
  const site = new URL(root.dataset['base']!, root.dataset['site']);

  const update = () => {
    const data = new FormData(form);
    const guide = String(data.get('gids'));
    const region = String(data.get('regio') ?? '');
    const embed = data.get('soort') === 'iframe';
    const url = new URL(`${embed ? 'embed/' : ''}gids/${guide}/`, site);
    if (region) url.searchParams.set('regio', region);
    const title = form.querySelector<HTMLSelectElement>('#lb-gids')?.selectedOptions[0]?.textContent ?? 'Keuzehulp';
    output.value = embed
      ? `<iframe src="${url.href}" title="Keuzehulp: ${title.replace(/"/g, '&quot;')}" width="100%" height="900" style="border:0;max-width:100%" loading="lazy"></iframe>`
      : url.href;
    preview.href = url.href;
    status.textContent = '';
  };

  form.addEventListener('change', update);
  // The output follows every choice; the button is there for who expects one, and moves to the result.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    output.focus();
  });
  root.querySelector('[data-link-builder-copy]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(output.value);
      status.textContent = 'Gekopieerd.';
    } catch {
      output.select();
      status.textContent = 'Selecteer de tekst en kopieer met Ctrl+C (of Cmd+C).';
    }
  });
  update();
}
