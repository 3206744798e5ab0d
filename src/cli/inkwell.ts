/**
 * One entry point for every command, the container's: `serve` (the default), `migrate`, `seed`,
 * and `admin <command>`, each exactly what its npm script runs.
 *
 * @example
 *   node dist/cli/inkwell.js                          # the server
 *   node dist/cli/inkwell.js admin list-users
 *   docker compose run --rm api admin create-user ada ada@example.com
 */
const COMMANDS: Record<string, string> = {
  serve: '../server.js',
  migrate: './migrate.js',
  seed: './seed.js',
  admin: './admin.js',
}

const name = process.argv[2] ?? 'serve'
const module = COMMANDS[name]
if (module === undefined) {
  process.stderr.write(`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')} (admin --help lists its own).\n`)
  process.exitCode = 2
} else {
  // The command reads its own arguments from argv, as when it is started on its own.
  process.argv.splice(2, 1)
  await import(module)
}
