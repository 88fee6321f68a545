import { useDidShow, useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { registerOfflineReading } from './services/offline'
import { initCloud } from './services/cloud'
import { checkMineChangesWhenSignedIn } from './services/mine-changes-check'
import { resumeWaitingSuggestions } from './services/outbox-resume'
import './styles/theme.css'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    // Suggestions saved while the network was away go out as soon as the app is open again.
    resumeWaitingSuggestions()
    // H5: precache the app so it reads offline after this visit (no-op on weapp).
    registerOfflineReading()
  })
  // A suggestion handed out or answered since 我的 was last seen puts a red dot on its tab.
  useDidShow(checkMineChangesWhenSignedIn)
  return children
}

export default App
