/**
 * Run by test/runtime.test.ts in a process of its own, with `--allow-natives-syntax --expose-gc`:
 * makes tick objects, lets every one of them die, collects garbage, makes more, and prints what
 * V8 recorded for the properties of Node's tick-object literal, one state per property
 * (`MONOMORPHIC MEGAMORPHIC …`). With the argument `hold`, holdTickObjectShape runs first, as
 * src/server.ts runs it.
 */
import { holdTickObjectShape } from '../../src/runtime.js'

if (process.argv[2] === 'hold') holdTickObjectShape()

const gc = globalThis.gc
if (!gc) throw new Error('run with --expose-gc')
// Made at run time, so that only this line needs the natives syntax, not the TypeScript.
const debugPrint = new Function('f', '%DebugPrint(f)') as (f: unknown) => void
const noop = (_: number) => {}
const drained = () => new Promise((resolve) => setImmediate(resolve))

for (let i = 0; i < 20; i++) process.nextTick(noop, i)
await drained()
for (let i = 0; i < 3; i++) gc()
for (let i = 0; i < 20; i++) process.nextTick(noop, i)
await drained()
debugPrint(process.nextTick)
