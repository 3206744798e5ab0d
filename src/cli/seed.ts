/**
 * `npm run seed`: demo users and posts to try the API with. Goes through the same services as the
 * API, so the rows are exactly what real sign-ups and posts would store. Does nothing on a
 * database that already has users.
 */
import { systemClock } from '../clock.js'
import { loadConfig } from '../config.js'
import { createDatabase } from '../db/database.js'
import { createServices } from '../services.js'
import { runCli } from './run.js'

const DEMO_PASSWORD = 'inkwell-demo'
const DEMO_USERS = ['ada', 'grace', 'linus']
const TOPICS = ['SQLite', 'keyset pagination', 'bearer tokens', 'CORS', 'OpenAPI', 'Argon2id', 'HTTP status codes']

await runCli(async () => {
  const config = loadConfig()
  const database = createDatabase(config.databaseUrl, config.database)
  try {
    await database.migrate()
    const { db } = database
    const existing = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
    if (Number(existing.count) > 0) {
      console.log('The database already has users; nothing seeded.')
      return
    }
    const { users, posts } = createServices(systemClock, config)
    for (const [i, username] of DEMO_USERS.entries()) {
      const user = await users.register(db, { username, email: `${username}@example.com`, password: DEMO_PASSWORD })
      for (const [j, topic] of TOPICS.entries()) {
        await posts.create(db, user, {
          title: `${username} on ${topic}`,
          body: `Notes ${j + 1} of ${TOPICS.length} from ${username}, user ${i + 1} of ${DEMO_USERS.length}.`,
        })
      }
    }
    console.log(
      `Seeded ${DEMO_USERS.length} users (${DEMO_USERS.join(', ')}; password "${DEMO_PASSWORD}") ` +
        `and ${DEMO_USERS.length * TOPICS.length} posts into ${config.databaseUrl}.`,
    )
  } finally {
    await database.close()
  }
})
