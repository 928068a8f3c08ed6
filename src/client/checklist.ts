/**
 * Tickable checklists. Without JavaScript they are plain lists; here each item gets a checkbox, and what is
 * ticked is kept in localStorage on this device only. Nothing is sent anywhere.
 */

const PREFIX = 'wim-checklist:';

function load(id: string): Set<string> {
  try {
    const stored = JSON.parse(localStorage.getItem(PREFIX + id) ?? '[]') as unknown;
    return new Set(Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : []);
  } catch {
    return new Set();
  }
}

function save(id: string, checked: Set<string>): void {
  try {
    localStorage.setItem(PREFIX + id, JSON.stringify([...checked]));
  } catch {
    // Storage full or blocked (private mode): the boxes still work for this visit.
  }
}

export function startChecklists(): void {
  for (const list of document.querySelectorAll<HTMLUListElement>('ul[data-checklist]')) {
    const id = list.dataset['checklist']!;
    const checked = load(id);
    const status = document.querySelector<HTMLElement>(`[data-checklist-status="${id}"]`);
    const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
    const update = () => {
      if (status) status.textContent = `${checked.size} van ${items.length} afgevinkt.`;
    };
    items.forEach((item, i) => {
      const text = item.textContent?.trim() ?? '';
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', id: `${id}-${i}`, checked: checked.has(text) });
      const label = Object.assign(document.createElement('label'), { htmlFor: box.id });
      label.append(...item.childNodes);
      item.replaceChildren(box, label);
      box.addEventListener('change', () => {
        if (box.checked) checked.add(text);
        else checked.delete(text);
        save(id, checked);
        update();
      });
    });
    // Forget items whose text no longer exists, so the count stays right.
    for (const text of [...checked]) if (!items.some((item) => item.textContent?.trim() === text)) checked.delete(text);
    list.classList.add('wim-checklist__list--interactive');
    update();
  }
}
