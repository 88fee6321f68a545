/**
 * The script injected into every page before its own scripts run. It records,
 * in performance.now() time (from navigation start, as paint timings are):
 * FCP, the latest LCP candidate, and when a text node holding `text` first
 * sits in an element with a non-zero box that is not hidden, taken once the
 * frame that first shows it has been painted. Only text nodes are looked at:
 * a scan of every element's textContent each frame would slow the throttled
 * page itself. Also when the app itself (not the static shell) shows that text,
 * where it is (for the bench to tap it), and when the router answers the tap.
 * Plain JavaScript text, so no compiler helper leaks into the page.
 */
export interface ProbeReadings {
  fcp: number | null
  lcp: number | null
  visible: number | null
  /** The app's own page is drawn and the static shell is gone: what is on screen is the app. */
  appShown: number | null
  /** Centre of the element holding `text` in the app's page, once appShown (where the bench taps). */
  tapPoint: { x: number; y: number } | null
  /** The app answered the tap: its router pushed the next page's address. */
  tapAnswered: number | null
}

export function probeScript(text: string): string {
  return `(() => {
  const text = ${JSON.stringify(text)};
  const state = { fcp: null, lcp: null, visible: null, appShown: null, tapPoint: null, tapAnswered: null };
  Object.defineProperty(window, '__firstViewProbe', { value: state });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  const shows = (element) => {
    const box = element.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    return element.checkVisibility ? element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
  };
  const shown = (root) => {
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.includes(text) && node.parentElement && shows(node.parentElement)) return node.parentElement;
    }
    return null;
  };
  const found = () => document.body && shown(document.body) !== null;
  // The app (not the static shell): its page holds the text and the shell has been removed.
  const appElement = () => (document.getElementById('static-shell') ? null : shown(document.querySelector('.taro_page .reading-page')));
  // A tap is answered when the router pushes the next address (Taro's H5 router uses history.pushState).
  const pushState = history.pushState;
  history.pushState = function (...args) {
    if (state.appShown !== null && state.tapAnswered === null) state.tapAnswered = performance.now();
    return pushState.apply(this, args);
  };
  // Look at each frame after something changed (the DOM, or a stylesheet loading),
  // and every 100 ms regardless, until the text shows.
  let dirty = true;
  let lastLook = 0;
  new MutationObserver(() => { dirty = true; }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  addEventListener('load', () => { dirty = true; }, true);
  const afterPaint = (record) => {
    // Found while this frame is being prepared: take the time once its
    // style, layout and paint are done (a message posted now runs after them).
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  };
  let visibleSeen = false;
  const frame = (now) => {
    if (dirty || now - lastLook > 100) {
      dirty = false;
      lastLook = now;
      if (!visibleSeen && found()) {
        visibleSeen = true;
        afterPaint((at) => { state.visible = at; });
      }
      const app = appElement();
      if (app) {
        const box = app.getBoundingClientRect();
        afterPaint((at) => { state.tapPoint = { x: box.left + box.width / 2, y: box.top + box.height / 2 }; state.appShown = at; });
        return;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`
}
