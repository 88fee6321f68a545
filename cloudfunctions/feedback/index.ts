/**
 * The WeChat cloud function `feedback`. It runs the same handler as the local
 * server, with the cloud database as the store and the caller's OPENID from
 * getWXContext(). It answers `{ status, body, headers? }`, the HTTP contract's
 * status, body and headers (retry-after), so the app reads both transports the
 * same way.
 *
 * One action lives only here: `wxacode` `{ scene, page? }` → a mini-program
 * code as base64 PNG (openapi wxacode.getUnlimited), for shared posters.
 *
 * 跟随宣读: `liveNow` reads and `deskLive` (staff) sets the live document
 * `live/now` that every mini-program watches (live-desk.ts).
 *
 * The secretariat's desk actions run here too (a signed-in 工作人员): the
 * .xlsx export goes to cloud storage (fileID and a temporary URL), and each
 * 交办 and 答复 sends the sender a subscription notice (src: notices.ts).
 *
 * Built by `npm run build:cloud` into dist/ (index.js, package.json,
 * config.json, roster.csv, offices.csv) for WeChat DevTools to upload.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { cardIndexOf } from '../../src/feedback/card-index'
import { errorBody, handle, type HandlerResult } from '../../src/feedback/handler'
import type { ExportFile } from '../../src/feedback/desk'
import { NOTICE_TEMPLATES, type NoticeTemplates } from '../../src/feedback/notice-templates'
import { parseOffices, type Offices } from '../../src/feedback/offices'
import { parseRoster } from '../../src/feedback/roster'
import type { Store } from '../../src/feedback/store'
import type { Roster } from '../../src/feedback/types'
import report from '../../src/report/data/report.json'
import type { Report } from '../../src/report/types'
import { createCloudStore } from './cloud-store'
import { handlerEventOf, httpAnswerOf, httpClientAddress, isHttpAccessEvent, type HttpAccessAnswer, type HttpAccessEvent } from './http-access'
import { isLiveAction, liveAction } from './live-desk'
import { createNotifier } from './notices'
import type { CloudSdk } from './wx-server-sdk'

export interface CloudMainOptions {
  cloud: CloudSdk
  roster: Roster
  /** The town's 承办单位 (offices.csv); without them the desk actions answer 503 */
  offices?: Offices
  /** Subscription notices; the build's config/notice-templates.json unless given */
  noticeTemplates?: NoticeTemplates
  /** The cloud database adapter unless given (tests give an in-memory one) */
  store?: Store
  now?: () => Date
}

/** `{ status, body }` to wx.cloud.callFunction; an HTTP answer to CloudBase HTTP access (the H5 app). */
export interface CloudMain {
  (event: HttpAccessEvent, context?: unknown): Promise<HttpAccessAnswer>
  (event: unknown, context?: unknown): Promise<HandlerResult>
}

const cards = cardIndexOf(report as Pick<Report, 'parts'>)

export function createMain(options: CloudMainOptions): CloudMain {
  const { cloud, roster } = options
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  let store = options.store

  async function run(event: unknown, viaHttp: { clientAddress?: string } | null): Promise<HandlerResult> {
    try {
      if (isRecord(event) && event.action === 'wxacode') return await wxacode(cloud, event)
      store ??= createCloudStore(cloud.database())
      // Over HTTP access there is no WeChat account: the session alone says who calls.
      const { OPENID, CLIENTIP, CLIENTIPV6 } = viaHttp ? { OPENID: '', CLIENTIP: viaHttp.clientAddress, CLIENTIPV6: '' } : cloud.getWXContext()
      // Failed sign-ins are throttled per caller: the WeChat account, else the client's IP.
      const clientAddress = OPENID || CLIENTIP || CLIENTIPV6 || undefined
      // 跟随宣读: the live document (live-desk.ts).
      if (isRecord(event) && isLiveAction(event.action)) return await liveAction(event, { db: cloud.database(), store, roster, openid: OPENID || undefined, now: options.now })
      const notify = createNotifier({ cloud, db: cloud.database(), store, templates: options.noticeTemplates ?? NOTICE_TEMPLATES })
      return await handle(
        event,
        {
          roster,
          offices: options.offices,
          cardTitle: cards.title,
          openid: OPENID || undefined,
          clientAddress,
          isKnownCardId: cards.has,
          now: options.now,
          notify,
          saveExport: (file) => saveExport(cloud, file, (options.now ?? (() => new Date()))()),
        },
        store,
      )
    } catch (error) {
      // Only the store or WeChat's API fail here; the outbox retries a 5xx.
      console.error(error)
      return { status: 500, body: errorBody('internal') }
    }
  }

  async function main(event: unknown): Promise<HandlerResult | HttpAccessAnswer> {
    if (!isHttpAccessEvent(event)) return run(event, null)
    const request = handlerEventOf(event)
    return httpAnswerOf(request.ok ? await run(request.event, { clientAddress: httpClientAddress(event) }) : request.result)
  }
  return main as CloudMain
}

/**
 * The desk's .xlsx into cloud storage: the mini-program downloads it by
 * fileID (wx.openDocument), a browser (H5 over CloudBase HTTP access) by the
 * temporary URL.
 */
async function saveExport(cloud: CloudSdk, file: ExportFile, now: Date): Promise<Record<string, unknown>> {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15)
  const { fileID } = await cloud.uploadFile({ cloudPath: `desk-exports/${stamp}-${Math.random().toString(36).slice(2, 8)}.xlsx`, fileContent: file.bytes })
  const { fileList } = await cloud.getTempFileURL({ fileList: [fileID] })
  return { fileID, url: fileList[0]?.tempFileURL ?? null }
}

const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/
const PAGE = /^pages\/[A-Za-z0-9_\-/]+$/
const ENV_VERSIONS = ['release', 'trial', 'develop'] as const

async function wxacode(cloud: CloudSdk, event: Record<string, unknown>): Promise<HandlerResult> {
  const { scene, page, width, envVersion } = event
  const fields: Record<string, string> = {}
  if (typeof scene !== 'string' || !SCENE.test(scene)) fields.scene = '场景值须为1到32个字母、数字或符号'
  if (page !== undefined && (typeof page !== 'string' || !PAGE.test(page))) fields.page = '页面路径不正确'
  if (width !== undefined && !(typeof width === 'number' && Number.isInteger(width) && width >= 280 && width <= 1280))
    fields.width = '宽度须在280到1280之间'
  if (envVersion !== undefined && !ENV_VERSIONS.includes(envVersion as (typeof ENV_VERSIONS)[number]))
    fields.envVersion = '版本不正确'
  if (Object.keys(fields).length) return { status: 400, body: errorBody('invalid', { fields }) }

  const result = await cloud.openapi.wxacode.getUnlimited({
    scene: scene as string,
    ...(page ? { page: page as string } : {}),
    // Unpublished pages (trial, develop) are not known to WeChat's path check.
    checkPath: false,
    ...(width ? { width: width as number } : {}),
    ...(envVersion ? { envVersion: envVersion as (typeof ENV_VERSIONS)[number] } : {}),
  })
  if (result.errCode) return { status: 502, body: errorBody('wxacode_failed', { message: result.errMsg ?? '' }) }
  return {
    status: 200,
    body: { contentType: result.contentType ?? 'image/png', base64: Buffer.from(result.buffer).toString('base64') },
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

let deployed: CloudMain | undefined

/** The entry WeChat calls: wx-server-sdk and roster.csv sit beside the built index.js. */
export async function main(event: unknown, context: unknown): Promise<HandlerResult | HttpAccessAnswer> {
  deployed ??= createMain({
    // Installed by WeChat in the cloud; kept out of the bundle, loaded only when deployed.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    cloud: require('wx-server-sdk') as CloudSdk,
    roster: parseRoster(readFileSync(path.join(__dirname, 'roster.csv'), 'utf8'), 'roster.csv'),
    offices: parseOffices(readFileSync(path.join(__dirname, 'offices.csv'), 'utf8'), 'offices.csv'),
  })
  return deployed(event, context)
}
