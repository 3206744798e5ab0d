import { Writable } from 'node:stream'
import { buildApp } from './src/app.js'
import { loadConfig } from './src/config.js'
import { createDatabase } from './src/db/database.js'
import { migrateToLatest } from './src/db/migrate.js'

const logs: string[] = []
async function mk(env: Record<string, string> = {}) {
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'info', ...env })
  const database = createDatabase(config.databaseUrl)
  await migrateToLatest(database.db)
  const stream = new Writable({ write(c, _e, cb) { logs.push(String(c)); cb() } })
  const app = await buildApp({ config, database, logger: { level: 'info', stream } as any })
  return app
}
const show = (label: string, r: any, hdrs: string[] = []) => {
  const h: Record<string, unknown> = {}
  for (const k of hdrs) h[k] = r.headers[k]
  console.log(`\n## ${label}\n${r.statusCode} ${JSON.stringify(h)}\n${String(r.body).slice(0, 400)}`)
}
const app = await mk()
const J = { 'content-type': 'application/json' }
const su = async (u: string) => {
  await app.inject({ method: 'POST', url: '/api/users', payload: { username: u, email: `${u}@x.io`, password: 'password-123' } })
  const t = await app.inject({ method: 'POST', url: '/api/tokens', payload: { username: u, password: 'password-123' } })
  return t.json().token as string
}
const ada = await su('ada'); const bob = await su('bob')
const A = { authorization: `Bearer ${ada}` }

show('bad url', await app.inject({ method: 'GET', url: '/api/posts/%zz' }), ['content-type', 'x-request-id'])
show('bad url2', await app.inject({ method: 'GET', url: '/api/%E0%A4%A' }), ['content-type', 'x-request-id'])
show('no ctype body', await app.inject({ method: 'POST', url: '/api/posts', headers: { ...A }, payload: '{"title":"a","body":"b"}' }), ['content-type'])
show('jsonx ctype', await app.inject({ method: 'POST', url: '/api/posts', headers: { ...A, 'content-type': 'application/jsonx' }, payload: '{"title":"a","body":"b"}' }))
show('+json ctype', await app.inject({ method: 'POST', url: '/api/posts', headers: { ...A, 'content-type': 'application/merge-patch+json' }, payload: '{"title":"a","body":"b"}' }))
show('empty json body POST', await app.inject({ method: 'POST', url: '/api/posts', headers: { ...A, ...J }, payload: '' }))
show('no body at all POST', await app.inject({ method: 'POST', url: '/api/posts', headers: { ...A } }))
show('invalid json echo', await app.inject({ method: 'POST', url: '/api/tokens', headers: J, payload: '{"username":"ada","password":"hunter2-secret-pw" x}' }))
show('constructor plain', await app.inject({ method: 'POST', url: '/api/posts', headers: { ...A, ...J }, payload: '{"title":"a","body":"b","constructor":{"prototype":{"x":1}}}' }))
show('__proto__ nested', await app.inject({ method: 'POST', url: '/api/posts', headers: { ...A, ...J }, payload: '{"title":"a","body":"b","x":{"__proto__":{"a":1}}}' }))
show('login neither', await app.inject({ method: 'POST', url: '/api/tokens', payload: { password: 'x' } }))
show('login case email', await app.inject({ method: 'POST', url: '/api/tokens', payload: { email: 'ADA@X.IO', password: 'password-123' } }))
// many unknown properties
const big: Record<string, number> = {}; for (let i = 0; i < 60000; i++) big['k' + i] = 1
const t0 = Date.now()
const rb = await app.inject({ method: 'POST', url: '/api/posts', headers: { ...A, ...J }, payload: JSON.stringify(big) })
console.log(`\n## 60k unknown props: ${rb.statusCode} request bytes=${JSON.stringify(big).length} response bytes=${rb.body.length} ms=${Date.now() - t0}`)
// CORS
for (const origin of ['https://a.example', 'null', undefined]) {
  const r = await app.inject({ method: 'GET', url: '/api/posts', headers: origin ? { origin } : {} })
  show(`cors * GET origin=${origin}`, r, ['access-control-allow-origin', 'vary', 'access-control-expose-headers'])
}
show('preflight *', await app.inject({ method: 'OPTIONS', url: '/api/posts/1', headers: { origin: 'https://a.example', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization,content-type' } }), ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age', 'vary', 'x-request-id'])
show('preflight unknown path', await app.inject({ method: 'OPTIONS', url: '/api/nope', headers: { origin: 'https://a.example', 'access-control-request-method': 'GET' } }), ['access-control-allow-origin', 'access-control-allow-methods'])
const app2 = await mk({ CORS_ORIGINS: 'http://localhost:3000' })
for (const origin of ['http://localhost:3000', 'https://evil.example', 'null', undefined]) {
  const r = await app2.inject({ method: 'GET', url: '/api/posts', headers: origin ? { origin } : {} })
  show(`cors list GET origin=${origin}`, r, ['access-control-allow-origin', 'vary'])
}
show('preflight list evil', await app2.inject({ method: 'OPTIONS', url: '/api/posts', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }), ['access-control-allow-origin', 'access-control-allow-methods', 'vary'])
show('405', await app.inject({ method: 'POST', url: '/api/posts/1' }), ['allow'])
show('405 with bad token', await app.inject({ method: 'POST', url: '/api/posts/1', headers: { authorization: 'Bearer x' } }), ['allow'])
show('404 with bad token', await app.inject({ method: 'GET', url: '/nope', headers: { authorization: 'Bearer x' } }))
show('limit=1.0', await app.inject({ method: 'GET', url: '/api/posts?limit=1.0' }))
show('limit dup', await app.inject({ method: 'GET', url: '/api/posts?limit=1&limit=2' }))
show('bad content-length', await app.inject({ method: 'POST', url: '/api/posts', headers: { ...A, ...J, 'content-length': '3' }, payload: '{"title":"a","body":"b"}' }))
// pagination link
for (let i = 0; i < 3; i++) await app.inject({ method: 'POST', url: '/api/posts', headers: A, payload: { title: 't' + i, body: 'b' } })
const p1 = await app.inject({ method: 'GET', url: '/api/posts?limit=1&author_id=1' })
show('page1', p1, ['link'])
const c = p1.json().next_cursor
show('posts cursor on users', await app.inject({ method: 'GET', url: `/api/users?cursor=${c}` }))
show('HEAD posts', await app.inject({ method: 'HEAD', url: '/api/posts?limit=1' }), ['link', 'content-length'])
show('bob patches ada post 1', await app.inject({ method: 'PATCH', url: '/api/posts/1', headers: { authorization: `Bearer ${bob}` }, payload: { title: 'x' } }))
show('PUT missing body field', await app.inject({ method: 'PUT', url: '/api/posts/1', headers: A, payload: { title: 'x' } }))
show('readyz', await app.inject({ method: 'GET', url: '/readyz' }))
show('long password 129 astral', await app.inject({ method: 'POST', url: '/api/users', payload: { username: 'carl', email: 'c@x.io', password: '😀'.repeat(128) } }))
show('user/0', await app.inject({ method: 'GET', url: '/api/users/0' }))
show('user other with token', await app.inject({ method: 'GET', url: '/api/users/2', headers: A }))
show('patch user email case-dup', await app.inject({ method: 'PATCH', url: '/api/users/1', headers: A, payload: { email: 'BOB@x.io' } }))
show('openapi', await app.inject({ method: 'GET', url: '/openapi.json' }), ['content-type'])
show('docs', await app.inject({ method: 'GET', url: '/docs' }), ['content-type', 'location'])
console.log('\n## LOGS (grep secrets)')
for (const l of logs) if (/password|hunter2|Bearer|authorization/i.test(l)) console.log('LEAK?', l.slice(0, 300))
console.log(logs.slice(0, 3).join(''))
await app.close(); await app2.close()
