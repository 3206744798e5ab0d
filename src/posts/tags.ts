/** Tags as authors type them, and as they are stored, shown and searched for. */
import { invalidField } from '../errors.js'

export const MAX_TAGS = 10

/** In characters (code points), as PostgreSQL's varchar(32) counts them. */
export const MAX_TAG_LENGTH = 32

/**
 * One spelling per tag, so that "Node JS", " node  js" and "node-js" are the same tag: trimmed,
 * lowercased, each run of inner whitespace one hyphen. Empty when nothing but blanks was typed.
 */
export function normalizeTag(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, '-')
}

/** Whether a normalized tag can be stored: 1–32 characters. */
export function isStorableTag(tag: string): boolean {
  return tag !== '' && [...tag].length <= MAX_TAG_LENGTH
}

/**
 * An author's tags, normalized, each once, in the order first given.
 *
 * @throws AppError `validation_failed` naming `tags.<i>` for a tag blank or longer than 32
 *   characters once normalized.
 */
export function normalizeTags(raw: readonly string[]): string[] {
  const tags: string[] = []
  for (const [i, item] of raw.entries()) {
    const tag = normalizeTag(item)
    if (tag === '') throw invalidField(`tags.${i}`, 'must not be blank')
    if (!isStorableTag(tag)) throw invalidField(`tags.${i}`, `must be at most ${MAX_TAG_LENGTH} characters once trimmed`)
    if (!tags.includes(tag)) tags.push(tag)
  }
  return tags
}
