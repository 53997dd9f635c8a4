// Previous / next links with the range shown; each page of a list has its own address, so the back button and
// shared links work.
import { Link } from 'wouter';
import { useI18n } from '../i18n/i18n-context';

export function Pagination({
  page,
  pageSize,
  total,
  hrefFor,
  scrollTo,
}: {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  hrefFor(page: number): string;
  /** Id of the list's heading: after a page change it is scrolled into view, since the list above changed. */
  scrollTo?: string;
}) {
  const { t, number } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const onClick = () => {
    if (!scrollTo) return;
    requestAnimationFrame(() => document.getElementById(scrollTo)?.scrollIntoView({ block: 'start' }));
  };
  return (
    <nav className="pagination" aria-label={t.pagination.label}>
      <p className="pagination__range">{t.pagination.range(number(from), number(to), number(total))}</p>
      {pages > 1 ? (
        <ul>
          <li>
            {page > 1 ? (
              <Link href={hrefFor(page - 1)} rel="prev" onClick={onClick}>
                <span aria-hidden="true">← </span>
                {t.pagination.previous}
              </Link>
            ) : null}
          </li>
          <li>{t.pagination.page(page, pages)}</li>
          <li>
            {page < pages ? (
              <Link href={hrefFor(page + 1)} rel="next" onClick={onClick}>
                {t.pagination.next}
                <span aria-hidden="true"> →</span>
              </Link>
            ) : null}
          </li>
        </ul>
      ) : null}
    </nav>
  );
}

/** The 1-based page number from a query value, never below 1. */
export function pageFrom(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
