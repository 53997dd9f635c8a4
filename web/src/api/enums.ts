// The values of the server's enumerations, as the browser lists them in filters and legends. They are read from
// the English labels, and the type checks below fail when those labels and the server's schemas part ways, so
// each enumeration is still written once (in the domain) and only mirrored here.
import { en } from '../i18n/messages/en';
import type { FrameworkKind, FrameworkLayer, FrameworkScope, FrameworkStatus, Level } from './types';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(value: T) => value;

same<Same<keyof typeof en.scopes, FrameworkScope>>(true);
same<Same<keyof typeof en.layers, FrameworkLayer>>(true);
same<Same<keyof typeof en.statuses, FrameworkStatus>>(true);
same<Same<keyof typeof en.kinds, FrameworkKind>>(true);
same<Same<keyof typeof en.levels, Level>>(true);

export const SCOPES = Object.keys(en.scopes) as FrameworkScope[];
export const LAYERS = Object.keys(en.layers) as FrameworkLayer[];
export const STATUSES = Object.keys(en.statuses) as FrameworkStatus[];
export const KINDS = Object.keys(en.kinds) as FrameworkKind[];
export const LEVELS = Object.keys(en.levels) as Level[];

export function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}
