import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { WholeWords } from '../whole-words'
import './index.css'

export interface HeadingProps {
  /** 1: the page's title; 2: a block within the page */
  level: 1 | 2
  className?: string
}

/**
 * A title with the report's red accent bar, announced as a heading (H5 gets role and level).
 * A plain-text title breaks only between words (see report/heading-units.ts).
 */
export function Heading({ level, className, children }: PropsWithChildren<HeadingProps>) {
  return (
    <View
      className={`heading heading--${level}${className ? ` ${className}` : ''}`}
      role='heading'
      aria-level={level}
      // The units are inline blocks, which a screen reader would read with pauses between them.
      {...(typeof children === 'string' ? { 'aria-label': children } : {})}
    >
      {typeof children === 'string' ? <WholeWords text={children} /> : children}
    </View>
  )
}

