// The navigation's links to the product pages, in each language; the section's own texts load with its pages.
import type { Language } from '../../i18n/languages';

export const PRODUCTS_NAV: Readonly<Record<Language, string>> = { en: 'My products', fr: 'Mes produits', es: 'Mis productos' };
export const REGULATOR_NAV: Readonly<Record<Language, string>> = { en: 'Regulator view', fr: 'Vue des régulateurs', es: 'Vista de reguladores' };
