// Addresses of the disclosure pages, built in one place.
const seg = encodeURIComponent;

export const disclosurePaths = {
  landing: () => '/disclosure',
  manufacturer: (id: string) => `/disclosure/manufacturers/${seg(id)}`,
  report: (id: string) => `/disclosure/manufacturers/${seg(id)}/report`,
  follow: () => '/disclosure/follow',
  cases: () => '/disclosure/cases',
  case: (id: string) => `/disclosure/cases/${seg(id)}`,
  overdue: () => '/disclosure/overdue',
  manage: () => '/disclosure/manage',
  advisories: () => '/advisories',
  advisory: (id: string) => `/advisories/${seg(id)}`,
  security: () => '/security',
};
