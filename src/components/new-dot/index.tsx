import { Text } from '@tarojs/components'
import './index.css'

/** The red dot on a suggestion that moved since the last look, with words (never colour alone). */
export function NewDot() {
  return <Text className='new-dot'>新进展</Text>
}
