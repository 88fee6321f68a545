import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(__dirname, '../../..')

export interface RunningServer {
  url: string
  dataDir: string
  adminToken: string
  /** The server's process id (the bench reads its memory) */
  pid: number
  /** Ends the server; `kill` sends SIGKILL to test crash recovery. */
  stop(signal?: NodeJS.Signals): Promise<void>
  /** Everything the server printed. */
  output(): string
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Starts the real server (`server/start.ts`, as `npm start` does) on a free port
 * over a fresh temporary DATA_DIR (or the given PORT and DATA_DIR), and waits until /api/health answers.
 */
export async function startAppServer(env: Record<string, string> = {}): Promise<RunningServer> {
  // A given PORT restarts a server where its phones expect it (the live test).
  const port = env.PORT ? Number(env.PORT) : await freePort()
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-data-'))
  const adminToken = env.ADMIN_TOKEN ?? 'test-admin-token'
  let printed = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), DATA_DIR: dataDir, ADMIN_TOKEN: adminToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${printed}`)
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not answer in time:\n${printed}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }

  return {
    url,
    dataDir,
    adminToken,
    pid: child.pid!,
    output: () => printed,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal)
      await exited
    },
  }
}
