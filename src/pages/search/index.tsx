import { Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { ReadingPage } from '../../components/reading-page'
import { SearchResults } from '../../components/search-results'
import { SearchSuggestions } from '../../components/search-suggestions'
import { TopBar } from '../../components/top-bar'
import { tappable } from '../../components/tappable'
import { report } from '../../report/report'
import { rememberSearchHit } from '../../services/search-hit'
import { buildSearchIndex, closestTerms, searchReport, type SearchResult } from '../../report/search'
import './index.css'

// Built once when the page's code loads; each keystroke then only scans the prepared texts.
const searchIndex = buildSearchIndex(report)

function urlOf(result: SearchResult): string {
  return result.kind === 'card'
    ? `/pages/card/index?id=${encodeURIComponent(result.id)}`
    : `/pages/paragraph/index?id=${encodeURIComponent(result.id)}`
}

function initialQuery(raw: string | undefined): string {
  if (!raw) return ''
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/** Search as you type over the whole report; a result opens its card or paragraph. */
export default function SearchPage() {
  const router = useRouter()
  const [query, setQuery] = useState(() => initialQuery(router.params.q))
  const results = useMemo(() => searchReport(searchIndex, query), [query])
  const typed = query.trim().length > 0
  const closest = useMemo(() => (typed && results.length === 0 ? closestTerms(searchIndex, query) : []), [typed, results, query])

  const open = (result: SearchResult) => {
    // The page opens at the matched sentence and marks it.
    rememberSearchHit(result.id, query.trim())
    void Taro.navigateTo({ url: urlOf(result) })
  }

  return (
    <ReadingPage className='search-page'>
      <TopBar title='搜索' />
      <View className='search-page__bar' role='search'>
        <Input
          className='search-page__input'
          type='text'
          confirmType='search'
          focus
          value={query}
          maxlength={40}
          placeholder='搜索报告内容，如：核酸'
          placeholderClass='search-page__placeholder'
          nativeProps={{ 'aria-label': '搜索报告内容' }}
          onInput={(event) => setQuery(event.detail.value)}
        />
        {typed && (
          <View className='search-page__clear' role='button' aria-label='清除' {...tappable} onClick={() => setQuery('')}>
            ×
          </View>
        )}
      </View>
      <View className='search-page__body'>
        {!typed && <SearchSuggestions onChoose={setQuery} />}
        {typed && (
          <Text className='search-page__count' aria-live='polite'>
            {results.length > 0 ? `找到 ${results.length} 条` : `没有找到与「${query.trim()}」相关的内容，换个词试试`}
          </Text>
        )}
        {typed && results.length > 0 && <SearchResults results={results} onOpen={open} />}
        {typed && results.length === 0 && closest.length > 0 ? (
          <View className='search-page__closest'>
            <Text className='search-page__closest-label'>你要找的是不是：</Text>
            {closest.map((term) => (
              <View key={term} className='search-page__closest-term' role='button' {...tappable} onClick={() => setQuery(term)}>
                {term}
              </View>
            ))}
          </View>
        ) : null}
        {typed && results.length === 0 ? <SearchSuggestions hint='也可以试试：' onChoose={setQuery} /> : null}
      </View>
    </ReadingPage>
  )
}
