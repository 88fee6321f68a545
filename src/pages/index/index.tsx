import { View } from '@tarojs/components'
import { ReportCover } from '../../components/report-cover'
import { reportMeta } from '../../report/outline'
import './index.css'

/** The cover: what the report is, then the way into its parts. */
export default function CoverPage() {
  return (
    <View className='cover-page'>
      <ReportCover meta={reportMeta} />
    </View>
  )
}
