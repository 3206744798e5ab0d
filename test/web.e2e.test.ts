/**
 * The web app in a real browser, on another origin than the API: headless Chromium (Debian's
 * package, driven by playwright-core) runs the production build of web/ from a static server on
 * one port against the real server process on another, so every call is a cross-origin one and
 * CORS, preflights, error bodies and headers are what the browser makes of them.
 *
 * Screenshots of each main screen go to test-artifacts/web/.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { createInkwellClient } from '../client/src/index.js'
import { engineIndependent } from './support/databases.js'
import { compiledServer, root, startServer, type RunningServer } from './support/server.js'

const CHROMIUM = '/usr/bin/chromium'
const skip =
  engineIndependent ||
  (existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing, so the browser tests cannot run; install it with: apt-get install -y chromium`)
const ARTIFACTS = join(root, 'test-artifacts', 'web')

describe('the web app in Chromium, on another origin than the API', { skip }, () => {
  let dir: string
  let app: StaticSite
  let browser: BrowserContext
  const stops: (() => Promise<unknown>)[] = []

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inkwell-web-e2e-'))
    stops.push(() => rm(dir, { recursive: true, force: true }))
    await mkdir(ARTIFACTS, { recursive: true })
    // The three slow starts (the web build, the server build, the browser) overlap.
    const [site, context] = await Promise.all([
      buildWebApp(join(dir, 'site')).then(serveStatic),
      chromium.launchPersistentContext(join(dir, 'profile'), {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
        viewport: { width: 1100, height: 820 },
      }),
      compiledServer(),
    ])
    app = site
    stops.push(() => app.close())
    browser = context
    stops.push(() => browser.close())
    browser.setDefaultTimeout(10_000)
  })

  // Stopped in reverse order even when one of them fails, so nothing outlives the test run.
  after(async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error('cleanup failed:', error))
  })

  /** An API process on its own database, allowing `corsOrigins`. */
  async function startApi(name: string, corsOrigins: string): Promise<RunningServer> {
    const api = await startServer({ DATABASE_URL: `sqlite:${join(dir, `${name}.db`)}`, CORS_ORIGINS: corsOrigins })
    stops.push(() => api.stop())
    return api
  }

  /** A tab of the app that talks to `api`. */
  async function openApp(api: RunningServer): Promise<Page> {
    const page = await browser.newPage()
    stops.push(() => page.close())
    // As strings: these run in the page, which the tests' own (Node) types know nothing of.
    await page.addInitScript(`window.__INKWELL_API__ = ${JSON.stringify(api.url)}`)
    return page
  }

  test('a reader signs up, logs in, writes, pages through, edits and deletes across origins', async () => {
    const api = await startApi('flow', app.origin)
    assert.notEqual(new URL(api.url).origin, app.origin)

    // Grace has written more than two pages' worth, through the client, before Ada arrives.
    let graceToken = ''
    const asGrace = createInkwellClient({ baseUrl: api.url, getToken: () => graceToken })
    await asGrace.POST('/api/users', { body: { username: 'grace', email: 'grace@example.com', password: 'compilers rock' } })
    graceToken = (await asGrace.POST('/api/tokens', { body: { username: 'grace', password: 'compilers rock' } })).data!.token
    const graceIds: number[] = []
    for (let n = 1; n <= 23; n += 1) {
      const created = await asGrace.POST('/api/posts', { body: { title: `Note ${n} from Grace`, body: `Thought number ${n}.` } })
      graceIds.push(created.data!.id)
    }

    const page = await openApp(api)
    const cards = page.locator('.post-list > li')

    // The list, ten at a time, with Load more following next_cursor until there is no more.
    const firstPage = page.waitForResponse((response) => response.url().startsWith(`${api.url}/api/posts`))
    await page.goto(`${app.origin}/`)
    assert.equal((await firstPage).headers()['access-control-allow-origin'], app.origin)
    await page.getByRole('heading', { name: 'Latest posts' }).waitFor()
    await cards.nth(9).waitFor()
    assert.equal(await cards.count(), 10)
    assert.equal(await cards.first().locator('h2').textContent(), 'Note 23 from Grace')
    await screenshot(page, '01-posts')
    await page.getByRole('button', { name: 'Load more' }).click()
    await cards.nth(19).waitFor()
    await page.getByRole('button', { name: 'Load more' }).click()
    await cards.nth(22).waitFor()
    await page.getByRole('button', { name: 'Load more' }).waitFor({ state: 'detached' })
    assert.equal(await cards.count(), 23)
    assert.equal(await cards.last().locator('h2').textContent(), 'Note 1 from Grace')

    // Sign up: the API's validation details appear under the inputs they are about.
    await page.getByRole('link', { name: 'Sign up' }).click()
    await page.getByLabel('Username').fill('a')
    await page.getByLabel('Email').fill('ada@example.com')
    await page.getByLabel('Password').fill('short')
    await page.getByRole('button', { name: 'Sign up' }).click()
    assert.equal(await fieldError(page, 'Username'), 'Username must be at least 3 characters.')
    assert.equal(await fieldError(page, 'Password'), 'Password must be at least 8 characters.')
    assert.equal(await fieldError(page, 'Email'), null)
    await screenshot(page, '02-sign-up-errors')
    await page.getByLabel('Username').fill('ada')
    await page.getByLabel('Password').fill('analytical engine')
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.getByText('Welcome to Inkwell, ada!').waitFor()
    await page.getByText('Signed in as ada').waitFor()

    // Log out and back in, getting the password wrong first.
    await page.getByRole('button', { name: 'Log out' }).click()
    await page.getByText('You are logged out.').waitFor()
    await page.getByRole('link', { name: 'Log in' }).click()
    await page.getByLabel('Username or email').fill('ada')
    await page.getByLabel('Password').fill('difference engine')
    await page.getByRole('button', { name: 'Log in' }).click()
    await alert(page, 'That username or email and password do not match an account.').waitFor()
    await screenshot(page, '03-log-in-error')
    await page.getByLabel('Password').fill('analytical engine')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByText('You are logged in.').waitFor()

    // Write a post; a blank title is refused next to the title first.
    await page.getByRole('link', { name: 'Write a post' }).click()
    await page.getByLabel('Text').fill('The engine weaves algebraic patterns.')
    await page.getByRole('button', { name: 'Publish' }).click()
    assert.equal(await fieldError(page, 'Title'), 'Title must not be empty.')
    await page.getByLabel('Title').fill('On the Analytical Engine')
    await screenshot(page, '04-new-post')
    await page.getByRole('button', { name: 'Publish' }).click()
    await page.getByText('Published.').waitFor()
    await page.getByRole('heading', { name: 'On the Analytical Engine' }).waitFor()
    const ownPostPath = new URL(page.url()).pathname
    assert.match(ownPostPath, /^\/posts\/\d+$/)
    await screenshot(page, '05-post')

    // Edit it.
    await page.getByRole('link', { name: 'Edit' }).click()
    assert.equal(await page.getByLabel('Title').inputValue(), 'On the Analytical Engine')
    await page.getByLabel('Title').fill('Notes on the Analytical Engine')
    await screenshot(page, '06-edit-post')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Your changes are saved.').waitFor()
    await page.getByRole('heading', { name: 'Notes on the Analytical Engine' }).waitFor()
    await page.getByText(/edited/).waitFor()

    // Edited somewhere else while this tab has the form open: saving sends If-Match, the API
    // answers 412, and the app says so instead of overwriting the other change.
    await page.getByRole('link', { name: 'Edit' }).click()
    await page.getByLabel('Title').waitFor()
    const ownId = Number(ownPostPath.split('/').pop())
    const tabToken = await storedToken(page)
    const elsewhere = createInkwellClient({ baseUrl: api.url, getToken: () => tabToken })
    const changed = await elsewhere.PATCH('/api/posts/{id}', { params: { path: { id: ownId } }, body: { body: 'Changed in another tab.' } })
    assert.equal(changed.response.status, 200)
    await page.getByLabel('Title').fill('This edit must not win')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await alert(page, 'was changed somewhere else after you opened it').waitFor()
    await screenshot(page, '06b-edit-conflict')
    const stored = await elsewhere.GET('/api/posts/{id}', { params: { path: { id: ownId } } })
    assert.equal(stored.data?.title, 'Notes on the Analytical Engine')
    assert.equal(stored.data?.body, 'Changed in another tab.')
    await page.goto(`${app.origin}${ownPostPath}`)
    await page.getByRole('heading', { name: 'Notes on the Analytical Engine' }).waitFor()

    // The front page as a signed-in writer sees it (the README's screenshot is this one).
    await page.getByRole('link', { name: 'All posts' }).click()
    await cards.nth(9).waitFor()
    assert.equal(await cards.first().locator('h2').textContent(), 'Notes on the Analytical Engine')
    await screenshot(page, '00-front-page', { fullPage: false })

    // Somebody else's post: no controls, and the edit address explains why instead of a form.
    await page.goto(`${app.origin}/posts/${graceIds[0]}`)
    await page.getByRole('heading', { name: 'Note 1 from Grace' }).waitFor()
    assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0)
    assert.equal(await page.getByRole('button', { name: 'Delete' }).count(), 0)
    await page.goto(`${app.origin}/posts/${graceIds[0]}/edit`)
    await page.getByRole('heading', { name: 'You can’t edit this post' }).waitFor()
    await alert(page, 'was written by grace. Only its author can edit or delete it.').waitFor()
    assert.equal(await page.getByLabel('Title').count(), 0)
    await screenshot(page, '07-not-yours')

    // Delete the own post; afterwards its address is a 404 page that says so.
    await page.goto(`${app.origin}${ownPostPath}`)
    await page.getByRole('button', { name: 'Delete' }).click()
    await page.getByRole('button', { name: 'Yes, delete it' }).click()
    await page.getByText('Your post “Notes on the Analytical Engine” was deleted.').waitFor()
    assert.equal(new URL(page.url()).pathname, '/')
    await page.goto(`${app.origin}${ownPostPath}`)
    await page.getByRole('heading', { name: 'Post not found' }).waitFor()
    await page.getByText('This post does not exist. It may have been deleted').waitFor()
    await screenshot(page, '08-post-not-found')
    await page.goto(`${app.origin}/no/such/page`)
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()

    // A token revoked elsewhere: the next call's 401 ends the session and asks to log in again.
    const token = await storedToken(page)
    const revoked = await createInkwellClient({ baseUrl: api.url, getToken: () => token }).DELETE('/api/tokens/current')
    assert.equal(revoked.response.status, 204)
    await page.goto(`${app.origin}/`)
    await page.getByText('Your session has ended. Log in again to continue.').waitFor()
    assert.equal(new URL(page.url()).pathname, '/login')
    await screenshot(page, '09-session-ended')
    await page.getByLabel('Username or email').fill('ada@example.com')
    await page.getByLabel('Password').fill('analytical engine')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByText('Signed in as ada').waitFor()

    // Log out: the token is gone from the page and the server, and no cookie ever held it.
    const loggedInToken = await storedToken(page)
    await page.getByRole('button', { name: 'Log out' }).click()
    await page.getByText('You are logged out.').waitFor()
    await page.getByRole('link', { name: 'Log in' }).waitFor()
    assert.equal(await page.evaluate('sessionStorage.length'), 0)
    assert.deepEqual(await browser.cookies(), [])
    const afterLogout = await createInkwellClient({ baseUrl: api.url, getToken: () => loggedInToken }).GET('/api/profile')
    assert.equal(afterLogout.response.status, 401)
  })

  test('two readers: tags, favorites, comments, follows, the feed and profiles', async () => {
    const api = await startApi('content', app.origin)
    const ada = await openApp(api)
    const grace = await openApp(api)
    const cards = (page: Page) => page.locator('.post-list > li')
    const titles = (page: Page) => cards(page).locator('h2').allTextContents()

    // Two people sign up, each in a tab of their own (sessionStorage is per tab).
    for (const [page, username, password] of [
      [ada, 'ada', 'analytical engine'],
      [grace, 'grace', 'compilers rock'],
    ] as const) {
      await page.goto(`${app.origin}/signup`)
      await page.getByLabel('Username').fill(username)
      await page.getByLabel('Email').fill(`${username}@example.com`)
      await page.getByLabel('Password').fill(password)
      await page.getByRole('button', { name: 'Sign up' }).click()
      await page.getByText(`Signed in as ${username}`).waitFor()
    }
    const adaId = (await storedSession(ada)).user.id
    const graceId = (await storedSession(grace)).user.id

    // Grace publishes with a description and tags; the API normalizes them, in her order.
    await grace.getByRole('link', { name: 'Write a post' }).click()
    await grace.getByLabel('Title').fill('Compilers for everyone')
    await grace.getByLabel('Description').fill('Why machines should read something like English')
    await grace.getByLabel('Text').fill('Programs should be written for people.')
    await grace.getByLabel('Tags').fill('x'.repeat(33) + ', Languages')
    await grace.getByRole('button', { name: 'Publish' }).click()
    assert.equal(await fieldError(grace, 'Tags'), 'Tag 1 must be at most 32 characters once trimmed.')
    await grace.getByLabel('Tags').fill('Compilers, Programming Languages, compilers')
    await grace.getByRole('button', { name: 'Publish' }).click()
    await grace.getByText('Published.').waitFor()
    const postPath = new URL(grace.url()).pathname
    const postId = Number(postPath.split('/').pop())
    assert.deepEqual(await grace.locator('.post .tags a').allTextContents(), ['#compilers', '#programming-languages'])
    await grace.getByText('Why machines should read something like English').waitFor()
    // A second post, and a long thread under it, through the client.
    const graceToken = (await storedSession(grace)).token
    const graceClient = createInkwellClient({ baseUrl: api.url, getToken: () => graceToken })
    const cobol = await graceClient.POST('/api/posts', { body: { title: 'Notes on COBOL', body: 'Readable.', tags: ['history'] } })
    assert.equal(cobol.response.status, 201)
    const adaToken = (await storedSession(ada)).token
    const adaClient = createInkwellClient({ baseUrl: api.url, getToken: () => adaToken })
    for (let n = 1; n <= 21; n += 1) {
      const comment = await adaClient.POST('/api/posts/{id}/comments', { params: { path: { id: cobol.data!.id } }, body: { body: `Remark ${n}` } })
      assert.equal(comment.response.status, 201)
    }

    // Ada picks a popular tag on the front page: only the posts with it.
    await ada.goto(`${app.origin}/`)
    await cards(ada).nth(1).waitFor()
    await ada.locator('.popular-tags').getByRole('link', { name: '#compilers' }).click()
    await ada.getByRole('heading', { name: 'Posts tagged #compilers' }).waitFor()
    assert.equal(new URL(ada.url()).pathname, '/tags/compilers')
    await cards(ada).first().waitFor()
    assert.deepEqual(await titles(ada), ['Compilers for everyone'])
    await screenshot(ada, '13-tag')

    // She favorites the post and comments on it; a blank comment is refused under its box.
    await ada.getByRole('link', { name: 'Compilers for everyone' }).click()
    const favorite = ada.locator('.post__favorite button')
    assert.equal(await favorite.textContent(), '♥ Favorite 0')
    await favorite.click()
    await ada.locator('.post__favorite button[aria-pressed=true]').waitFor()
    assert.equal(await favorite.textContent(), '♥ Favorited 1')
    await ada.getByText('No comments yet.').waitFor()
    await ada.getByLabel('Your comment').fill('   ')
    await ada.getByRole('button', { name: 'Post comment' }).click()
    assert.equal(await fieldError(ada, 'Your comment'), 'Text must not be blank.')
    await ada.getByLabel('Your comment').fill('Lovely idea.')
    await ada.getByRole('button', { name: 'Post comment' }).click()
    await ada.locator('.comment').filter({ hasText: 'Lovely idea.' }).waitFor()
    assert.equal(await ada.getByLabel('Your comment').inputValue(), '')
    await screenshot(ada, '14-post-with-comment')

    // From the byline to Grace's profile, and follow her.
    await ada.locator('.post > .byline').getByRole('link', { name: 'grace' }).click()
    await ada.getByRole('heading', { name: 'grace' }).waitFor()
    assert.equal(new URL(ada.url()).pathname, `/users/${graceId}`)
    await cards(ada).nth(1).waitFor()
    await ada.getByRole('button', { name: 'Follow grace' }).click()
    await ada.getByRole('button', { name: 'Unfollow grace', pressed: true }).waitFor()
    await ada.getByRole('link', { name: 'Followers' }).click()
    await ada.locator('.user-list').getByRole('link', { name: 'ada' }).waitFor()
    await screenshot(ada, '15-profile-followers')

    // Her feed: the posts of the people she follows, newest first.
    await ada.getByRole('link', { name: 'Inkwell' }).click()
    await ada.getByRole('link', { name: 'Your feed' }).click()
    await ada.getByRole('heading', { name: 'Your feed' }).waitFor()
    await cards(ada).nth(1).waitFor()
    assert.deepEqual(await titles(ada), ['Notes on COBOL', 'Compilers for everyone'])
    await screenshot(ada, '16-feed')

    // Her own profile lists what she favorited; she writes her bio and sets a picture.
    await ada.locator('.site-nav__me').getByRole('link', { name: 'ada' }).click()
    await ada.getByRole('link', { name: 'Favorited posts' }).click()
    await cards(ada).first().waitFor()
    assert.deepEqual(await titles(ada), ['Compilers for everyone'])
    await ada.getByRole('link', { name: 'Settings' }).click()
    await ada.getByLabel('Bio').fill('Wrote the first program.')
    await ada.getByLabel('Picture URL').fill('ftp://example.com/ada.png')
    await ada.getByRole('button', { name: 'Save profile' }).click()
    assert.match((await fieldError(ada, 'Picture URL')) ?? '', /^Picture URL .*http/)
    const picture = `${app.origin}/pictures/ada.svg`
    await ada.route(picture, (route) =>
      route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#2b4c7e"/></svg>' }),
    )
    await ada.getByLabel('Picture URL').fill(picture)
    await ada.getByRole('button', { name: 'Save profile' }).click()
    await ada.getByText('Your profile is saved.').waitFor()
    assert.equal(new URL(ada.url()).pathname, `/users/${adaId}`)
    await ada.getByText('Wrote the first program.').waitFor()
    await ada.getByRole('img', { name: 'ada’s picture' }).waitFor()
    await screenshot(ada, '17-own-profile')
    const profile = await adaClient.GET('/api/profile')
    assert.equal(profile.data?.bio, 'Wrote the first program.')
    assert.equal(profile.data?.image, picture)

    // Grace, as the post's author, sees the favorite and removes Ada's comment.
    await grace.goto(`${app.origin}${postPath}`)
    await grace.locator('.comment').filter({ hasText: 'Lovely idea.' }).waitFor()
    assert.equal(await grace.locator('.post__favorite button').textContent(), '♥ Favorite 1')
    await grace.getByRole('button', { name: 'Delete comment' }).click()
    await grace.getByText('No comments yet.').waitFor()
    const left = await graceClient.GET('/api/posts/{id}/comments', { params: { path: { id: postId } } })
    assert.deepEqual(left.data?.comments, [])

    // A long thread: oldest first, twenty at a time.
    await grace.goto(`${app.origin}/posts/${cobol.data!.id}`)
    const comments = grace.locator('.comment .comment__body')
    await comments.nth(19).waitFor()
    assert.equal(await comments.count(), 20)
    assert.equal(await comments.first().textContent(), 'Remark 1')
    await grace.getByRole('button', { name: 'Load more comments' }).click()
    await comments.nth(20).waitFor()
    assert.equal(await comments.last().textContent(), 'Remark 21')
    await grace.getByRole('button', { name: 'Load more comments' }).waitFor({ state: 'detached' })
  })

  test('an API that does not allow the app’s origin: the browser refuses, the app says so', async () => {
    const api = await startApi('cors-refused', 'http://app.example.com')
    const page = await openApp(api)
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })

    await page.goto(`${app.origin}/`)
    await alert(page, `Could not reach the Inkwell API at ${api.url} from this page.`).waitFor()
    await alert(page, `may not accept requests from ${app.origin}`).waitFor()
    await page.getByRole('button', { name: 'Try again' }).waitFor()
    await screenshot(page, '10-cors-refused')

    // The server was up and answered; it was the browser that would not hand the answer over.
    const served = api.logs.find((entry) => entry.url === '/api/posts?limit=10')
    assert.equal(served?.status, 200, `no logged answer to the app's request: ${JSON.stringify(api.logs)}`)
    assert.ok(
      consoleErrors.some((text) => text.includes('blocked by CORS policy')),
      `Chromium reported no CORS refusal: ${consoleErrors.join('\n')}`,
    )
  })

  test('a 429 or a 503 tells the reader how long to wait (Retry-After)', async () => {
    // Answered by the browser's network layer, not a server: the server cannot be made to rate
    // limit or lose its database on cue from here, and what is under test is the app's reading
    // of the status and the header, as they arrive cross-origin.
    const api = 'http://127.0.0.1:9'
    const page = await browser.newPage()
    stops.push(() => page.close())
    await page.addInitScript(`window.__INKWELL_API__ = ${JSON.stringify(api)}`)
    const answers = [
      { status: 429, code: 'rate_limited', retryAfter: '30', says: 'You are going a little fast. Try again in 30 seconds.' },
      { status: 503, code: 'service_unavailable', retryAfter: '5', says: 'Inkwell is briefly unavailable. Try again in 5 seconds.' },
    ]
    for (const answer of answers) {
      await page.route(`${api}/api/posts?*`, (route) =>
        route.fulfill({
          status: answer.status,
          headers: {
            'access-control-allow-origin': app.origin,
            'access-control-expose-headers': 'Retry-After, X-Request-Id',
            'retry-after': answer.retryAfter,
            'x-request-id': 'r1',
          },
          contentType: 'application/json',
          body: JSON.stringify({ error: 'Unavailable', code: answer.code, request_id: 'r1' }),
        }),
      )
      await page.goto(`${app.origin}/`)
      await alert(page, answer.says).waitFor()
      await page.unrouteAll()
    }
    await screenshot(page, '12-retry-after')
  })

  test('the API reference at /docs opens in the browser and its "Try it out" call succeeds', async () => {
    const api = await startApi('docs', app.origin)
    const page = await browser.newPage()
    stops.push(() => page.close())
    await page.goto(`${api.url}/docs`)
    const operation = page.locator('.opblock-get', { has: page.locator('[data-path="/api/posts"]') })
    await operation.locator('.opblock-summary').first().click()
    // With tryItOutEnabled the form opens ready; otherwise it takes a click.
    const tryIt = operation.getByRole('button', { name: 'Try it out' })
    if (await tryIt.isVisible()) await tryIt.click()
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/posts')
    await operation.getByRole('button', { name: 'Execute' }).click()
    assert.equal((await answered).status(), 200)
    const status = operation.locator('.live-responses-table tbody .response-col_status').first()
    await status.waitFor()
    assert.equal((await status.textContent())?.trim(), '200')
    await operation.locator('.live-responses-table').scrollIntoViewIfNeeded()
    await screenshot(page, '11-docs-try-it', { fullPage: false })
  })
})

/** The message under the input labelled `label`, or null when it has none. */
async function fieldError(page: Page, label: string): Promise<string | null> {
  const field = page.locator('.field', { has: page.getByLabel(label, { exact: true }) })
  const error = field.locator('.field__error')
  // Each check follows a submit: wait for the form to settle (its button enabled) before reading.
  await page.locator('button[type=submit]:not([disabled])').waitFor()
  if ((await error.count()) === 0) return null
  const describedBy = await field.locator('input, textarea').getAttribute('aria-describedby')
  assert.equal(await error.getAttribute('id'), describedBy, `the ${label} message is not tied to its input`)
  return error.textContent()
}

/** The session the app keeps in sessionStorage. */
async function storedSession(page: Page): Promise<{ token: string; user: { id: number; username: string } }> {
  const stored = await page.evaluate(`JSON.parse(sessionStorage.getItem('inkwell.session') ?? 'null')`)
  assert.ok(stored, 'the app keeps no session in sessionStorage')
  return stored as { token: string; user: { id: number; username: string } }
}

/** The token the app keeps in sessionStorage. */
async function storedToken(page: Page): Promise<string> {
  const token = await page.evaluate(`JSON.parse(sessionStorage.getItem('inkwell.session') ?? 'null')?.token`)
  assert.equal(typeof token, 'string', 'the app keeps no token in sessionStorage')
  return token as string
}

const alert = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text })

async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage })
}

/** A production build of web/, the way `npm run build --workspace web` makes it, into `outDir`. */
async function buildWebApp(outDir: string): Promise<string> {
  const { build } = await import('vite')
  const webRoot = join(root, 'web')
  await build({
    root: webRoot,
    configFile: join(webRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  })
  return outDir
}

interface StaticSite {
  origin: string
  close(): Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/**
 * Serves `dir` on a free port of 127.0.0.1, answering index.html for any path that is not a file,
 * as any host of a single-page app is set up to.
 */
async function serveStatic(dir: string): Promise<StaticSite> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    const file = extname(path) ? join(dir, path) : join(dir, 'index.html')
    try {
      const content = await readFile(file)
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
      response.end(content)
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections()
        server.close(() => closed())
      }),
  }
}
