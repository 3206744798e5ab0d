/**
 * The lint gate: the live OpenAPI document passes Redocly CLI (recommended rules) and Spectral
 * (spectral:oas) with no error and no warning, under the rulesets kept in the repository
 * (redocly.yaml, .spectral.yaml), and the gate does fail when the document breaks a rule.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it, type TestContext } from 'node:test'
import { promisify } from 'node:util'
import { createTestApp } from './helpers.js'
import { engineIndependent } from './support/databases.js'
import { root } from './support/server.js'

const run = promisify(execFile)

interface Problem {
  linter: 'redocly' | 'spectral'
  rule: string
  severity: string
  message: string
  where: string
}

/** Runs a linter's own CLI as a user would, and returns what it reported (its exit code aside). */
async function lint(linter: 'redocly' | 'spectral', file: string): Promise<Problem[]> {
  const args =
    linter === 'redocly'
      ? ['lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'json']
      : ['lint', file, '--ruleset', join(root, '.spectral.yaml'), '--format', 'json', '--fail-severity', 'hint', '--quiet']
  const output = await run(join(root, 'node_modules', '.bin', linter), args, {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
    // Redocly would otherwise report usage to its vendor and check for updates over the network.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  }).catch((error: { stdout?: string; stderr?: string; code?: number }) => {
    // Both exit non-zero when they find problems; the report on stdout says which.
    if (!error.stdout) throw new Error(`${linter} failed to run: ${error.stderr}`)
    return error as { stdout: string }
  })
  if (linter === 'redocly') {
    const report = JSON.parse(output.stdout) as {
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[]
    }
    return report.problems.map((p) => ({ linter, rule: p.ruleId, severity: p.severity, message: p.message, where: p.location[0]?.pointer ?? '' }))
  }
  const results = JSON.parse(output.stdout || '[]') as { code: string; severity: number; message: string; path: string[] }[]
  const severities = ['error', 'warn', 'info', 'hint']
  return results.map((r) => ({ linter, rule: r.code, severity: severities[r.severity] ?? String(r.severity), message: r.message, where: r.path.join('.') }))
}

async function liveDocument(t: TestContext): Promise<Record<string, any>> {
  const { app } = await createTestApp(t)
  const res = await app.inject({ method: 'GET', url: '/openapi.json' })
  assert.equal(res.statusCode, 200)
  return res.json()
}

async function lintBoth(t: TestContext, document: unknown): Promise<Problem[]> {
  const dir = await mkdtemp(join(tmpdir(), 'inkwell-lint-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const file = join(dir, 'openapi.json')
  await writeFile(file, JSON.stringify(document, null, 2))
  const [redocly, spectral] = await Promise.all([lint('redocly', file), lint('spectral', file)])
  return [...redocly, ...spectral]
}

describe('the OpenAPI lint gate', { skip: engineIndependent }, () => {
  it('finds no error and no warning in the live document, with Redocly and with Spectral', async (t) => {
    const problems = await lintBoth(t, await liveDocument(t))

    assert.deepEqual(problems, [])
  })

  it('fails when an operation loses its operationId', async (t) => {
    const document = await liveDocument(t)
    const operation = document.paths['/api/posts'].post
    assert.equal(operation.operationId, 'createPost')
    delete operation.operationId

    const problems = await lintBoth(t, document)

    const missing = problems.filter((p) => p.rule === 'operation-operationId').map((p) => [p.linter, p.where])
    assert.deepEqual(missing.sort(), [
      ['redocly', '#/paths/~1api~1posts/post/operationId'],
      ['spectral', 'paths./api/posts.post'],
    ])
  })
})
