// /security: how to report a vulnerability in the Platform itself (the page the Platform's security.txt names).
import { Link } from 'wouter';
import { PageHeading } from '../../components/page-heading';
import { disclosurePaths } from './disclosure-paths';
import { useText } from './use-text';

export function SecurityPage() {
  const { d } = useText();
  return (
    <>
      <PageHeading title={d.security.title} />
      <p className="lead">{d.security.lead}</p>
      <h2>{d.security.how}</h2>
      <p>{d.security.howText}</p>
      <p>
        <a href="/.well-known/security.txt">{d.security.securityTxt}</a>
      </p>
      <h2>{d.security.products}</h2>
      <p>
        {d.security.productsText} <Link href={disclosurePaths.landing()}>{d.landing.title}</Link>
      </p>
    </>
  );
}
