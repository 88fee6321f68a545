/**
 * An in-memory stand-in for the part of the WeChat cloud database the
 * adapter uses, with its observable rules: documents keyed by _id, `add`
 * refusing a taken _id, `doc().get()` throwing for a missing document,
 * collections that must be created, transactions run one at a time, an
 * equality on an array field matching when the array holds the value, and
 * the commands gte, gt and inc.
 */
import type { CloudCollection, CloudDatabase, CloudDocumentRef, CloudQuery } from '../../../cloudfunctions/feedback/wx-server-sdk'

type Doc = Record<string, unknown>
const GTE = Symbol('gte')
const GT = Symbol('gt')
const INC = Symbol('inc')

export function createFakeCloudDb(): CloudDatabase & { collections: Map<string, Map<string, Doc>> } {
  const collections = new Map<string, Map<string, Doc>>()
  let ids = 0
  let queue: Promise<unknown> = Promise.resolve()

  const table = (name: string) => {
    const t = collections.get(name)
    if (!t) throw new Error(`collection ${name} not exists`)
    return t
  }
  const clone = <T>(v: T): T => structuredClone(v)

  function docRef(name: string, id: string): CloudDocumentRef {
    return {
      async get() {
        const doc = table(name).get(id)
        if (!doc) throw new Error(`document.get:fail document with _id ${id} does not exist`)
        return { data: clone(doc) }
      },
      async set({ data }) {
        table(name).set(id, { ...clone(data), _id: id })
      },
      async update({ data }) {
        const doc = table(name).get(id)
        if (!doc) return { stats: { updated: 0 } }
        apply(doc, data)
        return { stats: { updated: 1 } }
      },
      async remove() {
        table(name).delete(id)
      },
    }
  }

  /** Writes `data` into `doc`, running inc commands. */
  function apply(doc: Doc, data: Doc): void {
    for (const [key, value] of Object.entries(data)) {
      doc[key] = value && typeof value === 'object' && INC in value ? Number(doc[key] ?? 0) + (value as { [INC]: number })[INC] : clone(value)
    }
  }

  function matches(doc: Doc, condition: Doc): boolean {
    return Object.entries(condition).every(([key, want]) => {
      const have = doc[key]
      if (want && typeof want === 'object' && GTE in want) return (have as string) >= (want as { [GTE]: string })[GTE]
      if (want && typeof want === 'object' && GT in want) return (have as number) > (want as { [GT]: number })[GT]
      if (Array.isArray(have) && !Array.isArray(want)) return have.includes(want)
      return have === want
    })
  }

  const compare = (a: unknown, b: unknown) => (a === b ? 0 : (a as string) < (b as string) ? -1 : 1)

  function query(name: string, condition: Doc = {}, order?: [string, 'asc' | 'desc'], skip = 0, limit = 100): CloudQuery {
    const rows = () => {
      const all = [...table(name).values()].filter((d) => matches(d, condition))
      if (order) all.sort((a, b) => compare(a[order[0]], b[order[0]]) * (order[1] === 'asc' ? 1 : -1))
      return all
    }
    return {
      where: (c) => query(name, { ...condition, ...c }, order, skip, limit),
      orderBy: (field, dir) => query(name, condition, [field, dir], skip, limit),
      skip: (n) => query(name, condition, order, n, limit),
      limit: (n) => query(name, condition, order, skip, Math.min(n, 1000)),
      async get() {
        return { data: rows().slice(skip, skip + limit).map(clone) }
      },
      async count() {
        return { total: rows().length }
      },
      async update({ data }) {
        const hit = rows()
        for (const d of hit) apply(d, data)
        return { stats: { updated: hit.length } }
      },
      async remove() {
        const hit = rows()
        for (const d of hit) table(name).delete(d._id as string)
        return { stats: { removed: hit.length } }
      },
    }
  }

  function collection(name: string): CloudCollection {
    return {
      ...query(name),
      doc: (id) => docRef(name, id),
      async add({ data }) {
        const id = typeof data._id === 'string' ? data._id : `auto-${++ids}`
        if (table(name).has(id)) throw new Error(`[DuplicateWrite] Cannot add document with duplicate _id ${id}`)
        table(name).set(id, { ...clone(data), _id: id })
        return { _id: id }
      },
    }
  }

  return {
    collections,
    collection,
    async createCollection(name) {
      if (collections.has(name)) throw new Error(`collection ${name} already exists`)
      collections.set(name, new Map())
    },
    runTransaction(callback) {
      const run = queue.then(() => callback({ collection: (name) => ({ doc: (id) => docRef(name, id) }) }))
      queue = run.catch(() => undefined)
      return run
    },
    command: { gte: (value) => ({ [GTE]: value }), gt: (value) => ({ [GT]: value }), inc: (by) => ({ [INC]: by }) },
  }
}
