import type { PropsWithChildren } from 'react'
import './styles/theme.css'
import './app.css'

function App({ children }: PropsWithChildren) {
  return children
}

export default App
