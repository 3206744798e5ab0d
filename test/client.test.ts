/**
 * @inkwell/client: its committed types match the document the app serves today, and it works
 * from Node against the real server process.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { test } from 'node:test'
import { openApiDocument, SCHEMA_FILE, schemaSource } from '../client/scripts/generate.js'
import { createInkwellClient, type ErrorBody } from '../client/src/index.js'
import { engineIndependent, freshDatabase } from './support/databases.js'
import { startServer } from './support/server.js'

test('the committed client types match the live OpenAPI document', { skip: engineIndependent }, async () => {
  const [committed, generated] = await Promise.all([readFile(SCHEMA_FILE, 'utf8'), openApiDocument().then(schemaSource)])
  // A plain equality check would print two 2,000-line strings; the first differing line says enough.
  if (committed !== generated) {
    const committedLines = committed.split('\n')
    const generatedLines = generated.split('\n')
    const line = generatedLines.findIndex((text, index) => text !== committedLines[index])
    assert.fail(
      `client/src/schema.d.ts is out of date with the API's OpenAPI document: run npm run client:generate\n` +
        `first difference at line ${line + 1}:\n  committed: ${committedLines[line] ?? '(end of file)'}\n` +
        `  generated: ${generatedLines[line] ?? '(end of file)'}`,
    )
  }
})

test('the client signs up, logs in, writes and lists posts, and types errors, from Node', async (t) => {
  const server = await startServer({ DATABASE_URL: await freshDatabase(t) })
  t.after(() => server.stop())

  let token: string | null = null
  const inkwell = createInkwellClient({ baseUrl: server.url, getToken: () => token })
  const account = { username: 'ada', email: 'ada@example.com', password: 'analytical engine' }

  const signUp = await inkwell.POST('/api/users', { body: account })
  assert.equal(signUp.response.status, 201)
  assert.equal(signUp.data?.username, 'ada')
  assert.equal(signUp.response.headers.get('location'), `/api/users/${signUp.data?.id}`)

  const logIn = await inkwell.POST('/api/tokens', { body: { username: 'ada', password: account.password } })
  assert.equal(logIn.response.status, 201)
  token = logIn.data!.token

  // The token reaches the server through the middleware: the profile is Ada's.
  const profile = await inkwell.GET('/api/profile')
  assert.equal(profile.response.status, 200)
  assert.deepEqual([profile.data?.username, profile.data?.email], ['ada', 'ada@example.com'])

  const created = await inkwell.POST('/api/posts', { body: { title: 'From Node', body: 'Typed all the way.' } })
  assert.equal(created.response.status, 201)
  assert.equal(created.data?.author.username, 'ada')

  const page = await inkwell.GET('/api/posts', { params: { query: { limit: 10 } } })
  assert.equal(page.response.status, 200)
  assert.deepEqual(
    page.data?.posts.map((post) => post.title),
    ['From Node'],
  )
  assert.equal(page.data?.next_cursor, null)

  const invalid = await inkwell.POST('/api/posts', { body: { title: ' ', body: 'x' } })
  assert.equal(invalid.response.status, 400)
  // Assigning to ErrorBody is the type check: a 400's body is the API's error body, not unknown.
  const error: ErrorBody | undefined = invalid.error
  assert.equal(error?.code, 'validation_failed')
  assert.deepEqual(error?.details, [{ field: 'title', message: 'must not be blank' }])
  assert.equal(error?.request_id, invalid.response.headers.get('x-request-id'))

  const missing = await inkwell.GET('/api/posts/{id}', { params: { path: { id: created.data!.id + 1 } } })
  assert.equal(missing.response.status, 404)
  assert.equal(missing.error?.code, 'not_found')

  const logOut = await inkwell.DELETE('/api/tokens/current')
  assert.equal(logOut.response.status, 204)
  const stale = await inkwell.GET('/api/profile')
  assert.equal(stale.response.status, 401)
  assert.equal(stale.error?.code, 'invalid_token')
})
