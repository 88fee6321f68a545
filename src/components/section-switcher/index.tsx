import { Text, View } from '@tarojs/components'
import { chineseNumber } from '../../report/wording'
import { tappable } from '../tappable'
import './index.css'

export interface SwitcherSection {
  id: string
  number: number
  topic: string
}

export interface SectionSwitcherProps {
  sections: readonly SwitcherSection[]
  activeId: string
  onSwitch: (sectionId: string) => void
}

/** The sections of one part as 一 二 三 …, sticky on top; the active one is marked. */
export function SectionSwitcher({ sections, activeId, onSwitch }: SectionSwitcherProps) {
  return (
    <View className='section-switcher' role='navigation' aria-label='切换章节'>
      {sections.map((section) => {
        const active = section.id === activeId
        return (
          <View
            key={section.id}
            className={`section-switcher__tab${active ? ' section-switcher__tab--active' : ''}`}
            role='link' {...tappable}
            aria-label={`第${chineseNumber(section.number)}部分 ${section.topic}`}
            aria-current={active ? 'page' : undefined}
            onClick={() => {
              if (!active) onSwitch(section.id)
            }}
          >
            <Text aria-hidden>{chineseNumber(section.number)}</Text>
          </View>
        )
      })}
    </View>
  )
}
