/**
 * Where a `--cpu-prof` profile's time went, by package and by function (self time), to say what
 * the gap to the ceiling is made of without opening a flame graph.
 *
 * Usage: node --import tsx bench/profile-summary.ts <file.cpuprofile> [top]
 */
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const [file, topArg = '25'] = process.argv.slice(2)
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]')
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const nodes = new Map(profile.nodes.map((n) => [n.id, n]))

/** The package a frame belongs to: `fastify`, `pino`, `inkwell` (our dist/), `node` or `(native)`. */
function packageOf(url: string, name: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (inModules) return inModules[1]!
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`
  if (url.includes('/dist/') || url.includes('/.test-build/')) return 'inkwell'
  if (url === '') return name.startsWith('(') ? name : '(native)'
  return url
}

const byPackage = new Map<string, number>()
const byFunction = new Map<string, number>()
let total = 0
profile.samples.forEach((id, i) => {
  const node = nodes.get(id)!
  const micros = profile.timeDeltas[i] ?? 0
  const { functionName, url, lineNumber } = node.callFrame
  total += micros
  const pkg = packageOf(url, functionName)
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros)
  const where = `${functionName || '(anonymous)'} ${pkg}${url ? `:${lineNumber + 1}` : ''}`
  byFunction.set(where, (byFunction.get(where) ?? 0) + micros)
})

const print = (title: string, entries: Map<string, number>, top: number) => {
  console.log(`\n${title}`)
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
  }
}
console.log(`${(total / 1e6).toFixed(1)} s sampled`)
print('Self time by package', byPackage, 20)
print('Self time by function', byFunction, Number(topArg))
