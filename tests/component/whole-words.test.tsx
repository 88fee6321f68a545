import { render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { WholeWords } from '../../src/components/whole-words'
import { headingUnits } from '../../src/report/heading-units'
import { report } from '../../src/report/report'

const unitsShown = (container: HTMLElement) => [...container.querySelectorAll('.whole-words__unit')].map((unit) => unit.textContent)

/** Counts the segmenters made (each loads the word dictionary), and restores Intl.Segmenter afterwards. */
function countSegmenters(): { made: () => number; restore: () => void } {
  const Real = Intl.Segmenter
  let made = 0
  Object.defineProperty(Intl, 'Segmenter', {
    configurable: true,
    writable: true,
    value: class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args)
        made++
      }
    },
  })
  return { made: () => made, restore: () => Object.defineProperty(Intl, 'Segmenter', { configurable: true, writable: true, value: Real }) }
}

describe('whole-word headings', () => {
  let segmenters: ReturnType<typeof countSegmenters> | undefined
  afterEach(() => segmenters?.restore())

  it('draws a report heading without asking Intl.Segmenter (it loads a dictionary on the first screen)', () => {
    const heading = report.parts[0]!.sections[0]!.headline
    const expected = headingUnits(heading)
    segmenters = countSegmenters()
    const { container } = render(<WholeWords text={heading} />)
    expect(unitsShown(container)).toEqual(expected)
    expect(expected.length).toBeGreaterThan(1)
    expect(segmenters.made()).toBe(0)
  })

  it('cuts any other text on the phone', () => {
    segmenters = countSegmenters()
    const { container } = render(<WholeWords text='代表建议办理情况一览' />)
    expect(unitsShown(container).join('')).toBe('代表建议办理情况一览')
    expect(unitsShown(container).length).toBeGreaterThan(1)
    expect(segmenters.made()).toBe(1)
  })
})
