// Loading and error states, the same on every page: a polite status while loading, and on error a message in
// the user's language with a retry button.
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { ApiState } from '../api/use-api';
import { useI18n } from '../i18n/i18n-context';
import { PageHeading } from './page-heading';

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="loading">
      <span className="loading__spinner" aria-hidden="true" />
      {t.state.loading}
    </p>
  );
}

export function ErrorMessage({ error, retry, heading = false }: { error: unknown; retry?: () => void; heading?: boolean }) {
  const { t } = useI18n();
  const message =
    error instanceof ApiError
      ? error.status === 404
        ? t.state.notFound
        : error.code === 'network_error'
          ? t.state.networkError
          : t.state.serverError(error.code)
      : t.state.networkError;
  return (
    <div role="alert" className="error-box">
      {heading ? <PageHeading title={t.state.errorTitle} /> : <h2>{t.state.errorTitle}</h2>}
      <p>{message}</p>
      {retry && error instanceof ApiError && error.status !== 404 ? (
        <button type="button" onClick={retry}>
          {t.state.retry}
        </button>
      ) : null}
    </div>
  );
}

/** Renders the children with the data once it is there; loading and errors look the same everywhere. */
export function Async<T>({
  state,
  children,
  pageLevel = false,
}: {
  state: ApiState<T> & { retry(): void };
  children: (data: T) => ReactNode;
  /** The whole page depends on this data: an error then gives the page its heading. */
  pageLevel?: boolean;
}) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage error={state.error} retry={state.retry} heading={pageLevel} />;
  return <>{children(state.data)}</>;
}
