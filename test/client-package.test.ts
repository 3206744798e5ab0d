/**
 * @inkwell/client as its users get it: `npm pack` in client/, the tarball installed into a fresh
 * project that has no TypeScript tooling at all, and a plain `node` script using it against the
 * real server process.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { engineIndependent, freshDatabase } from './support/databases.js'
import { root, startServer } from './support/server.js'

const run = promisify(execFile)
const npm = (args: string[], cwd: string) =>
  run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 16 * 1024 * 1024 })

// What a user's script would do, in plain JavaScript; it prints what it saw as one JSON line.
const SCRIPT = `
import { createInkwellClient, retryAfterSeconds } from '@inkwell/client'

let token = null
const inkwell = createInkwellClient({ baseUrl: process.env.INKWELL_URL, getToken: () => token })
const seen = {}
const account = { username: 'ada', email: 'ada@example.com', password: 'analytical engine' }

const signUp = await inkwell.POST('/api/users', { body: account })
seen.signUp = [signUp.response.status, signUp.data.username, signUp.data.email]
const logIn = await inkwell.POST('/api/tokens', { body: { username: 'ada', password: account.password } })
seen.logIn = [logIn.response.status, logIn.data.token_type, logIn.data.user.username]
token = logIn.data.token
const written = await inkwell.POST('/api/posts', { body: { title: 'From a plain Node project', body: 'No TypeScript here.' } })
seen.write = [written.response.status, written.data.title, written.response.headers.get('location') === '/api/posts/' + written.data.id]
const page = await inkwell.GET('/api/posts', { params: { query: { limit: 10 } } })
seen.list = [page.response.status, page.data.posts.map((post) => post.title), page.data.next_cursor]
const invalid = await inkwell.POST('/api/posts', { body: { title: ' ', body: 'x' } })
seen.invalid = [invalid.response.status, invalid.response.headers.get('content-type'), invalid.error.code, invalid.error.type, invalid.error.details]
const logOut = await inkwell.DELETE('/api/tokens/current')
seen.logOut = logOut.response.status
const after = await inkwell.GET('/api/profile')
seen.after = [after.response.status, after.error.code]
seen.retryAfter = typeof retryAfterSeconds
console.log(JSON.stringify(seen))
`

test('the packed client installs into a fresh Node project and works there with plain node', { skip: engineIndependent }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'inkwell-client-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const server = await startServer({ DATABASE_URL: await freshDatabase(t) })
  t.after(() => server.stop())

  // prepack builds dist/ first, as it would for a publish.
  const packed = await npm(['pack', '--json', '--pack-destination', dir], join(root, 'client'))
  const [tarball] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[]
  assert.ok(tarball)
  assert.deepEqual(tarball.files.map((file) => file.path).sort(), [
    'README.md',
    'dist/index.d.ts',
    'dist/index.js',
    'dist/schema.d.ts',
    'package.json',
  ])

  const project = join(dir, 'project')
  await mkdir(project)
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'uses-inkwell', private: true, type: 'module' }))
  // The client's one dependency is already in npm's cache from this repository's install.
  await npm(['install', '--prefer-offline', join(dir, tarball.filename)], project)
  // No compiler or loader came along: what runs below is JavaScript as published.
  assert.deepEqual((await readdir(join(project, 'node_modules'))).filter((name) => /^(typescript|tsx|ts-node|esbuild)$/.test(name)), [])
  const declarations = await readFile(join(project, 'node_modules/@inkwell/client/dist/index.d.ts'), 'utf8')
  for (const name of ['Post', 'PostList', 'OwnUser', 'PublicUser', 'IssuedToken', 'ErrorBody', 'ErrorCode', 'FieldError']) {
    assert.match(declarations, new RegExp(`export type ${name}\\b`), `${name} is not exported`)
  }

  await writeFile(join(project, 'main.js'), SCRIPT)
  const { stdout } = await run(process.execPath, ['main.js'], { cwd: project, env: { ...process.env, INKWELL_URL: server.url } })

  assert.deepEqual(JSON.parse(stdout), {
    signUp: [201, 'ada', 'ada@example.com'],
    logIn: [201, 'Bearer', 'ada'],
    write: [201, 'From a plain Node project', true],
    list: [200, ['From a plain Node project'], null],
    invalid: [
      400,
      'application/json; charset=utf-8',
      'validation_failed',
      'urn:inkwell:problem:validation-failed',
      [{ field: 'title', message: 'must not be blank' }],
    ],
    logOut: 204,
    after: [401, 'invalid_token'],
    retryAfter: 'function',
  })
})
