import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { initCloud } from './services/cloud'
import { resumeSuggestionOutbox } from './services/suggestion-outbox'
import './styles/theme.css'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    // Suggestions saved while the network was away go out as soon as the app is open again.
    resumeSuggestionOutbox()
  })
  return children
}

export default App
