import { createServer } from 'node:net'

/** Asks the OS for a free loopback port (used where a port must be known before listening). */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (typeof address === 'object' && address) resolvePort(address.port)
        else reject(new Error('no port'))
      })
    })
  })
}
