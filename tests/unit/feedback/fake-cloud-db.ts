/**
 * An in-memory stand-in for the part of the WeChat cloud database the
 * adapter uses, with its observable rules: documents keyed by _id, `add`
 * refusing a taken _id, `doc().get()` throwing for a missing document,
 * collections that must be created, and transactions run one at a time.
 */
import type { CloudCollection, CloudDatabase, CloudDocumentRef, CloudQuery } from '../../../cloudfunctions/feedback/wx-server-sdk'

type Doc = Record<string, unknown>
const GTE = Symbol('gte')

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
        Object.assign(doc, clone(data))
        return { stats: { updated: 1 } }
      },
      async remove() {
        table(name).delete(id)
      },
    }
  }

  function matches(doc: Doc, condition: Doc): boolean {
    return Object.entries(condition).every(([key, want]) => {
      const have = doc[key]
      if (want && typeof want === 'object' && GTE in want) return (have as string) >= (want as { [GTE]: string })[GTE]
      return have === want
    })
  }

  function query(name: string, condition: Doc = {}, order?: [string, 'asc' | 'desc'], skip = 0, limit = 100): CloudQuery {
    const rows = () => {
      const all = [...table(name).values()].filter((d) => matches(d, condition))
      if (order) all.sort((a, b) => ((a[order[0]] as number) - (b[order[0]] as number)) * (order[1] === 'asc' ? 1 : -1))
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
        for (const d of hit) Object.assign(d, clone(data))
        return { stats: { updated: hit.length } }
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
    command: { gte: (value) => ({ [GTE]: value }) },
  }
}
