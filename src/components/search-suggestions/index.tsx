import { Text, View } from '@tarojs/components'
import { tappable } from '../tappable'
import './index.css'

/** What delegates look for first; shown before anything is typed. */
export const SUGGESTED_QUERIES = ['核酸', '小微水体', '减税降费', '安全生产'] as const

export interface SearchSuggestionsProps {
  onChoose: (query: string) => void
  /** The line above the queries; the empty state's by default */
  hint?: string
}

/** The empty state of search: a hint and a few queries to tap. */
export function SearchSuggestions({ onChoose, hint = '输入关键词，查找报告中的相关内容。试试：' }: SearchSuggestionsProps) {
  return (
    <View className='search-suggestions'>
      <Text className='search-suggestions__hint'>{hint}</Text>
      <View className='search-suggestions__chips'>
        {SUGGESTED_QUERIES.map((query) => (
          <View key={query} className='search-suggestions__chip' role='button' {...tappable} onClick={() => onChoose(query)}>
            {query}
          </View>
        ))}
      </View>
    </View>
  )
}
