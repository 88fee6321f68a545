import { Text, View } from '@tarojs/components'
import { splitItemByFigures } from '../../report/figure-segments'
import type { Figure } from '../../report/types'
import './index.css'

export interface ItemTextProps {
  item: string
  /** The figures standing in this item (figuresOfItem) */
  figures: readonly Figure[]
  /** The sentence a search result opened at: marked so the eye finds it */
  found?: boolean
  /** Anchor for scrolling to this item */
  id?: string
}

/** One item of a card as a paragraph, its figures set bold in the accent colour. */
export function ItemText({ item, figures, found = false, id }: ItemTextProps) {
  return (
    <View id={id} className={`item-text${found ? ' item-text--found' : ''}`} {...(found ? { 'data-found': 'true' } : {})}>
      {splitItemByFigures(item, figures).map((segment, index) =>
        segment.figure ? (
          <Text key={index} className='item-text__figure'>
            {segment.text}
          </Text>
        ) : (
          <Text key={index}>{segment.text}</Text>
        ),
      )}
    </View>
  )
}
