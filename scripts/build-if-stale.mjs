/**
 * Compiles src/ into dist/ only when a source is newer than the build, so that `npm start` on a
 * built tree starts at once (compiling took about 15 s) and a production install, which has no
 * TypeScript, can use the npm scripts at all. Plain JavaScript: it must run before anything is built.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const built = join(root, 'dist', 'server.js')

/** The newest modification time among the files a build reads. */
function newestSource() {
  let newest = 0
  const visit = (path) => {
    const stat = statSync(path)
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name))
    else newest = Math.max(newest, stat.mtimeMs)
  }
  for (const path of ['src', 'tsconfig.json', 'tsconfig.build.json']) visit(join(root, path))
  return newest
}

// A production tree (the container's) holds the build without its sources: nothing to compare.
if (existsSync(built) && !existsSync(join(root, 'src'))) process.exit(0)
// tsc rewrites every output on each build, so the entry point is as new as the whole build.
if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) process.exit(0)

let tsc
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc')
} catch {
  process.stderr.write(
    `${JSON.stringify({ level: 60, msg: 'dist/ is missing or older than src/, and TypeScript is not installed to build it: run npm ci, then npm run build (or install the built tree)' })}\n`,
  )
  process.exit(1)
}
process.stderr.write(`${JSON.stringify({ level: 30, msg: 'building dist/ from src/' })}\n`)
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 2, 2] })
process.exit(result.status ?? 1)
