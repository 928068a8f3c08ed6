/**
 * Offline use: registers the service worker (public path sw.js, src/service-worker/sw.ts) for the whole site,
 * and says so when a newer version of the site is ready, with a button to switch to it. Until then the reader
 * keeps the version they have, so old and new pages are never mixed.
 */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

function offerUpdate(worker: ServiceWorker, onChoose: () => void): void {
  if (document.querySelector('.wim-update')) return;
  const notice = Object.assign(document.createElement('div'), { className: 'wim-update wim-no-print' });
  notice.setAttribute('role', 'status');
  const text = Object.assign(document.createElement('p'), { textContent: 'Er is een nieuwe versie van deze site. ' });
  const button = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'utrecht-button utrecht-button--primary-action',
    textContent: 'Laad de nieuwe versie',
  });
  button.addEventListener('click', () => {
    onChoose();
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  text.append(button);
  notice.append(text);
  document.body.append(notice);
}

export function startOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  let reloadWhenReady = false;
  // Only after the reader chose the new version; the first install also changes the controller.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadWhenReady) location.reload();
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
