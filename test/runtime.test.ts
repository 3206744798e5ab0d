import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { serverV8Flags } from '../src/runtime.js'
import { engineIndependent } from './support/databases.js'
import { root } from './support/server.js'

describe("the server's V8 settings", () => {
  it('switch off allocation-site pretenuring when the command line says nothing of it', () => {
    assert.deepEqual(serverV8Flags([]), ['--no-allocation-site-pretenuring'])
    assert.deepEqual(serverV8Flags(['--max-old-space-size=512', '--enable-source-maps']), ['--no-allocation-site-pretenuring'])
  })

  it("leave it to the operator's command line either way", () => {
    assert.deepEqual(serverV8Flags(['--allocation-site-pretenuring']), [])
    assert.deepEqual(serverV8Flags(['--no-allocation-site-pretenuring']), [])
    assert.deepEqual(serverV8Flags(['--allocation_site_pretenuring']), [])
    assert.deepEqual(serverV8Flags(['--noallocation-site-pretenuring']), [])
    // A flag that merely starts alike is not this one.
    assert.deepEqual(serverV8Flags(['--allocation-site-pretenuring-trace']), ['--no-allocation-site-pretenuring'])
  })
})

describe("process.nextTick's tick objects", () => {
  /** What V8 recorded for each property of Node's tick-object literal, after a collection with none alive. */
  async function feedbackAfterCollection(hold: boolean): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'inkwell-tick-shape-'))
    try {
      // V8 prints into C's stdout, which a pipe to this process loses part of at the child's exit; a file keeps it whole.
      const out = openSync(join(dir, 'out'), 'w')
      const child = spawn(
        process.execPath,
        ['--allow-natives-syntax', '--expose-gc', '--import', 'tsx', join('test', 'support', 'tick-shape.ts'), ...(hold ? ['hold'] : [])],
        { cwd: root, stdio: ['ignore', out, 'inherit'] },
      )
      const [code] = (await once(child, 'exit')) as [number | null]
      closeSync(out)
      assert.equal(code, 0, 'the child ran to its end')
      const printed = readFileSync(join(dir, 'out'), 'utf8')
      return [...printed.matchAll(/DefineKeyedOwnPropertyInLiteral (\w+)/g)].map((match) => match[1]!)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it('keep the fast path through a full collection once the server holds their shape', { skip: engineIndependent }, async (t) => {
    const unheld = await feedbackAfterCollection(false)
    assert.equal(unheld.length, 4, 'one state per property of the literal')
    // The reproduction itself: if a Node release stops losing the maps, there is nothing left to hold.
    if (!unheld.includes('MEGAMORPHIC')) {
      t.skip(`this Node (${process.version}) keeps the fast path without help: ${unheld.join(' ')}`)
      return
    }
    const held = await feedbackAfterCollection(true)
    assert.deepEqual(held, ['MONOMORPHIC', 'MONOMORPHIC', 'MONOMORPHIC', 'MONOMORPHIC'])
  })
})
