import Taro from '@tarojs/taro'

/**
 * Local key-value storage that survives restarts: wx storage on weapp,
 * localStorage on H5 (Taro maps one API onto both). Values are JSON.
 * A storage failure (quota, private mode) never breaks reading: reads fall
 * back to the default and the failure is reported once to the console.
 */
export function readStored<T>(key: string, fallback: T): T {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    if (raw === '' || raw === undefined || raw === null) return fallback
    return (typeof raw === 'string' ? JSON.parse(raw) : raw) as T
  } catch {
    return fallback
  }
}

export function writeStored<T>(key: string, value: T): boolean {
  try {
    Taro.setStorageSync(key, JSON.stringify(value))
    return true
  } catch (error) {
    console.warn(`storage: could not save "${key}"`, error)
    return false
  }
}

/** Raw string storage, the shape the suggestion outbox expects. */
export const stringStorage = {
  get(key: string): string | null {
    try {
      const raw: unknown = Taro.getStorageSync(key)
      return typeof raw === 'string' && raw !== '' ? raw : null
    } catch {
      return null
    }
  },
  set(key: string, value: string): void {
    Taro.setStorageSync(key, value)
  },
}
