// Reads our namespaced props back, reporting values that break our enumerations with a JSON pointer to them.
import { IOTSPP_OSCAL_NS, OSCAL_NS, type OscalProblem, type OscalProperty } from './oscal-model.js';

interface Located {
  prop: OscalProperty;
  pointer: string;
}

/** A prop OSCAL itself defines (no ns, or OSCAL's own), such as "label". */
export function oscalPropValue(props: readonly OscalProperty[] | undefined, name: string): string | null {
  const prop = (props ?? []).find((p) => p.name === name && (p.ns === undefined || p.ns === OSCAL_NS));
  return prop ? prop.value : null;
}

export class PropReader {
  private readonly ours: Located[];

  constructor(
    props: readonly OscalProperty[] | undefined,
    pointer: string,
    private readonly problems: OscalProblem[],
  ) {
    this.ours = (props ?? [])
      .map((prop, index) => ({ prop, pointer: `${pointer}/props/${index}` }))
      .filter(({ prop }) => prop.ns === IOTSPP_OSCAL_NS);
  }

  has(name: string): boolean {
    return this.ours.some(({ prop }) => prop.name === name);
  }

  /** The exact text of the first prop of that name: remarks hold it when the value could not. */
  text(name: string): string | null {
    const found = this.find(name)[0];
    return found ? exact(found.prop) : null;
  }

  texts(name: string): string[] {
    return this.find(name).map(({ prop }) => exact(prop));
  }

  oneOf<const T extends string>(name: string, values: readonly T[]): T | null {
    const found = this.find(name)[0];
    if (!found) return null;
    const value = exact(found.prop);
    if ((values as readonly string[]).includes(value)) return value as T;
    this.problems.push({ pointer: `${found.pointer}/value`, message: `${name} must be one of ${values.join(', ')}` });
    return null;
  }

  allOf<const T extends string>(name: string, values: readonly T[]): T[] {
    const out: T[] = [];
    for (const found of this.find(name)) {
      const value = exact(found.prop);
      if ((values as readonly string[]).includes(value)) out.push(value as T);
      else this.problems.push({ pointer: `${found.pointer}/value`, message: `${name} must be one of ${values.join(', ')}` });
    }
    return out;
  }

  boolean(name: string): boolean | null {
    const value = this.oneOf(name, ['true', 'false'] as const);
    return value === null ? null : value === 'true';
  }

  integer(name: string, min: number, max: number): number | null {
    const found = this.find(name)[0];
    if (!found) return null;
    const value = exact(found.prop);
    const number = /^-?\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isSafeInteger(number) && number >= min && number <= max) return number;
    this.problems.push({ pointer: `${found.pointer}/value`, message: `${name} must be an integer from ${min} to ${max}` });
    return null;
  }

  /** Props sharing a "group" token, in order of first appearance: one record per group. */
  grouped(prefix: string): PropReader[] {
    const byGroup = new Map<string, Located[]>();
    for (const located of this.ours) {
      const group = located.prop.group;
      if (group === undefined || !located.prop.name.startsWith(prefix)) continue;
      byGroup.set(group, [...(byGroup.get(group) ?? []), located]);
    }
    return [...byGroup.values()].map((members) => PropReader.of(members, this.problems));
  }

  private static of(members: Located[], problems: OscalProblem[]): PropReader {
    const reader = new PropReader([], '', problems);
    reader.ours.push(...members);
    return reader;
  }

  private find(name: string): Located[] {
    return this.ours.filter(({ prop }) => prop.name === name);
  }
}

function exact(prop: OscalProperty): string {
  return prop.remarks ?? prop.value;
}
