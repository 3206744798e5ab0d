import { useEffect } from 'react'
import { Link } from '../router'

export function NotFoundPage({
  title = 'Page not found',
  message = 'There is nothing at this address. Check the link, or start again from the front page.',
}: {
  title?: string
  message?: string
}) {
  useEffect(() => {
    document.title = `${title} · Inkwell`
  }, [title])
  return (
    <section className="not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <Link to="/" className="button">
          Back to the latest posts
        </Link>
      </p>
    </section>
  )
}
