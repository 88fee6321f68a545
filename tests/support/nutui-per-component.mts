import type { Plugin } from 'vitest/config'

const PACKAGES = '@nutui/nutui-react-taro/dist/es/packages'
const BARREL_IMPORT = /import\s*\{([^}]+)\}\s*from\s*['"]@nutui\/nutui-react-taro['"];?/g

/**
 * Mirrors babel-plugin-import from babel.config.js for vitest: each named NutUI
 * import becomes an import of that one component and its CSS, so a test never
 * loads the whole library.
 */
export function nutuiPerComponent(): Plugin {
  return {
    name: 'nutui-per-component',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('@nutui/nutui-react-taro')) return null
      const rewritten = code.replace(BARREL_IMPORT, (_all, names: string) =>
        names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
          .filter((name) => !name.startsWith('type '))
          .map((spec) => {
            const [imported, local = imported] = spec.split(/\s+as\s+/).map((s) => s.trim())
            const dir = `${PACKAGES}/${imported!.toLowerCase()}`
            // Each per-component module has the component as its default export (as babel-plugin-import assumes).
            return `import ${local} from '${dir}';\nimport '${dir}/style/css';`
          })
          .join('\n'),
      )
      return rewritten === code ? null : { code: rewritten, map: null }
    },
  }
}
