/**
 * Offline use: registers the service worker (public path sw.js, src/service-worker/sw.ts) for the whole site,
 * and says so when a newer version of the site is ready, with a button to switch to it. Until then the reader
 * keeps the version they have, so old and new pages are never mixed. When the reader takes the new version in
 * another tab, this tab reloads (when it is in the background) or says that it must; until it does, the guide
 * and search load whole pages instead of fetching parts of the new version into an old page.
 */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** The notice at the bottom of the screen: a sentence and one button. A newer notice replaces an older one. */
function showNotice(message: string, buttonText: string, onClick: () => void): void {
  document.querySelector('.wim-update')?.remove();
  const notice = Object.assign(document.createElement('div'), { className: 'wim-update wim-no-print' });
  notice.setAttribute('role', 'status');
  const text = Object.assign(document.createElement('p'), { textContent: `${message} ` });
  const button = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'utrecht-button utrecht-button--primary-action',
    textContent: buttonText,
  });
  button.addEventListener('click', onClick);
  text.append(button);
  notice.append(text);
  document.body.append(notice);
}

function offerUpdate(worker: ServiceWorker, onChoose: () => void): void {
  if (document.querySelector('.wim-update')) return;
  showNotice('Er is een nieuwe versie van deze site.', 'Laad de nieuwe versie', () => {
    onChoose();
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
}

/** The new version was taken in another tab: this page is from the old one. */
function leftBehind(): void {
  // The mark that src/client/page-version.ts reads. Set here rather than imported: an import shared with the guide
  // and search scripts would become a script file of its own, and this one must stay inline in every page.
  document.documentElement.setAttribute('data-wim-outdated', '');
  if (document.visibilityState === 'hidden') return location.reload();
  showNotice('Deze site is bijgewerkt in een ander tabblad. Laad deze pagina opnieuw om verder te gaan met de nieuwe versie.', 'Laad opnieuw', () =>
    location.reload(),
  );
}

export function startOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  let reloadWhenReady = false;
  // The first install also changes the controller (from none); only a change from one worker to another is a new version.
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadWhenReady) return location.reload();
    if (controlled) leftBehind();
    controlled = true;
  });
  const choose = () => (reloadWhenReady = true);
  // After the page has loaded: the first download of everything for offline use must not slow this page down.
  if (document.readyState === 'complete') register(choose);
  else window.addEventListener('load', () => register(choose), { once: true });
}

function register(choose: () => void): void {
  void navigator.serviceWorker
    .register(`${BASE}sw.js`, { scope: BASE })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting, choose);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker, choose);
        });
      });
    })
    .catch(() => {
      // No offline use (private mode, blocked by the browser): the site works as before.
    });
}
