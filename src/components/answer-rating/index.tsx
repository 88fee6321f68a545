import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { RATINGS, type Rating } from '../../feedback/types'
import { tappable } from '../tappable'
import './index.css'

export interface AnswerRatingProps {
  title: string
  /** Resolves null when saved, else the message to show */
  onRate: (rating: Rating, comment: string) => Promise<string | null>
}

/** The sender's 满意度 of an answer: three choices and an optional comment; 不满意 sends it back for 重办. */
export function AnswerRating({ title, onRate }: AnswerRatingProps) {
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const rate = (rating: Rating) => {
    if (busy) return
    setBusy(true)
    setProblem(null)
    void onRate(rating, comment)
      .then(setProblem)
      .finally(() => setBusy(false))
  }

  return (
    <View className='answer-rating' role='group' aria-label={`评价答复：${title}`}>
      <Text className='answer-rating__lead'>您对这次答复满意吗？</Text>
      <Textarea
        className='answer-rating__comment'
        aria-label='评价意见（选填）'
        placeholder='评价意见（选填）'
        value={comment}
        maxlength={500}
        onInput={(event) => setComment(event.detail.value)}
      />
      <View className='answer-rating__choices'>
        {RATINGS.map((rating) => (
          <View
            key={rating}
            className={`answer-rating__choice${rating === '不满意' ? ' answer-rating__choice--unhappy' : ''}`}
            role='button'
            {...tappable}
            aria-disabled={busy}
            onClick={() => rate(rating)}
          >
            {rating}
          </View>
        ))}
      </View>
      {problem && <Text className='answer-rating__problem'>{problem}</Text>}
    </View>
  )
}
