/** What the peers share as processes: where they listen, what they log, and how they stop. */
import type { Server } from 'node:http'
import type { PeerData } from './peer-data.js'

/** Listens on HOST:PORT and says so in Inkwell's words, which is what the harness waits for. */
export function listenAsPeer(server: Server, data: PeerData): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.close(() => {
        void data.close().finally(() => process.exit(0))
      })
      server.closeAllConnections()
    })
  }
  server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('not listening on TCP')
    process.stdout.write(`${JSON.stringify({ msg: `Server listening at http://${address.address}:${address.port}` })}\n`)
  })
}
