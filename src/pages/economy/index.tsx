import { Text, View } from '@tarojs/components'
import { ChangeBar } from '../../components/change-bar'
import { FigureChange } from '../../components/figure-change'
import { openCard, suggestAbout } from '../../components/page-links'
import { figureParts } from '../../report/wording'
import { Heading } from '../../components/heading'
import { ReadingPage } from '../../components/reading-page'
import { TopBar } from '../../components/top-bar'
import { economyGroups } from '../../report/economy'
import { reportWording } from '../../report/wording-data'
import { tappable } from '../../components/tappable'
import './index.css'

const groups = economyGroups()
// One scale for every bar: the largest 同比 change on the page (all are percent).
const scalePercent = Math.max(0, ...groups.flatMap((group) => group.indicators.map((indicator) => Math.abs(indicator.figure.change?.percent ?? 0))))

/** 经济运行一览: the first-half indicators as bars (compared only within a unit) with 同比. */
export default function EconomyPage() {
  return (
    <ReadingPage className='economy-page'>
      <TopBar title='经济运行一览' />
      <View className='economy-page__head'>
        <Heading level={1}>
          {reportWording.economyTitle ?? '经济运行一览'}
        </Heading>
        <Text className='economy-page__note'>{reportWording.economyNote}</Text>
        <Text className='economy-page__note'>条形只比同比增减（各项同一刻度）；单位不同的数值不放在一起比。点一行，打开它所在的卡片。</Text>
      </View>
      {groups.map((group) => (
        <View key={group.unit} className='economy-page__group'>
          <Text className='economy-page__unit'>单位：{group.unit}</Text>
          {group.indicators.map((indicator) => {
            const { prefix, number, unit } = figureParts(indicator.figure)
            return (
              <View
                key={indicator.figure.id}
                className='economy-page__row'
                role='link' {...tappable}
                onClick={() => openCard(indicator.cardId)}
              >
                <View className='economy-page__row-head'>
                  <Text className='economy-page__name'>{indicator.name}</Text>
                  <View className='economy-page__value'>
                    <Text className='economy-page__number'>
                      {prefix}
                      {number}
                    </Text>
                    <Text className='economy-page__value-unit'>{unit}</Text>
                    <Text aria-hidden className='economy-page__chevron'>
                      ›
                    </Text>
                  </View>
                </View>
                {indicator.figure.change ? (
                  <View className='economy-page__bar-line'>
                    <ChangeBar change={indicator.figure.change} scalePercent={scalePercent} />
                    <FigureChange className='economy-page__change' change={indicator.figure.change} />
                  </View>
                ) : (
                  <Text className='economy-page__change--none'>报告未列同比</Text>
                )}
              </View>
            )
          })}
        </View>
      ))}
      <View className='economy-page__suggest' role='link' {...tappable} onClick={() => suggestAbout('economy')}>
        <Text>对「经济运行一览」提建议 ›</Text>
      </View>
    </ReadingPage>
  )
}
