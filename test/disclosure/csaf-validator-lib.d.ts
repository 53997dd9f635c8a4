// Types for the parts of @secvisogram/csaf-validator-lib the tests use (the package ships JavaScript only).
declare module '@secvisogram/csaf-validator-lib/validateStrict.js' {
  const validateStrict: (tests: unknown[], document: unknown) => Promise<unknown>;
  export default validateStrict;
}
declare module '@secvisogram/csaf-validator-lib/mandatoryTests.js' {
  const tests: Record<string, unknown>;
  export = tests;
}
declare module '@secvisogram/csaf-validator-lib/optionalTests.js' {
  const tests: Record<string, unknown>;
  export = tests;
}
declare module '@secvisogram/csaf-validator-lib/schemaTests.js' {
  export const csaf_2_0_strict: unknown;
}
declare module '@secvisogram/csaf-validator-lib/cwe.js' {
  export const weaknesses: { id: string; name: string }[];
}
