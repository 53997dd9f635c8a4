// The few account words every page shows (header, two-factor notice, curation links on registry pages), in
// each language. The account pages' own texts load with those pages.
import { useI18n } from '../i18n/i18n-context';
import type { Language } from '../i18n/languages';

const en = {
  menu: 'Your account',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (name: string) => `Signed in as ${name}`,
  enrolNotice: 'Your role needs two-factor authentication. Set it up before you continue.',
  enrolLink: 'Set up two-factor authentication',
  registryTools: 'Curation',
  history: 'History of changes',
  editFramework: 'Edit this framework',
  newRequirement: 'Add a requirement',
  editRequirement: 'Edit this requirement',
  mappings: 'Edit its stated mappings',
  newFramework: 'Add a framework',
};

export type SessionText = typeof en;

const fr: SessionText = {
  menu: 'Votre compte',
  signIn: 'Se connecter',
  signOut: 'Se déconnecter',
  signedInAs: (name) => `Session ouverte : ${name}`,
  enrolNotice: 'Votre rôle exige l’authentification à deux facteurs. Activez-la avant de continuer.',
  enrolLink: 'Activer l’authentification à deux facteurs',
  registryTools: 'Curation',
  history: 'Historique des modifications',
  editFramework: 'Modifier ce référentiel',
  newRequirement: 'Ajouter une exigence',
  editRequirement: 'Modifier cette exigence',
  mappings: 'Modifier ses correspondances déclarées',
  newFramework: 'Ajouter un référentiel',
};

const es: SessionText = {
  menu: 'Su cuenta',
  signIn: 'Iniciar sesión',
  signOut: 'Cerrar sesión',
  signedInAs: (name) => `Sesión iniciada como ${name}`,
  enrolNotice: 'Su función exige la autenticación en dos pasos. Actívela antes de continuar.',
  enrolLink: 'Activar la autenticación en dos pasos',
  registryTools: 'Curaduría',
  history: 'Historial de cambios',
  editFramework: 'Editar este marco',
  newRequirement: 'Añadir un requisito',
  editRequirement: 'Editar este requisito',
  mappings: 'Editar sus correspondencias declaradas',
  newFramework: 'Añadir un marco',
};

const TEXTS: Record<Language, SessionText> = { en, fr, es };

export function useSessionText(): SessionText {
  return TEXTS[useI18n().lang];
}
