import { Text, View } from '@tarojs/components'
import type { SearchResult, SearchSegment } from '../../report/search'
import { tappable } from '../tappable'
import './index.css'

export interface SearchResultsProps {
  results: readonly SearchResult[]
  onOpen: (result: SearchResult) => void
}

/** Text with the query's words set apart (bold, on a pale gold ground). */
export function MarkedText({ segments, className }: { segments: readonly SearchSegment[]; className?: string }) {
  return (
    <Text className={className}>
      {segments.map((segment, at) =>
        segment.match ? (
          <Text key={at} className='search-mark'>
            {segment.text}
          </Text>
        ) : (
          segment.text
        ),
      )}
    </Text>
  )
}

/** The results of a search: the card's title, where it stands, and the matched words in context. */
export function SearchResults({ results, onOpen }: SearchResultsProps) {
  return (
    <View className='search-results'>
      {results.map((result) => (
        <View
          key={`${result.kind}:${result.id}`}
          className='search-result'
          role='link'
          {...tappable}
          onClick={() => onOpen(result)}
        >
          <MarkedText className='search-result__title' segments={result.titleSegments} />
          <Text className='search-result__section'>{result.sectionLabel}</Text>
          <MarkedText className='search-result__snippet' segments={result.snippet} />
        </View>
      ))}
    </View>
  )
}
