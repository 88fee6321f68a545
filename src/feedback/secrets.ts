/**
 * Session tokens and pin checks, on Node's crypto (the local server and the
 * cloud function; the app never loads this). `crypto`, not `node:crypto`:
 * the cloud runtime may be as old as Node 12.
 */
import { createHash, randomBytes, timingSafeEqual } from 'crypto'

/** 256 random bits as 64 hex digits: what the delegate's phone keeps. */
export function newSessionToken(): string {
  return randomBytes(32).toString('hex')
}

/** What the store keeps instead of the token: a stolen database signs no one in. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Compares a typed pin with the roster's in constant time (both hashed to the same length first). */
export function pinMatches(typed: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(typed), digest(expected)) && expected !== ''
}
