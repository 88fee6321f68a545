import { Text } from '@tarojs/components'
import { headingUnits } from './units'
import './index.css'

const cache = new Map<string, string[]>()

function unitsOf(text: string): string[] {
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
