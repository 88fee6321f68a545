/**
 * The part of wx-server-sdk this function uses, typed by hand: the SDK is
 * installed by WeChat in the cloud, not here. Tests pass fakes of these.
 */

export interface CloudDocumentRef {
  get(): Promise<{ data: Record<string, unknown> }>
  set(options: { data: Record<string, unknown> }): Promise<unknown>
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<unknown>
}

export interface CloudQuery {
  where(condition: Record<string, unknown>): CloudQuery
  orderBy(field: string, order: 'asc' | 'desc'): CloudQuery
  skip(n: number): CloudQuery
  limit(n: number): CloudQuery
  get(): Promise<{ data: Array<Record<string, unknown>> }>
  count(): Promise<{ total: number }>
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface CloudCollection extends CloudQuery {
  doc(id: string): CloudDocumentRef
  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>
}

export interface CloudTransaction {
  collection(name: string): { doc(id: string): CloudDocumentRef }
}

export interface CloudDatabase {
  collection(name: string): CloudCollection
  runTransaction<T>(callback: (transaction: CloudTransaction) => Promise<T>, retries?: number): Promise<T>
  createCollection(name: string): Promise<unknown>
  command: { gte(value: unknown): unknown; gt(value: unknown): unknown; inc(by: number): unknown }
}

/** A subscription notice (订阅消息) as openapi subscribeMessage.send takes it. */
export interface SubscribeMessage {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  miniprogramState?: 'developer' | 'trial' | 'formal'
}

export interface CloudSdk {
  DYNAMIC_CURRENT_ENV: unknown
  init(options: { env: unknown }): void
  database(): CloudDatabase
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  getTempFileURL(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; tempFileURL: string; status?: number }> }>
  getWXContext(): { OPENID?: string; APPID?: string; UNIONID?: string; CLIENTIP?: string; CLIENTIPV6?: string }
  openapi: {
    wxacode: {
      getUnlimited(options: {
        scene: string
        page?: string
        checkPath?: boolean
        envVersion?: 'release' | 'trial' | 'develop'
        width?: number
      }): Promise<{ contentType?: string; buffer: Uint8Array; errCode?: number; errMsg?: string }>
    }
    /** Rejects (an error with errCode) when WeChat refuses, e.g. 43101: the user has not accepted this notice */
    subscribeMessage: {
      send(message: SubscribeMessage): Promise<{ errCode?: number; errMsg?: string }>
    }
  }
}
