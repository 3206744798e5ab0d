/** Posts' slugs: readable, URL-safe, unique without asking the database which are taken. */
import { randomBytes } from 'node:crypto'

const SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/**
 * The title's words in lowercase ASCII, joined by hyphens (accents dropped, up to 80 characters),
 * then a random 6-character suffix: two posts titled alike get different slugs, and no query has
 * to find a free one first (a race between two writers would still pick the same). A clash (one
 * draw in 2 billion, but likely among some 50,000 posts titled alike) is the unique index's to
 * refuse and the writer's to draw again (`PostService.create`).
 *
 * @example slugFor('How to train your dragon') // 'how-to-train-your-dragon-k3x9qa'
 */
export function slugFor(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  let suffix = ''
  for (const byte of randomBytes(6)) suffix += SUFFIX_ALPHABET[byte % SUFFIX_ALPHABET.length]
  return words ? `${words}-${suffix}` : suffix
}
