import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading';
import { useI18n } from '../i18n/i18n-context';
import { paths } from '../paths';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.notFound.title} />
      <p>{t.notFound.text}</p>
      <p>
        <Link href={paths.home()}>{t.notFound.home}</Link>
      </p>
    </>
  );
}
