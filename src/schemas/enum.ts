import { Type, type TEnum } from 'typebox';

/** A JSON schema enum built from one of the domain's const arrays, so the values are written once. */
export function enumOf<const T extends readonly string[]>(values: T, description?: string): TEnum<[...T]> {
  return Type.Enum<[...T]>(values, description ? { description } : {});
}
