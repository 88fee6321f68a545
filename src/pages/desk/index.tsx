import { Picker, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
// ReadingPage first: its CSS must come before the other components' in every page's chunk (weapp CSS order).
import { ReadingPage } from '../../components/reading-page'
import { DeskItem } from '../../components/desk-item'
import { Heading } from '../../components/heading'
import { LiveDeskPanel } from '../../components/live-desk-panel'
import { tappable } from '../../components/tappable'
import { useDelegateProfile } from '../../services/delegate-profile'
import { exportDesk, listDesk, saveDesk, type AdminItem, type DeskList, type DeskQuery } from '../../services/desk'
import { openExport } from '../../services/desk-file'
import './index.css'

const COUNT_NAMES = ['待交办', '办理中', '已答复', '不满意', '逾期'] as const
const STATES = ['', '已收到', '已交办', '已答复', '重办'] as const
const RATINGS = ['', '满意', '基本满意', '不满意', '未评价'] as const

/** A filter's query from a count's filter (status, rating, overdue). */
function queryOf(filter: Record<string, unknown>, keep: DeskQuery): DeskQuery {
  return {
    ...(keep.office ? { office: keep.office } : {}),
    ...(typeof filter.status === 'string' ? { status: filter.status } : {}),
    ...(typeof filter.rating === 'string' ? { rating: filter.rating } : {}),
    ...(filter.overdue === true ? { overdue: '1' } : {}),
  }
}

function Chip({ label, on, onTap }: { label: string; on: boolean; onTap: () => void }) {
  return (
    <View className={`desk-chip${on ? ' desk-chip--on' : ''}`} role='button' {...tappable} aria-pressed={on} onClick={onTap}>
      {label}
    </View>
  )
}

/** 人大办: the secretariat's desk in the mini-program, the same list, filters and editor as /admin/. */
export default function DeskPage() {
  const profile = useDelegateProfile()
  const [query, setQuery] = useState<DeskQuery>({})
  const [list, setList] = useState<DeskList | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(async (next: DeskQuery) => {
    setQuery(next)
    const answer = await listDesk(next)
    if (answer.ok) {
      setList(answer.value)
      setNotice(null)
    } else setNotice(answer.message)
  }, [])

  /** The next page after the cursor, added under what is shown. */
  const loadMore = async () => {
    if (!list?.nextCursor) return
    const answer = await listDesk({ ...query, cursor: list.nextCursor })
    if (answer.ok) setList({ ...answer.value, items: [...list.items, ...answer.value.items] })
    else setNotice(answer.message)
  }
  const isStaff = profile?.role === '工作人员'
  useEffect(() => {
    if (isStaff) void load({})
  }, [isStaff, load])
  // Back from elsewhere: what colleagues saved meanwhile.
  useDidShow(() => {
    if (isStaff) void load(query)
  })

  if (!isStaff)
    return (
      <ReadingPage className='desk-page'>
        <Text className='desk-page__notice'>只有人大办工作人员可以使用。请在「提建议」用工作人员编码和口令登录。</Text>
      </ReadingPage>
    )

  const save = async (item: AdminItem, change: Record<string, unknown>): Promise<string | null> => {
    const answer = await saveDesk(item.id, { ...change, version: item.version })
    await load(query)
    return answer.ok ? null : answer.message
  }

  const exportXlsx = async () => {
    setNotice('正在导出…')
    const answer = await exportDesk(query)
    setNotice(answer.ok ? await openExport(answer.value) : answer.message)
  }

  const officeNames = ['', ...(list?.offices ?? []).map((o) => o.name)]

  return (
    <ReadingPage className='desk-page'>
      <LiveDeskPanel />
      <Heading level={1}>代表建议办理</Heading>
      <View className='desk-page__counts' role='group' aria-label='办理统计'>
        {COUNT_NAMES.map((name) => (
          <Chip key={name} label={`${name} ${list?.counts[name] ?? 0}`} on={false} onTap={() => void load(queryOf(list?.countFilters[name] ?? {}, query))} />
        ))}
      </View>
      <View className='desk-page__filters' role='group' aria-label='按状态筛选'>
        {STATES.map((state) => (
          <Chip key={state || 'all'} label={state || '全部'} on={(query.status ?? '') === state} onTap={() => void load({ ...query, status: state || undefined })} />
        ))}
      </View>
      <View className='desk-page__filters' role='group' aria-label='按满意度筛选'>
        {RATINGS.map((rating) => (
          <Chip key={rating || 'all'} label={rating || '全部评价'} on={(query.rating ?? '') === rating} onTap={() => void load({ ...query, rating: rating || undefined })} />
        ))}
        <Chip label='只看逾期' on={query.overdue === '1'} onTap={() => void load({ ...query, overdue: query.overdue === '1' ? undefined : '1' })} />
      </View>
      <View className='desk-page__filters'>
        <Picker mode='selector' range={officeNames.map((n) => n || '全部单位')} value={Math.max(0, officeNames.indexOf(query.office ?? ''))} onChange={(e) => void load({ ...query, office: officeNames[Number(e.detail.value)] || undefined })}>
          <View className='desk-chip' role='button' {...tappable} aria-label='按承办单位筛选'>
            承办单位：{query.office || '全部'}
          </View>
        </Picker>
        <Chip label='导出 Excel' on={false} onTap={() => void exportXlsx()} />
      </View>
      {notice && <Text className='desk-page__notice'>{notice}</Text>}
      {list && <Text className='desk-page__notice'>共 {list.total} 条建议</Text>}
      <View role='list' aria-label='建议列表'>
        {list?.items.map((item) => (
          <DeskItem
            key={`${item.id}-${item.version}`}
            item={item}
            offices={list.offices}
            open={openId === item.id}
            onToggle={() => setOpenId(openId === item.id ? null : item.id)}
            onSave={(change) => save(item, change)}
          />
        ))}
      </View>
      {list?.nextCursor && <Chip label='加载更多' on={false} onTap={() => void loadMore()} />}
    </ReadingPage>
  )
}
