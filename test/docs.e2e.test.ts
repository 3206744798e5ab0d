/**
 * The API reference at /docs in a real browser (Debian's Chromium, driven by playwright-core),
 * against the real server process: public operations show no lock and protected ones do, a
 * token given to "Authorize" survives a reload and is sent by "Try it out", the 401 example
 * shows `invalid_token`, and the named schemas can be browsed.
 *
 * Screenshots go to test-artifacts/docs/.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { engineIndependent } from './support/databases.js'
import { root, startServer, type RunningServer } from './support/server.js'

const CHROMIUM = '/usr/bin/chromium'
const skip =
  engineIndependent ||
  (existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing, so the browser tests cannot run; install it with: apt-get install -y chromium`)
const ARTIFACTS = join(root, 'test-artifacts', 'docs')

/** The documented operations, by whether they need a token. */
const PUBLIC = [
  ['get', '/api/users'],
  ['post', '/api/users'],
  ['get', '/api/users/{id}'],
  ['post', '/api/tokens'],
  ['get', '/api/posts'],
  ['get', '/api/posts/{id}'],
  ['get', '/api/posts/{id}/comments'],
  ['get', '/api/comments/{id}'],
  ['get', '/healthz'],
  ['get', '/readyz'],
]
const PROTECTED = [
  ['patch', '/api/users/{id}'],
  ['delete', '/api/users/{id}'],
  ['get', '/api/profile'],
  ['delete', '/api/tokens/current'],
  ['post', '/api/posts'],
  ['put', '/api/posts/{id}'],
  ['patch', '/api/posts/{id}'],
  ['delete', '/api/posts/{id}'],
  ['post', '/api/posts/{id}/comments'],
  ['delete', '/api/comments/{id}'],
]

describe('the API reference at /docs in Chromium', { skip }, () => {
  let dir: string
  let browser: BrowserContext
  let api: RunningServer
  let token: string

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inkwell-docs-e2e-'))
    await mkdir(ARTIFACTS, { recursive: true })
    const [context, server] = await Promise.all([
      chromium.launchPersistentContext(join(dir, 'profile'), {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        viewport: { width: 1280, height: 900 },
      }),
      startServer({ DATABASE_URL: `sqlite:${join(dir, 'docs.db')}` }),
    ])
    browser = context
    api = server
    browser.setDefaultTimeout(10_000)
    const account = { username: 'ada', email: 'ada@example.com', password: 'analytical engine' }
    const signUp = await fetch(`${api.url}/api/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) })
    assert.equal(signUp.status, 201)
    const login = await fetch(`${api.url}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ada', password: account.password }),
    })
    token = ((await login.json()) as { token: string }).token
  })

  after(async () => {
    await browser?.close()
    await api?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  const operation = (page: Page, method: string, path: string): Locator =>
    page.locator(`.opblock-${method}`, { has: page.locator(`[data-path="${path}"]`) }).first()

  async function openDocs(): Promise<Page> {
    const page = await browser.newPage()
    await page.goto(`${api.url}/docs`)
    await operation(page, 'get', '/api/posts').waitFor()
    return page
  }

  test('shows a lock on exactly the operations that need a token, and the schemas', async () => {
    const page = await openDocs()
    try {
      for (const [method, path] of PUBLIC) {
        assert.equal(await operation(page, method!, path!).locator('.authorization__btn').count(), 0, `${method} ${path} shows a lock`)
      }
      for (const [method, path] of PROTECTED) {
        assert.equal(await operation(page, method!, path!).locator('.authorization__btn').count(), 1, `${method} ${path} shows no lock`)
      }
      const models = page.locator('section.models')
      await models.scrollIntoViewIfNeeded()
      const names = await models.locator('article[data-json-schema-level="0"] > .json-schema-2020-12-head .json-schema-2020-12__title').allTextContents()
      for (const name of ['Post', 'PostList', 'Comment', 'CommentList', 'OwnUser', 'PublicUser', 'IssuedToken', 'Error', 'FieldError']) {
        assert.ok(names.includes(name), `no ${name} among the schemas: ${names.join(', ')}`)
      }
      await page.screenshot({ path: join(ARTIFACTS, '01-locks-and-schemas.png'), fullPage: true })
    } finally {
      await page.close()
    }
  })

  test('shows invalid_token in the 401 example', async () => {
    const page = await openDocs()
    try {
      const profile = operation(page, 'get', '/api/profile')
      await profile.locator('.opblock-summary').first().click()
      const row = profile.locator('tr.response[data-code="401"]')
      await row.waitFor()
      const example = await row.locator('.microlight, pre').first().textContent()
      assert.match(example ?? '', /"code": "invalid_token"/)
      await row.scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(ARTIFACTS, '02-401-example.png') })
    } finally {
      await page.close()
    }
  })

  test('keeps the token across a reload and sends it from "Try it out"', async () => {
    const page = await openDocs()
    try {
      await page.locator('.auth-wrapper .authorize').click()
      const dialog = page.locator('.modal-ux')
      await dialog.locator('input').fill(token)
      await dialog.locator('button.authorize').click()
      await dialog.locator('button.btn-done').click()

      await page.reload()
      await operation(page, 'get', '/api/profile').waitFor()
      const profile = operation(page, 'get', '/api/profile')
      await profile.locator('.opblock-summary').first().click()
      const tryIt = profile.getByRole('button', { name: 'Try it out' })
      if (await tryIt.isVisible()) await tryIt.click()
      const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/profile')
      await profile.getByRole('button', { name: 'Execute' }).click()
      const response = await answered
      assert.equal(response.status(), 200)
      assert.equal(((await response.json()) as { username: string }).username, 'ada')
      assert.equal(response.request().headers().authorization, `Bearer ${token}`)
      const status = profile.locator('.live-responses-table tbody .response-col_status').first()
      await status.waitFor()
      assert.equal((await status.textContent())?.trim(), '200')
      await profile.locator('.live-responses-table').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(ARTIFACTS, '03-try-it-with-token.png') })
    } finally {
      await page.close()
    }
  })
})
