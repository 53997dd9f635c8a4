// The site footer's link to the registry of labelled products, in each language. The registry and the label
// pages are rendered by the server (they work without JavaScript), so the link is a plain one, not a client route.
import type { Language } from '../../i18n/languages';

export const LABELS_NAV: Readonly<Record<Language, string>> = {
  en: 'Labelled products',
  fr: 'Produits labellisés',
  es: 'Productos etiquetados',
};
