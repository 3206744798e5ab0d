/**
 * What the benchmark measures (issue 4), and the targets each result is held to.
 */
import type { Measurement, RequestSpec } from './load.js'

export interface ScenarioContext {
  /** Seeded posts have the ids 1..posts. */
  posts: number
  /** Bearer tokens of seeded users, issued by Inkwell before the runs. */
  tokens: string[]
  /** The cursor a client holds after walking 90% of the posts, newest first. */
  deepCursor: string
}

export interface Scenario {
  id: string
  title: string
  request(context: ScenarioContext): () => RequestSpec
  /** Logins per second run beside the requests. */
  loginsPerSecond?: number
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!
const randomPostId = (context: ScenarioContext) => 1 + Math.floor(Math.random() * context.posts)

const postById = (context: ScenarioContext) => (): RequestSpec => ({ method: 'GET', path: `/api/posts/${randomPostId(context)}` })

const NEW_POST = JSON.stringify({
  title: 'A benchmark post',
  body: 'Written by the benchmark to measure the write path: one row, one commit, synchronous=FULL. '.repeat(4),
})

const createPost = (context: ScenarioContext) => (): RequestSpec => ({
  method: 'POST',
  path: '/api/posts',
  headers: { authorization: `Bearer ${pick(context.tokens)}`, 'content-type': 'application/json' },
  body: NEW_POST,
})

export const SCENARIOS: Scenario[] = [
  { id: 'post-by-id', title: 'GET /api/posts/{id}, random ids', request: postById },
  {
    id: 'posts-first-page',
    title: 'GET /api/posts?limit=20, first page',
    request: () => () => ({ method: 'GET', path: '/api/posts?limit=20' }),
  },
  {
    id: 'posts-deep-page',
    title: 'GET /api/posts?limit=20, cursor after 90% of the rows',
    request: (context) => () => ({ method: 'GET', path: `/api/posts?limit=20&cursor=${encodeURIComponent(context.deepCursor)}` }),
  },
  {
    id: 'profile',
    title: 'GET /api/profile with a bearer token',
    request: (context) => () => ({ method: 'GET', path: '/api/profile', headers: { authorization: `Bearer ${pick(context.tokens)}` } }),
  },
  { id: 'create-post', title: 'POST /api/posts with a bearer token', request: createPost },
  {
    id: 'mix',
    title: '90% GET /api/posts/{id}, 10% POST /api/posts',
    request: (context) => {
      const read = postById(context)
      const write = createPost(context)
      return () => (Math.random() < 0.1 ? write() : read())
    },
  },
  // Measured again right before the next one rather than taken from post-by-id, so that the two
  // runs compared are neighbours in time on a shared machine.
  { id: 'reads-alone', title: 'GET /api/posts/{id}, the baseline for the next row', request: postById },
  { id: 'reads-during-logins', title: 'GET /api/posts/{id} while 10 logins/s run', request: postById, loginsPerSecond: 10 },
]

export interface ServerResult extends Measurement {
  peak_rss_mb: number
  /** The server process's CPU time (user + system) per 2xx answer during the measured run. */
  cpu_us_per_request: number
  logins?: { attempted: number; succeeded: number; failed: number }
}

export interface ScenarioResult {
  id: string
  title: string
  inkwell: ServerResult
  ceiling: ServerResult
  /** Inkwell's req/s over the ceiling's. */
  ratio: number
}

export interface TargetResult {
  target: string
  /** null when the scenarios it needs were not run. */
  met: boolean | null
  measured: string
}

const MAX_RSS_MB = 200

/** The targets, checked against one run's results. */
export function checkTargets(results: ScenarioResult[]): TargetResult[] {
  const byId = new Map(results.map((r) => [r.id, r]))
  const check = (target: string, ids: string[], test: (...rows: ScenarioResult[]) => { met: boolean; measured: string }) => {
    const rows = ids.map((id) => byId.get(id))
    if (rows.some((row) => row === undefined)) return { target, met: null, measured: 'not run' }
    return { target, ...test(...(rows as ScenarioResult[])) }
  }
  const pct = (ratio: number) => `${Math.round(ratio * 100)}%`
  return [
    check('GET /api/posts/{id}: ≥ 80% of the ceiling; p99 < 5 ms', ['post-by-id'], (r) => ({
      met: r.ratio >= 0.8 && r.inkwell.latency_p99_ms < 5,
      measured: `${pct(r.ratio)}; p99 ${r.inkwell.latency_p99_ms} ms`,
    })),
    check('First page of GET /api/posts: ≥ 70% of the ceiling', ['posts-first-page'], (r) => ({
      met: r.ratio >= 0.7,
      measured: pct(r.ratio),
    })),
    check("Deep page within 1.3× of the first page's latency (p50)", ['posts-first-page', 'posts-deep-page'], (first, deep) => {
      const factor = deep.inkwell.latency_p50_ms / first.inkwell.latency_p50_ms
      return { met: factor <= 1.3, measured: `${factor.toFixed(2)}× (${deep.inkwell.latency_p50_ms} vs ${first.inkwell.latency_p50_ms} ms)` }
    }),
    check('GET /api/profile: ≥ 75% of the ceiling', ['profile'], (r) => ({ met: r.ratio >= 0.75, measured: pct(r.ratio) })),
    check('POST /api/posts: ≥ 60% of the ceiling', ['create-post'], (r) => ({ met: r.ratio >= 0.6, measured: pct(r.ratio) })),
    check("Reads' p99 while logins run: within 2× of reads alone", ['reads-alone', 'reads-during-logins'], (alone, during) => {
      const factor = during.inkwell.latency_p99_ms / alone.inkwell.latency_p99_ms
      return {
        met: factor <= 2,
        measured: `${factor.toFixed(2)}× (${during.inkwell.latency_p99_ms} vs ${alone.inkwell.latency_p99_ms} ms)`,
      }
    }),
    (() => {
      const target = `Server RSS under ${MAX_RSS_MB} MB in every scenario`
      if (results.length === 0) return { target, met: null, measured: 'not run' }
      const peak = Math.max(...results.map((r) => r.inkwell.peak_rss_mb))
      return { target, met: peak < MAX_RSS_MB, measured: `peak ${peak} MB` }
    })(),
  ]
}
