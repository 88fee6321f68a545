/**
 * Whether a site address opens for someone who receives the poster: a
 * loopback or private-network address (localhost, 127.x, 10.x, 172.16–31.x,
 * 192.168.x, link-local, *.local) opens only inside the network it was made in.
 */
export type AddressReach = 'public' | 'local-network'

function isPrivateIPv4(host: string): boolean {
  const parts = host.split('.').map(Number)
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false
  const [a, b] = parts as [number, number, number, number]
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)
}

function isPrivateIPv6(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  return bare === '::1' || bare === '::' || bare.startsWith('fc') || bare.startsWith('fd') || bare.startsWith('fe80')
}

export function reachOf(address: string): AddressReach {
  let host: string
  try {
    host = new URL(address).hostname.toLowerCase()
  } catch {
    return 'local-network'
  }
  if (!host || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.lan') || host.endsWith('.internal')) return 'local-network'
  if (isPrivateIPv4(host) || (host.includes(':') && isPrivateIPv6(host))) return 'local-network'
  // A bare machine name (no dot) resolves only on its own network.
  if (!host.includes('.') && !host.includes(':')) return 'local-network'
  return 'public'
}

/** A usable public address (http/https, no query or fragment), without its trailing slash; undefined otherwise. */
export function normalisePublicUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined
  try {
    const url = new URL(raw.trim())
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    if (url.search || url.hash || url.username || url.password) return undefined
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
  } catch {
    return undefined
  }
}
