/**
 * The Store on SQLite (better-sqlite3 v12) for the local server.
 * WAL with synchronous=FULL: a commit is fsynced before the call returns, so
 * an answered submission survives a crash. The sequence number, the replay
 * check and the rate limit are one IMMEDIATE transaction. Sessions (by token
 * hash) and failed sign-ins live here too, so a restart keeps both. The
 * workflow's fields (office, 期限, answer time and who, rating, timeline as
 * JSON) are columns; a database from before them is migrated on open.
 */
import Database from 'better-sqlite3'
import type { InsertOutcome, InsertRules, NewSuggestion, Store, SuggestionFilter, SuggestionUpdate, UpdateOutcome } from '../../src/feedback/store'
import type { Cosigner, Rating, Suggestion, SuggestionStatus, TimelineEntry } from '../../src/feedback/types'

const SUGGESTIONS_TABLE = `
CREATE TABLE IF NOT EXISTS suggestions (
  seq           INTEGER PRIMARY KEY,
  request_id    TEXT NOT NULL,
  receipt       TEXT NOT NULL,
  delegate_code TEXT NOT NULL,
  title         TEXT NOT NULL,
  content       TEXT NOT NULL,
  card_id       TEXT NOT NULL,
  phone         TEXT,
  cosigners     TEXT NOT NULL DEFAULT '[]',
  status        TEXT NOT NULL DEFAULT '已收到' CHECK (status IN ('已收到', '已交办', '已答复', '重办')),
  answer        TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1,
  office        TEXT,
  deadline      TEXT,
  assigned_at   TEXT,
  answered_at   TEXT,
  answered_by   TEXT,
  rating        TEXT CHECK (rating IS NULL OR rating IN ('满意', '基本满意', '不满意')),
  rating_comment TEXT,
  rated_at      TEXT,
  timeline      TEXT NOT NULL DEFAULT '[]'
);`

const SCHEMA = `${SUGGESTIONS_TABLE}
CREATE UNIQUE INDEX IF NOT EXISTS suggestions_request_id ON suggestions (request_id);
CREATE UNIQUE INDEX IF NOT EXISTS suggestions_receipt ON suggestions (receipt);
CREATE INDEX IF NOT EXISTS suggestions_delegate ON suggestions (delegate_code, created_at);
CREATE INDEX IF NOT EXISTS suggestions_card ON suggestions (card_id);
CREATE TABLE IF NOT EXISTS bindings (
  delegate_code TEXT PRIMARY KEY,
  openid        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS bindings_openid ON bindings (openid);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash    TEXT PRIMARY KEY,
  delegate_code TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_delegate ON sessions (delegate_code);
CREATE TABLE IF NOT EXISTS failed_sign_ins (
  key TEXT NOT NULL,
  at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS failed_sign_ins_key ON failed_sign_ins (key, at);
`

/**
 * A database from before the workflow (its status check knows no 重办, and
 * SQLite cannot change a check in place) is copied into the current table in
 * one transaction. An answer's time was not kept then: its last change stands in.
 */
function migrateToWorkflow(db: Database.Database): void {
  const table = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'suggestions'").get()
  if (!table || table.sql.includes("'重办'")) return
  const old = new Set(db.prepare<[], { name: string }>('PRAGMA table_info(suggestions)').all().map((c) => c.name))
  const kept = ['seq', 'request_id', 'receipt', 'delegate_code', 'title', 'content', 'card_id', 'phone', 'cosigners', 'status', 'answer', 'created_at', 'updated_at', 'version'].filter((c) => old.has(c))
  db.transaction(() => {
    db.exec('ALTER TABLE suggestions RENAME TO suggestions_before_workflow')
    for (const { name } of db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'suggestions_before_workflow' AND sql IS NOT NULL").all())
      db.exec(`DROP INDEX "${name}"`)
    db.exec(SUGGESTIONS_TABLE)
    db.exec(`INSERT INTO suggestions (${kept.join(', ')}, answered_at)
             SELECT ${kept.join(', ')}, CASE WHEN status = '已答复' THEN updated_at END FROM suggestions_before_workflow`)
    db.exec('DROP TABLE suggestions_before_workflow')
  })()
}

/** Failed sign-ins older than this are never asked about again. */
const FAILURE_RETENTION_MS = 24 * 3600_000

interface Row {
  seq: number
  request_id: string
  receipt: string
  delegate_code: string
  title: string
  content: string
  card_id: string
  phone: string | null
  cosigners: string
  status: SuggestionStatus
  answer: string | null
  version: number
  created_at: string
  updated_at: string
  office: string | null
  deadline: string | null
  assigned_at: string | null
  answered_at: string | null
  answered_by: string | null
  rating: Rating | null
  rating_comment: string | null
  rated_at: string | null
  timeline: string
}

/** Before consent, co-signers were stored as bare codes: they never confirmed. */
function parseCosigners(json: string): Cosigner[] {
  return (JSON.parse(json) as Array<string | Cosigner>).map((c) => (typeof c === 'string' ? { code: c, state: 'invited' } : c))
}

function fromRow(row: Row): Suggestion {
  return {
    id: String(row.seq),
    receipt: row.receipt,
    requestId: row.request_id,
    delegateCode: row.delegate_code,
    title: row.title,
    content: row.content,
    cardId: row.card_id,
    phone: row.phone,
    cosigners: parseCosigners(row.cosigners),
    status: row.status,
    answer: row.answer,
    office: row.office,
    deadline: row.deadline,
    assignedAt: row.assigned_at,
    answeredAt: row.answered_at,
    answeredBy: row.answered_by,
    rating: row.rating,
    ratingComment: row.rating_comment,
    ratedAt: row.rated_at,
    timeline: JSON.parse(row.timeline) as TimelineEntry[],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function where(filter: SuggestionFilter = {}): { sql: string; params: Record<string, string> } {
  const clauses: string[] = []
  const params: Record<string, string> = {}
  if (filter.section !== undefined) {
    // Section ids hold no LIKE wildcards (checked by the routes); escape anyway.
    clauses.push("card_id LIKE @sectionPrefix ESCAPE '\\'")
    params.sectionPrefix = `${filter.section.replace(/[\\%_]/g, '\\$&')}-%`
  }
  if (filter.cardId !== undefined) {
    clauses.push('card_id = @cardId')
    params.cardId = filter.cardId
  }
  if (filter.status !== undefined) {
    clauses.push('status = @status')
    params.status = filter.status
  }
  if (filter.delegateCode !== undefined) {
    clauses.push('delegate_code = @delegateCode')
    params.delegateCode = filter.delegateCode
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

export interface SqliteStore extends Store {
  /** The connection's durability settings, as SQLite reports them (synchronous 2 = FULL). */
  settings(): { journalMode: string; synchronous: number }
  close(): void
}

export function openSqliteStore(file: string): SqliteStore {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  migrateToWorkflow(db)
  db.exec(SCHEMA)

  const byRequestId = db.prepare<[string], Row>('SELECT * FROM suggestions WHERE request_id = ?')
  const bySeq = db.prepare<[number], Row>('SELECT * FROM suggestions WHERE seq = ?')
  const recentCount = db.prepare<[string, string], { n: number }>(
    'SELECT COUNT(*) AS n FROM suggestions WHERE delegate_code = ? AND created_at >= ?',
  )
  const nextSeq = db.prepare<[], { seq: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM suggestions')
  const insertRow = db.prepare(`
    INSERT INTO suggestions (seq, request_id, receipt, delegate_code, title, content, card_id, phone, cosigners, created_at, updated_at)
    VALUES (@seq, @requestId, @receipt, @delegateCode, @title, @content, @cardId, @phone, @cosigners, @createdAt, @createdAt)
  `)
  const updateRow = db.prepare(`
    UPDATE suggestions SET status = @status, office = @office, deadline = @deadline, assigned_at = @assignedAt,
      answer = @answer, answered_at = @answeredAt, answered_by = @answeredBy,
      rating = @rating, rating_comment = @ratingComment, rated_at = @ratedAt, timeline = @timeline,
      updated_at = @updatedAt, version = version + 1
    WHERE seq = @seq AND version = @expectedVersion`)
  const setCosigners = db.prepare('UPDATE suggestions SET cosigners = @cosigners, updated_at = @updatedAt WHERE seq = @seq')
  // json_each over the stored list: only rows that still wait for this code's answer.
  const invitedRows = db.prepare<[string], Row>(`
    SELECT * FROM suggestions
    WHERE EXISTS (SELECT 1 FROM json_each(suggestions.cosigners)
                  WHERE json_extract(value, '$.code') = ? AND json_extract(value, '$.state') = 'invited')
    ORDER BY seq`)
  const bindingOf = db.prepare<[string], { openid: string }>('SELECT openid FROM bindings WHERE delegate_code = ?')
  const codeOf = db.prepare<[string], { delegate_code: string }>('SELECT delegate_code FROM bindings WHERE openid = ? LIMIT 1')
  const insertSession = db.prepare('INSERT INTO sessions (token_hash, delegate_code, created_at) VALUES (?, ?, ?)')
  const sessionOf = db.prepare<[string], { delegate_code: string }>('SELECT delegate_code FROM sessions WHERE token_hash = ?')
  const deleteSession = db.prepare('DELETE FROM sessions WHERE token_hash = ?')
  const deleteSessions = db.prepare('DELETE FROM sessions WHERE delegate_code = ?')
  const insertFailure = db.prepare('INSERT INTO failed_sign_ins (key, at) VALUES (?, ?)')
  const pruneFailures = db.prepare('DELETE FROM failed_sign_ins WHERE at < ?')
  const failuresOf = db.prepare<[string, string], { at: string }>('SELECT at FROM failed_sign_ins WHERE key = ? AND at >= ? ORDER BY at')
  const bind = db.prepare('INSERT OR IGNORE INTO bindings (delegate_code, openid) VALUES (?, ?)')
  const unbind = db.prepare('DELETE FROM bindings WHERE delegate_code = ?')

  const insert = db.transaction((draft: NewSuggestion, rules: InsertRules): InsertOutcome => {
    const existing = byRequestId.get(draft.requestId)
    if (existing) return { kind: 'existing', suggestion: fromRow(existing) }
    if (recentCount.get(draft.delegateCode, rules.limit.since)!.n >= rules.limit.max) return { kind: 'rate_limited' }
    const { seq } = nextSeq.get()!
    insertRow.run({
      seq,
      requestId: draft.requestId,
      receipt: rules.receiptFor(seq),
      delegateCode: draft.delegateCode,
      title: draft.title,
      content: draft.content,
      cardId: draft.cardId,
      phone: draft.phone,
      cosigners: JSON.stringify(draft.cosigners.map((code): Cosigner => ({ code, state: 'invited' }))),
      createdAt: draft.createdAt,
    })
    return { kind: 'created', suggestion: fromRow(bySeq.get(seq)!) }
  })

  const seqOf = (id: string): number | null => (/^[1-9]\d{0,15}$/.test(id) ? Number(id) : null)

  const update = db.transaction((seq: number, change: SuggestionUpdate, expectedVersion: number): UpdateOutcome => {
    const { status, office, deadline, assignedAt, answer, answeredAt, answeredBy, rating, ratingComment, ratedAt, updatedAt } = change
    const changed = updateRow.run({
      seq,
      expectedVersion,
      status,
      office,
      deadline,
      assignedAt,
      answer,
      answeredAt,
      answeredBy,
      rating,
      ratingComment,
      ratedAt,
      updatedAt,
      timeline: JSON.stringify(change.timeline),
    }).changes
    const row = bySeq.get(seq)
    if (!row) return { kind: 'missing' }
    return changed ? { kind: 'updated', suggestion: fromRow(row) } : { kind: 'stale', current: fromRow(row) }
  })

  const answer = db.transaction((seq: number, code: string, accept: boolean, updatedAt: string): Suggestion | null => {
    const row = bySeq.get(seq)
    if (!row) return null
    const cosigners = parseCosigners(row.cosigners)
    const cosigner = cosigners.find((c) => c.code === code)
    if (!cosigner) return null
    cosigner.state = accept ? 'confirmed' : 'declined'
    setCosigners.run({ seq, cosigners: JSON.stringify(cosigners), updatedAt })
    return fromRow(bySeq.get(seq)!)
  })

  const recordFailures = db.transaction((keys: readonly string[], at: string) => {
    for (const key of keys) insertFailure.run(key, at)
    pruneFailures.run(new Date(Date.parse(at) - FAILURE_RETENTION_MS).toISOString())
  })

  return {
    async insert(draft, rules) {
      return insert.immediate(draft, rules)
    },
    async findByRequestId(requestId) {
      const row = byRequestId.get(requestId)
      return row ? fromRow(row) : null
    },
    async get(id) {
      const seq = seqOf(id)
      const row = seq === null ? undefined : bySeq.get(seq)
      return row ? fromRow(row) : null
    },
    async list(filter, page) {
      const { sql, params } = where(filter)
      if (!page) return db.prepare<[Record<string, string>], Row>(`SELECT * FROM suggestions ${sql} ORDER BY seq`).all(params).map(fromRow)
      const after = `seq > ${page.after === undefined ? 0 : (seqOf(page.after) ?? 0)}`
      const clause = sql ? `${sql} AND ${after}` : `WHERE ${after}`
      return db
        .prepare<[Record<string, string>], Row>(`SELECT * FROM suggestions ${clause} ORDER BY seq LIMIT ${Math.max(0, Math.floor(page.limit))}`)
        .all(params)
        .map(fromRow)
    },
    async count(filter) {
      const { sql, params } = where(filter)
      return db.prepare<[Record<string, string>], { n: number }>(`SELECT COUNT(*) AS n FROM suggestions ${sql}`).get(params)!.n
    },
    async update(id, change, expectedVersion) {
      const seq = seqOf(id)
      if (seq === null) return { kind: 'missing' }
      return update.immediate(seq, change, expectedVersion)
    },
    async invitationsFor(code) {
      return invitedRows.all(code).map(fromRow)
    },
    async answerInvitation(id, code, accept, updatedAt) {
      const seq = seqOf(id)
      return seq === null ? null : answer.immediate(seq, code, accept, updatedAt)
    },
    async createSession(tokenHash, delegateCode, createdAt) {
      insertSession.run(tokenHash, delegateCode, createdAt)
    },
    async sessionDelegate(tokenHash) {
      return sessionOf.get(tokenHash)?.delegate_code ?? null
    },
    async endSession(tokenHash) {
      deleteSession.run(tokenHash)
    },
    async endSessions(delegateCode) {
      return deleteSessions.run(delegateCode).changes
    },
    async recordFailedSignIn(keys, at) {
      recordFailures.immediate(keys, at)
    },
    async failedSignIns(key, since) {
      return failuresOf.all(key, since).map((r) => r.at)
    },
    async codeBoundTo(openid) {
      return codeOf.get(openid)?.delegate_code ?? null
    },
    async bindOpenid(code, openid) {
      bind.run(code, openid)
      return bindingOf.get(code)!.openid
    },
    async boundOpenid(code) {
      return bindingOf.get(code)?.openid ?? null
    },
    async unbindOpenid(code) {
      unbind.run(code)
    },
    settings() {
      return {
        journalMode: String(db.pragma('journal_mode', { simple: true })),
        synchronous: Number(db.pragma('synchronous', { simple: true })),
      }
    },
    /** Safe to call twice (the routes' onClose and the server's own shutdown). */
    close() {
      if (db.open) db.close()
    },
  }
}
