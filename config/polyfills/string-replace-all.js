/*
 * String.prototype.replaceAll for iOS before 13.1 (WeChat's in-app browser on
 * iOS 12). Taro's H5 router parses addresses with query-string, which calls it:
 * without it the app throws on the first address with a query. Plain ES5, and
 * only defined where missing.
 */
if (typeof String.prototype.replaceAll !== 'function') {
  Object.defineProperty(String.prototype, 'replaceAll', {
    configurable: true,
    writable: true,
    value: function replaceAll(search, replacement) {
      if (search instanceof RegExp) {
        if (!search.global) throw new TypeError('replaceAll must be called with a global RegExp')
        return String(this).replace(search, replacement)
      }
      var pattern = new RegExp(String(search).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')
      return String(this).replace(pattern, replacement)
    },
  })
}
