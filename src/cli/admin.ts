/**
 * `npm run admin -- <command>`: what an operator does to accounts without writing SQL. Every
 * command goes through the API's own services and validates its input with the API's own schemas,
 * so an account made here is exactly what a sign-up would make.
 *
 * Passwords are read from stdin (the first line), or typed at a prompt without echo, never taken
 * from the command line, where `ps` and the shell's history would keep them.
 *
 * Exit codes: 0 done, 1 refused (no such user, a name taken, invalid input), 2 a usage mistake.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { Kysely } from 'kysely'
import { Type, type TSchema } from 'typebox'
import { systemClock } from '../clock.js'
import { loadConfig } from '../config.js'
import { createDatabase } from '../db/database.js'
import type { Database } from '../db/schema.js'
import { AppError } from '../errors.js'
import { validationDetails, validatorCompiler } from '../http/validation.js'
import { createServices } from '../services.js'
import type { TokenService } from '../tokens/tokens.service.js'
import { NewUser, Password } from '../users/users.schemas.js'
import type { UserService } from '../users/users.service.js'
import { runCli } from './run.js'

interface Services {
  db: Kysely<Database>
  users: UserService
  tokens: TokenService
  /** The password, from stdin or a prompt. */
  readPassword(): Promise<string>
}

interface Command {
  usage: string
  summary: string
  options?: ParseArgsConfig['options']
  positionals: string[]
  run(services: Services, args: string[], options: Record<string, string | boolean | undefined>): Promise<string>
}

const COMMANDS: Record<string, Command> = {
  'create-user': {
    usage: 'create-user <username> <email>',
    summary: 'Create a user; the password is read from stdin or typed at a prompt.',
    positionals: ['username', 'email'],
    async run({ db, users, readPassword }, [username, email]) {
      const input = { username: username!, email: email!, password: await readPassword() }
      validate(NewUser, input)
      const user = await users.register(db, input)
      return `Created user ${user.username} (id ${user.id}, ${user.email}).`
    },
  },
  'set-password': {
    usage: 'set-password <username>',
    summary: "Set a user's password (read from stdin or typed at a prompt) and revoke all their tokens.",
    positionals: ['username'],
    async run({ db, users, tokens, readPassword }, [username]) {
      const user = await users.findByUsername(db, username!)
      const password = await readPassword()
      validate(Type.Object({ password: Password }), { password })
      const { revokedTokens } = await users.resetPassword(db, user.id, password, (trx, userId) => tokens.revokeAllOf(trx, userId))
      return `Password of ${user.username} changed; ${plural(revokedTokens, 'token')} revoked.`
    },
  },
  'revoke-tokens': {
    usage: 'revoke-tokens <username>',
    summary: 'Sign a user out everywhere: revoke every token they hold.',
    positionals: ['username'],
    async run({ db, users, tokens }, [username]) {
      const user = await users.findByUsername(db, username!)
      return `Revoked ${plural(await tokens.revokeAllOf(db, user.id), 'token')} of ${user.username}.`
    },
  },
  'delete-user': {
    usage: 'delete-user <username> --yes',
    summary: 'Delete a user with all their posts and tokens. Needs --yes: it cannot be undone.',
    options: { yes: { type: 'boolean' } },
    positionals: ['username'],
    async run({ db, users }, [username], options) {
      const user = await users.findByUsername(db, username!)
      if (!options.yes) throw new UsageError(`this deletes ${user.username} and all their posts for good; add --yes to do it`)
      await users.remove(db, user.id)
      return `Deleted user ${user.username} (id ${user.id}) with their posts and tokens.`
    },
  },
  'list-users': {
    usage: 'list-users [--limit N]',
    summary: 'List users, newest first: id, username, email, created_at (default 50).',
    options: { limit: { type: 'string' } },
    positionals: [],
    async run({ db, users }, _args, options) {
      const limit = options.limit === undefined ? 50 : Number(options.limit)
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError('--limit must be a whole number from 1 to 10000')
      const page = await users.list(db, { limit })
      const rows = page.slice(0, limit).map((user) => [String(user.id), user.username, user.email, user.created_at])
      const more = page.length > limit ? `\n(more users than --limit ${limit})` : ''
      return rows.length === 0 ? 'No users.' : table([['id', 'username', 'email', 'created_at'], ...rows]) + more
    },
  },
  'sweep-tokens': {
    usage: 'sweep-tokens',
    summary: 'Delete every expired token.',
    positionals: [],
    async run({ db, tokens }) {
      return `Deleted ${plural(await tokens.sweepExpired(db), 'expired token')}.`
    },
  },
}

class UsageError extends Error {}

const HELP = `Usage: npm run admin -- <command> [arguments]

Commands:
${Object.values(COMMANDS)
  .map((command) => `  ${command.usage.padEnd(32)} ${command.summary}`)
  .join('\n')}

Every command takes --help. The database is the one DATABASE_URL names (read from .env too).`

const commandHelp = (command: Command) => `Usage: npm run admin -- ${command.usage}\n\n${command.summary}`

/** Throws AppError validation_failed, as the API would answer, when `input` does not fit `schema`. */
function validate(schema: TSchema, input: unknown): void {
  const check = validatorCompiler({ schema, httpPart: 'body', method: 'POST', url: '' }) as ((data: unknown) => boolean) & {
    errors?: Parameters<typeof validationDetails>[0] | null
  }
  if (!check(input)) throw new AppError('validation_failed', 'Invalid input', validationDetails(check.errors ?? []))
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n')
}

/** The first line of stdin, or a line typed at a prompt without echo when stdin is a terminal. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin
  if (!stdin.isTTY) {
    let text = ''
    for await (const chunk of stdin) {
      text += chunk
      if (text.includes('\n')) break
    }
    return text.split(/\r?\n/)[0]!
  }
  process.stderr.write('Password: ')
  stdin.setRawMode(true)
  stdin.setEncoding('utf8')
  let typed = ''
  try {
    for await (const chunk of stdin as AsyncIterable<string>) {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return typed
        if (char === '\u0003') throw new UsageError('cancelled')
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char
      }
    }
    return typed
  } finally {
    stdin.setRawMode(false)
    stdin.pause()
    process.stderr.write('\n')
  }
}

/** Runs one command line; the exit code. Output goes to stdout, problems to stderr. */
async function admin(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`)
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS[name]
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${HELP}\n`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({ args: rest, options: { help: { type: 'boolean', short: 'h' }, ...command.options }, allowPositionals: true, strict: true })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${commandHelp(command)}\n`)
    return 2
  }
  if (parsed.values.help) {
    process.stdout.write(`${commandHelp(command)}\n`)
    return 0
  }
  if (parsed.positionals.length !== command.positionals.length) {
    process.stderr.write(`${name} takes ${command.positionals.map((p) => `<${p}>`).join(' ') || 'no arguments'}.\n\n${commandHelp(command)}\n`)
    return 2
  }

  const config = loadConfig()
  const database = createDatabase(config.databaseUrl, config.database)
  try {
    await database.migrate()
    const { tokens, users } = createServices(systemClock, config)
    const message = await command.run({ db: database.db, users, tokens, readPassword }, parsed.positionals, parsed.values)
    process.stdout.write(`${message}\n`)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${name}: ${error.message}\n`)
      return 2
    }
    if (!(error instanceof AppError)) throw error
    const details = (error.details ?? []).map((detail) => `\n  ${detail.field}: ${detail.message}`).join('')
    process.stderr.write(`${name}: ${error.message}${details}\n`)
    return 1
  } finally {
    await database.close()
  }
}

await runCli(async () => {
  process.exitCode = await admin(process.argv.slice(2))
})
