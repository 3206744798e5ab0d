import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { serverV8Flags } from '../src/runtime.js'

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
