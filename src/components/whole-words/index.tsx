import { Text } from '@tarojs/components'
import precomputed from '../../report/data/heading-units.json'
import { headingUnits } from '../../report/heading-units'
import './index.css'

// The report's headings come cut at build time (report/heading-units-build.ts): the first
// screen never waits for Intl.Segmenter. Any other text is cut here, once.
let cache: Map<string, string[]> | undefined

function unitsOf(text: string): string[] {
  if (!cache) cache = new Map((precomputed as string[][]).map((units) => [units.join(''), units]))
  let units = cache.get(text)
  if (!units) {
    units = headingUnits(text)
    cache.set(text, units)
  }
  return units
}

/** Text that breaks only between its words: each unit is set unbroken. */
export function WholeWords({ text }: { text: string }) {
  return (
    <>
      {unitsOf(text).map((unit, index) => (
        <Text key={index} className='whole-words__unit'>
          {unit}
        </Text>
      ))}
    </>
  )
}
