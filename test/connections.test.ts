/**
 * The connection level, over real sockets: what the HTTP parser refuses, the timeouts, CONNECT,
 * and an early 413 that must reach a client still sending its body. See issue 10.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { writeFile, mkdtemp, rm } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { promisify } from 'node:util'
import { cleanups, RATE_LIMITS_OFF, signUpOver } from './support/client.js'
import { engineIndependent, freshDatabase } from './support/databases.js'
import { startServer, type RunningServer } from './support/server.js'

interface RawAnswer {
  status: number
  headers: Record<string, string>
  body: string
  /** Milliseconds from the first byte sent to the connection's close. */
  elapsedMs: number
}

/**
 * Sends `chunks` on a fresh connection (a number is a pause of that many ms), and reads until
 * the server closes it.
 */
function rawExchange(port: number, chunks: (string | number)[], timeoutMs = 10_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port })
    const started = Date.now()
    let received = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no close within ${timeoutMs} ms; received: ${received}`))
    }, timeoutMs)
    socket.setEncoding('utf8')
    socket.on('data', (data: string) => (received += data))
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(timer)
      const [head = '', ...rest] = received.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      )
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n'), elapsedMs: Date.now() - started })
    })
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (typeof chunk === 'number') await new Promise((done) => setTimeout(done, chunk))
        else if (!socket.destroyed) socket.write(chunk)
      }
      // Done sending, as a client waiting for its answer would be.
      if (!socket.destroyed) socket.end()
    })
  })
}

function assertContractError(res: RawAnswer, status: number, code: string, what: string): void {
  assert.equal(res.status, status, `${what}: ${res.status} ${res.body}`)
  assert.match(res.headers['content-type'] ?? '', /^application\/json/, what)
  const body = JSON.parse(res.body)
  // Problem details (RFC 9457), with Inkwell's own members beside them, as every error answer.
  assert.deepEqual(Object.keys(body).sort(), ['code', 'detail', 'error', 'instance', 'request_id', 'status', 'title', 'type'], what)
  assert.equal(body.code, code, what)
  assert.equal(typeof body.error, 'string', what)
  assert.equal(body.detail, body.error, what)
  assert.equal(body.status, status, `${what}: the problem's status is the answer's`)
  assert.match(body.type, /^urn:inkwell:problem:/, what)
  assert.ok(body.request_id.length > 0, what)
  assert.equal(res.headers['x-request-id'], body.request_id, `${what}: X-Request-Id is the body's request_id`)
}

async function inkwell(t: Parameters<typeof cleanups>[0], env: Record<string, string> = {}): Promise<RunningServer> {
  const onEnd = cleanups(t)
  const url = await freshDatabase(t as never)
  const server = await startServer({ ...RATE_LIMITS_OFF, DATABASE_URL: url, ...env })
  onEnd(() => server.stop('SIGKILL'))
  return server
}

describe('what the HTTP parser refuses', { skip: engineIndependent }, () => {
  it('answers every parser-level refusal in the contract shape, with its request id', async (t) => {
    const server = await inkwell(t)
    const cases: [string, string, number][] = [
      ['a malformed request line', 'GARBAGE\r\n\r\n', 400],
      ['an unknown method', 'FROB /api/posts HTTP/1.1\r\nHost: x\r\n\r\n', 400],
      ['a lower-case method', 'get /api/posts HTTP/1.1\r\nHost: x\r\n\r\n', 400],
      ['HTTP/1.2', 'GET /api/posts HTTP/1.2\r\nHost: x\r\n\r\n', 400],
      [
        'Content-Length with Transfer-Encoding (smuggling)',
        'POST /api/posts HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
        400,
      ],
      ['two different Content-Lengths', 'POST /api/posts HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\nabcd', 400],
      // To a public route: a token-only one may rightly answer 401 before it reads the body.
      ['bad chunking', 'POST /api/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n', 400],
      ['a control byte in a header', 'GET /api/posts HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n', 400],
      ['headers over the limit', `GET /api/posts HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
      ['HTTP/1.1 without Host', 'GET /api/posts HTTP/1.1\r\n\r\n', 400],
    ]
    for (const [what, request, status] of cases) {
      assertContractError(await rawExchange(server.port, [request]), status, 'bad_request', what)
    }
  })

  it('answers CONNECT with 405 in the contract shape instead of dropping the connection', async (t) => {
    const server = await inkwell(t)
    const res = await rawExchange(server.port, ['CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'])
    assertContractError(res, 405, 'method_not_allowed', 'CONNECT')
    assert.ok(res.headers.allow, 'a 405 says what is allowed')
  })

  it('refuses a request with two Authorization headers, and an unknown query parameter on a route that takes none', async (t) => {
    const server = await inkwell(t)
    const twice = await rawExchange(server.port, [
      'GET /api/posts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\r\nAuthorization: Bearer b\r\nConnection: close\r\n\r\n',
    ])
    assertContractError(twice, 400, 'bad_request', 'two Authorization headers')
    const unknown = await rawExchange(server.port, ['GET /healthz?foo=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'])
    assert.equal(unknown.status, 400, unknown.body)
    assert.deepEqual(JSON.parse(unknown.body).details, [{ field: 'foo', message: 'is not a known query parameter' }])
  })

  it('builds the Link header from the path only, never from an absolute-form target naming another host', async (t) => {
    const server = await inkwell(t)
    await signUpOver(server.url, 'ada')
    await signUpOver(server.url, 'bob')
    const res = await rawExchange(server.port, ['GET http://evil.example/api/users?limit=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'])
    assert.equal(res.status, 200, res.body)
    const cursor = JSON.parse(res.body).next_cursor
    assert.equal(res.headers.link, `</api/users?limit=1&cursor=${encodeURIComponent(cursor)}>; rel="next"`)
  })
})

describe('timeouts', { skip: engineIndependent }, () => {
  it('cuts a client trickling its headers at HEADERS_TIMEOUT and one trickling its body at REQUEST_TIMEOUT, with 408', async (t) => {
    const server = await inkwell(t, { HEADERS_TIMEOUT: '400ms', REQUEST_TIMEOUT: '800ms' })
    const trickle = (prefix: string) => [prefix, ...Array.from({ length: 40 }, (_, i) => [100, i % 2 ? 'a' : 'b']).flat()]
    const headers = await rawExchange(server.port, trickle('GET /api/posts HTTP/1.1\r\nHost: x\r\nX-Slow: '), 5000)
    assertContractError(headers, 408, 'bad_request', 'headers trickled')
    assert.ok(headers.elapsedMs >= 350 && headers.elapsedMs < 2000, `headers cut after ${headers.elapsedMs} ms`)
    const body = await rawExchange(
      server.port,
      trickle('POST /api/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"username":"'),
      5000,
    )
    assertContractError(body, 408, 'bad_request', 'body trickled')
    assert.ok(body.elapsedMs >= 750 && body.elapsedMs < 2500, `body cut after ${body.elapsedMs} ms`)
  })
})

describe('an early answer to a large upload', { skip: engineIndependent }, () => {
  it('reaches a client still sending 20 MiB (Node http and curl): 413, not a reset', async (t) => {
    const server = await inkwell(t)
    const payload = Buffer.alloc(20 * 1024 * 1024, 'a')
    const outcomes: string[] = []
    for (let i = 0; i < 5; i++) {
      outcomes.push(
        await new Promise<string>((resolve) => {
          const req = httpRequest(`${server.url}/api/users`, {
            method: 'POST',
            agent: false,
            headers: { 'content-type': 'application/json', 'content-length': String(payload.length) },
          })
          req.on('response', (res) => {
            res.resume()
            res.on('end', () => resolve(String(res.statusCode)))
          })
          req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
          req.end(payload)
        }),
      )
    }
    assert.deepEqual(outcomes, ['413', '413', '413', '413', '413'], 'Node http')

    // Like Python's http.client: the whole body is written before the answer is read.
    for (let i = 0; i < 3; i++) {
      const answer = await new Promise<string>((resolve) => {
        const socket = connect({ host: '127.0.0.1', port: server.port })
        let received = ''
        socket.pause()
        socket.on('data', (data) => (received += data.toString()))
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(`${received.split('\r\n')[0]} ${error.code}`))
        socket.on('close', () => resolve(received.split('\r\n')[0]!))
        socket.on('connect', () => {
          socket.write(`POST /api/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\n\r\n`)
          socket.write(payload, () => {
            socket.end()
            socket.resume()
          })
        })
      })
      assert.equal(answer, 'HTTP/1.1 413 Payload Too Large', 'a client that reads only once it has sent everything')
    }

    const folder = await mkdtemp(join(tmpdir(), 'inkwell-upload-'))
    t.after(() => rm(folder, { recursive: true, force: true }))
    const file = join(folder, 'big.json')
    await writeFile(file, payload)
    const curl = await promisify(execFile)('curl', [
      '-s', '-o', '/dev/null', '-w', '%{http_code}', '-H', 'content-type: application/json', '--data-binary', `@${file}`, `${server.url}/api/users`,
    ]).then(
      (out) => out.stdout,
      (error: NodeJS.ErrnoException & { stdout?: string }) => (error.code === 'ENOENT' ? 'no curl' : `curl failed: ${error.stdout}`),
    )
    if (curl !== 'no curl') assert.equal(curl, '413', 'curl')
  })
})
