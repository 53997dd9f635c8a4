// JSON-valued columns are text in both dialects; these two functions are the only place that converts them.
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
