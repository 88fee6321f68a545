/**
 * Packages in node_modules that ship syntax newer than the phones we support
 * (iOS 12 inside WeChat: ES2019, no `?.`/`??`, no class fields). Taro's babel
 * transpiles them like our own code (`compile.include`), for weapp and H5 alike;
 * everything else in node_modules is shipped as published. `npm test`'s weapp
 * check (scripts/weapp-check) fails on any shipped file beyond ES2019, so a new
 * dependency of this kind is caught there and added here.
 */
export const TRANSPILED_PACKAGES = [
  'zod', // `?.` and `??` (vendors.js on weapp, the suggestion chunks on H5)
  'uqr', // class fields (the poster's QR encoder)
  // Taro's H5 router parses addresses with these; their current majors ship `?.`.
  'query-string',
  'decode-uri-component',
  'filter-obj',
  'split-on-first',
] as const

const inTranspiledPackage = new RegExp(`[\\\\/]node_modules[\\\\/](${TRANSPILED_PACKAGES.join('|')})[\\\\/]`)

/** For webpack's rule.include: true for a file of one of these packages. */
export function isTranspiledPackageFile(filename: string): boolean {
  return inTranspiledPackage.test(filename)
}
