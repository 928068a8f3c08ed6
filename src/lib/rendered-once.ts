/**
 * The HTML of an entry's body, shared by the two pages that show it in one build: a chapter's own page and the
 * whole-handbook print page. Whichever renders first keeps the HTML; the second takes it and the copy is dropped,
 * so each body is rendered once and held only until its second use. In development every page renders anew.
 */
const waiting = new Map<string, Promise<string>>();

export function renderedOnce(key: string, render: () => Promise<string>, uses = 2): Promise<string> {
  if (!import.meta.env.PROD) return render();
  const kept = waiting.get(key);
  if (kept) {
    waiting.delete(key);
    return kept;
  }
  const html = render();
  if (uses > 1) waiting.set(key, html);
  return html;
}
