/**
 * Where a server process departs from V8's defaults, and why. Applied by src/server.ts before it
 * serves; an operator's own choice on the command line wins (`node --allocation-site-pretenuring
 * dist/server.js` keeps V8's way).
 *
 * Allocation-site pretenuring: V8 watches each place in the code that allocates objects, and once
 * most of one place's objects survive a young-generation collection, it allocates that place's
 * objects straight in the old generation from then on. A request server fools it: on PostgreSQL a
 * request's rows are alive while the request waits for its next query, so they survive the
 * collections that happen meanwhile, V8 decides that node-postgres's rows are long-lived, and every
 * row of every later request went to the old generation, to be freed only by a full mark-compact:
 * a process under load peaked at 220–230 MB of mostly such garbage. Switched off, the same rows die
 * young, and each answer costs less CPU too; on SQLite nothing was pretenured wrongly and nothing
 * changes (issue 14; the figures are in BENCHMARKS.md's eighth round).
 *
 * The tick object's shape: see `holdTickObjectShape`.
 */
import { executionAsyncResource } from 'node:async_hooks'
import { setFlagsFromString } from 'node:v8'

/** Any spelling V8 accepts: `--no-` or `--no`, dashes or underscores. */
const PRETENURING = /^--(no-?)?allocation[-_]site[-_]pretenuring$/

/** The V8 flags a server sets: those of Inkwell's choices that `execArgv` does not already decide. */
export function serverV8Flags(execArgv: readonly string[]): string[] {
  return execArgv.some((arg) => PRETENURING.test(arg)) ? [] : ['--no-allocation-site-pretenuring']
}

/**
 * Sets them, and holds the tick object's shape. V8 reads the flag at each garbage collection, so
 * setting it at start, before any request, is as good as the command line; unlike the command
 * line, it holds however the process is started (npm start, the container, a cluster worker, a
 * supervisor's own command).
 */
export function tuneV8(execArgv: readonly string[] = process.execArgv): void {
  for (const flag of serverV8Flags(execArgv)) setFlagsFromString(flag)
  holdTickObjectShape()
}

let heldTickObject: object | undefined

/**
 * Keeps one of `process.nextTick`'s tick objects alive for the life of the process, so that the
 * hidden classes (maps) of its shape are never collected.
 *
 * Node makes every tick object with one literal, `{ [async_id_symbol]: …, [trigger_async_id_symbol]:
 * …, callback, args }`, and Node's streams make several per request. V8 records, for each property
 * of that literal after the first computed key, the one map it has seen, and only weakly: when a
 * full collection runs while no tick object is alive (between requests, say), the maps die, the
 * next tick object gets fresh ones, and V8's runtime function for that kind of property
 * (`Runtime_DefineKeyedOwnPropertyInLiteral`) then calls the site megamorphic, for good: optimized
 * code can no longer store those properties itself and calls into the runtime for each, three times
 * per tick object, for the rest of the process's life. Whether a process got there was a matter of
 * when its collections happened: half of them paid some 35k instructions per read (18%; BENCHMARKS.md's
 * ninth round). One object that never dies keeps the maps alive, and with them the fast path.
 *
 * It must run before the site has met a map that later dies, which is early in a process's life;
 * src/server.ts calls it first thing. Inside a tick's callback, `executionAsyncResource()` is that
 * tick's object. (An async hook's `init` would see it too, but enabling any hook installs V8
 * promise hooks, and V8 then gives up its fast paths for promises in optimized code for good.)
 */
export function holdTickObjectShape(): void {
  process.nextTick(() => {
    heldTickObject = executionAsyncResource()
  })
}
