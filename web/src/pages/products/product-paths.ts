// The addresses of the product pages, built in one place.
const seg = encodeURIComponent;

export const productPaths = {
  products: () => '/products',
  product: (id: string) => `/products/${seg(id)}`,
  release: (id: string) => `/releases/${seg(id)}`,
  declaration: (id: string) => `/releases/${seg(id)}/declaration`,
  results: (id: string, frameworkId: string, query = '') => `/releases/${seg(id)}/frameworks/${seg(frameworkId)}${query}`,
  compare: (id: string, other?: string) => `/releases/${seg(id)}/compare${other ? `?with=${seg(other)}` : ''}`,
  regulator: () => '/regulator',
};
