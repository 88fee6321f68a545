import { Text, View } from '@tarojs/components'
import { FigureChange } from '../../components/figure-change'
import { openCard } from '../../components/page-links'
import { figureParts } from '../../report/wording'
import { Heading } from '../../components/heading'
import { ReadingPage } from '../../components/reading-page'
import { TopBar } from '../../components/top-bar'
import { economyGroups } from '../../report/economy'
import { reportWording } from '../../report/wording-data'
import { tappable } from '../../components/tappable'
import './index.css'

const groups = economyGroups()

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
                  </View>
                </View>
                <View className='economy-page__bar-line'>
                  <View className='economy-page__track' aria-hidden>
                    <View
                      className='economy-page__bar'
                      style={{ width: `${Math.max(2, Math.round(indicator.share * 1000) / 10)}%` }}
                    />
                  </View>
                  {indicator.figure.change ? (
                    <FigureChange className='economy-page__change' change={indicator.figure.change} />
                  ) : (
                    <Text className='economy-page__change economy-page__change--none'>—</Text>
                  )}
                </View>
              </View>
            )
          })}
        </View>
      ))}
    </ReadingPage>
  )
}
