// The product and assessment section (/products, /releases, /regulator), loaded on demand so the first page of
// the site stays light.
import { lazy, Suspense } from 'react';
import { Loading } from '../../components/status';

const ProductsRoutes = lazy(() => import('./products-routes'));

export function ProductsSection() {
  return (
    <Suspense fallback={<Loading />}>
      <ProductsRoutes />
    </Suspense>
  );
}
