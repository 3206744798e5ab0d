/**
 * A production install, outside a container but by the Dockerfile's own steps: the runtime tree
 * made as its build stage makes it (the build, production dependencies only, no TypeScript), run
 * as an unprivileged user with the image's command and environment, signalled, drained. Then
 * `npm start` on a built tree: no compiling, and SIGTERM sent to npm itself drains and exits 0.
 * And compose.yaml, checked by `docker-compose config` (Debian's docker-compose package).
 *
 * None of it depends on the engine (SQLite in a temporary folder), so it runs once.
 */
import assert from 'node:assert/strict'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, chown, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { promisify } from 'node:util'
import { readAnswer, signUpOver, waitFor, type Answer } from './support/client.js'
import { engineIndependent } from './support/databases.js'
import { compiledServer, root } from './support/server.js'

const run = promisify(execFile)

/** The unprivileged user the image's `USER node` stands for on a machine without that user. */
const NOBODY = 65534
const asRoot = process.getuid?.() === 0

const DOCKER_COMPOSE = '/usr/bin/docker-compose'

interface Dockerfile {
  /** The build stage's last step: the files it copies into the runtime tree, and the command it runs there. */
  runtimeTree: { files: string[]; command: string }
  env: Record<string, string>
  entrypoint: string[]
  cmd: string[]
  user: string
  healthcheck: string[]
}

/** The steps of the Dockerfile that the tests repeat, read from the Dockerfile itself. */
async function readDockerfile(): Promise<Dockerfile> {
  const text = (await readFile(join(root, 'Dockerfile'), 'utf8')).replace(/\\\n\s*/g, '')
  const runtimeStage = text.slice(text.lastIndexOf('\nFROM '))
  const tree = /^RUN mkdir \/app && cp -r (.+?) \/app\/ && cd \/app && (.+)$/m.exec(text)
  assert.ok(tree, 'the build stage makes the runtime tree in /app')
  const env = Object.fromEntries([...(/^ENV (.+)$/m.exec(runtimeStage)?.[1] ?? '').matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]))
  const json = (instruction: string) => JSON.parse(new RegExp(`^${instruction} (\\[.+\\])$`, 'm').exec(runtimeStage)?.[1] ?? 'null')
  return {
    runtimeTree: { files: tree[1]!.split(' '), command: tree[2]! },
    env,
    entrypoint: json('ENTRYPOINT'),
    cmd: json('CMD'),
    user: /^USER (\S+)$/m.exec(runtimeStage)?.[1] ?? 'root',
    healthcheck: JSON.parse(/^HEALTHCHECK .*?CMD (\[.+\])$/m.exec(runtimeStage)?.[1] ?? 'null'),
  }
}

interface Started {
  child: ChildProcess
  url: string
  port: number
  stdout: string
  exited: Promise<number | null>
}

/** Spawns `command` and waits for the server's "listening" line. */
async function startProcess(command: string, args: string[], options: { cwd: string; env: Record<string, string>; uid?: number }): Promise<Started> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined && { uid: options.uid, gid: options.uid }),
  })
  const started: Started = { child, url: '', port: 0, stdout: '', exited: new Promise((done) => child.once('exit', (code) => done(code))) }
  let stderr = ''
  child.stdout!.on('data', (chunk) => (started.stdout += chunk))
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const url = await Promise.race([
    waitFor('the server to listen', () => /Server listening at (http:\/\/127\.0\.0\.1:(\d+))/.exec(started.stdout)?.[1], { timeoutMs: 30_000 }),
    started.exited.then((code) => assert.fail(`exited with ${code} before listening: ${stderr}${started.stdout}`)),
  ])
  started.url = url
  started.port = Number(new URL(url).port)
  return started
}

/**
 * Signals `pid` while a POST is half sent, then sends the rest: the answer must still come, and
 * the process must exit 0.
 */
async function assertDrainsOn(signal: NodeJS.Signals, pid: number, server: Started): Promise<void> {
  const account = await signUpOver(server.url, 'ada')
  const payload = JSON.stringify({ title: 'Sent across a shutdown', body: 'The second half came after the signal.' })
  const request = httpRequest({
    host: '127.0.0.1',
    port: server.port,
    method: 'POST',
    path: '/api/posts',
    agent: false,
    headers: {
      authorization: `Bearer ${account.token}`,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(payload)),
      expect: '100-continue',
    },
  })
  const answer = new Promise<Answer>((resolve, reject) => {
    request.once('error', reject)
    request.once('response', (res) => readAnswer(res, 'the half-sent POST').then(resolve, reject))
  })
  // The server has read the headers once it says 100 Continue: the request is in flight.
  await new Promise<void>((resolve, reject) => {
    request.once('continue', resolve)
    request.once('error', reject)
  })
  request.write(payload.slice(0, 10))
  process.kill(pid, signal)
  await waitFor('the "shutting down" line', () => (server.stdout.includes('"msg":"shutting down"') ? true : undefined))
  request.end(payload.slice(10))
  const res = await answer
  assert.equal(res.status, 201)
  assert.equal(res.json.title, 'Sent across a shutdown')
  const code = await Promise.race([server.exited, new Promise((done) => setTimeout(done, 15_000, 'still running'))])
  assert.equal(code, 0)
}

describe('a production install', { skip: engineIndependent }, () => {
  let dockerfile: Dockerfile
  let scratch: string
  /** The runtime tree, as the Dockerfile's build stage leaves it in /app. */
  let app: string

  before(async () => {
    dockerfile = await readDockerfile()
    scratch = await mkdtemp(join(tmpdir(), 'inkwell-production-'))
    await chmod(scratch, 0o755)
    app = join(scratch, 'app')
    await mkdir(app)
    const built = dirname(await compiledServer())
    const sources: Record<string, string> = { dist: built }
    for (const file of dockerfile.runtimeTree.files) {
      await cp(sources[file] ?? join(root, file), join(app, file), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true })
    }
    await run('sh', ['-c', dockerfile.runtimeTree.command], { cwd: app })
  })

  after(() => rm(scratch, { recursive: true, force: true }))

  it('is the build and production dependencies only: no TypeScript, no web app', () => {
    assert.ok(existsSync(join(app, 'dist', 'server.js')))
    assert.ok(existsSync(join(app, 'node_modules', 'fastify')))
    for (const absent of ['typescript', 'tsx', 'vite', 'react', '.bin/tsc']) {
      assert.ok(!existsSync(join(app, 'node_modules', absent)), `node_modules/${absent} is not in the runtime tree`)
    }
    assert.equal(dockerfile.user, 'node', 'the image runs as the unprivileged node user')
    assert.equal(dockerfile.entrypoint[0], 'node', 'node is the entry point, so signals reach it')
  })

  it('runs `npm run migrate` and `npm run admin` without TypeScript', async () => {
    const data = await mkdtemp(join(scratch, 'scripts-'))
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(data, 'app.db')}` }
    const migrated = await run('npm', ['run', '--silent', 'migrate'], { cwd: app, env })
    assert.equal(migrated.stdout, 'Applied: 0001_initial, 0002_versions, 0003_content\n')
    const listed = await run('npm', ['run', '--silent', 'admin', '--', 'list-users'], { cwd: app, env })
    assert.equal(listed.stdout, 'No users.\n')
  })

  it("starts with the image's command and environment as an unprivileged user, passes the HEALTHCHECK, and drains on SIGTERM", { skip: asRoot ? false : 'needs root to run the server as another user' }, async (t) => {
    const data = join(scratch, 'data')
    await mkdir(data)
    await chown(data, NOBODY, NOBODY)
    // The image's environment, except that servers in tests listen on loopback, on a free port.
    const env = { PATH: process.env.PATH!, ...dockerfile.env, HOST: '127.0.0.1', PORT: '0', DATABASE_URL: `sqlite:${join(data, 'app.db')}` }
    const [command, ...args] = [...dockerfile.entrypoint, ...dockerfile.cmd]
    const server = await startProcess(command === 'node' ? process.execPath : command!, args, { cwd: app, env, uid: NOBODY })
    t.after(() => server.child.kill('SIGKILL'))

    const [check, ...checkArgs] = dockerfile.healthcheck
    await run(check === 'node' ? process.execPath : check!, checkArgs, { env: { ...env, PORT: String(server.port) } })
    await assertDrainsOn('SIGTERM', server.child.pid!, server)
  })

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`\`npm start\` on a built tree after \`npm ci --omit=dev\` starts without compiling, and ${signal} to npm itself drains and exits 0`, { skip: asRoot ? false : 'needs root to run the server as another user' }, async (t) => {
      // A built checkout: the runtime tree plus the sources, older than the build (even when a
      // source was edited while the suite ran).
      const builtAt = (await stat(join(app, 'dist', 'server.js'))).mtime
      const before = new Date(builtAt.getTime() - 3_600_000)
      for (const file of ['src', 'tsconfig.json', 'tsconfig.build.json']) {
        await cp(join(root, file), join(app, file), { recursive: true })
      }
      for (const file of await readdir(app, { recursive: true })) {
        if (/^(src\/|tsconfig)/.test(file)) await utimes(join(app, file), before, before)
      }
      const home = join(scratch, 'home')
      const data = join(scratch, `npm-data-${signal}`)
      await mkdir(home, { recursive: true })
      await mkdir(data)
      await chown(home, NOBODY, NOBODY)
      await chown(data, NOBODY, NOBODY)
      const env = { PATH: process.env.PATH!, HOME: home, HOST: '127.0.0.1', PORT: '0', DATABASE_URL: `sqlite:${join(data, 'app.db')}` }
      const started = Date.now()
      const npm = await startProcess('npm', ['start'], { cwd: app, env, uid: NOBODY })
      t.after(() => npm.child.kill('SIGKILL'))
      assert.ok(!npm.stdout.includes('building dist/'), 'nothing was compiled')
      assert.ok(Date.now() - started < 10_000, `listening in ${Date.now() - started} ms`)
      assert.equal((await fetch(`${npm.url}/healthz`)).status, 200)

      await assertDrainsOn(signal, npm.child.pid!, npm)
    })
  }
})

describe('compose.yaml', { skip: engineIndependent }, () => {
  it('is valid for docker-compose, runs migrations once before three api replicas behind a proxy', {
    skip: existsSync(DOCKER_COMPOSE) ? false : `${DOCKER_COMPOSE} is missing; install it with: apt-get install -y docker-compose`,
  }, async () => {
    const { stdout } = await run(DOCKER_COMPOSE, ['-f', join(root, 'compose.yaml'), 'config'], { cwd: root })
    // docker-compose prints the resolved file; these lines are what the deployment relies on.
    assert.match(stdout, /^ {2}api:\n(?: {4}.*\n)*? {4}deploy:\n {6}replicas: 3$/m)
    assert.match(stdout, /^ {4}depends_on:\n {6}migrate:\n {8}condition: service_completed_successfully$/m)
    assert.match(stdout, /^ {2}migrate:\n(?: {4}.*\n)*? {4}command:\n {4}- migrate$/m)
    assert.match(stdout, /^ {2}migrate:\n(?: {4,}.*\n|- .*\n)*? {4}restart: "no"$/m)
    assert.match(stdout, /REDIS_URL: redis:\/\/redis:6379/)
    assert.match(stdout, /DATABASE_URL: postgres:\/\/inkwell:inkwell@postgres:5432\/inkwell/)
    assert.match(stdout, /^ {2}proxy:\n(?: {4}.*\n|- .*\n)*? {4}- published: 8080\n {6}target: 80$/m)
  })
})
