/**
 * The script injected into every page before its own scripts run. It records,
 * in performance.now() time (from navigation start, as paint timings are):
 * FCP, the latest LCP candidate, and when a text node holding `text` first
 * sits in an element with a non-zero box that is not hidden, taken once the
 * frame that first shows it has been painted. Only text nodes are looked at:
 * a scan of every element's textContent each frame would slow the throttled
 * page itself. Plain JavaScript text, so no compiler helper leaks into the page.
 */
export interface ProbeReadings {
  fcp: number | null
  lcp: number | null
  visible: number | null
}

export function probeScript(text: string): string {
  return `(() => {
  const text = ${JSON.stringify(text)};
  const state = { fcp: null, lcp: null, visible: null };
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
  const found = () => {
    if (!document.body) return false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.includes(text) && node.parentElement && shows(node.parentElement)) return true;
    }
    return false;
  };
  // Look at each frame after something changed (the DOM, or a stylesheet loading),
  // and every 100 ms regardless, until the text shows.
  let dirty = true;
  let lastLook = 0;
  new MutationObserver(() => { dirty = true; }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  addEventListener('load', () => { dirty = true; }, true);
  const frame = (now) => {
    if (dirty || now - lastLook > 100) {
      dirty = false;
      lastLook = now;
      if (found()) {
        // Found while this frame is being prepared: take the time once its
        // style, layout and paint are done (a message posted now runs after them).
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { state.visible = performance.now(); };
        channel.port2.postMessage(null);
        return;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`
}
