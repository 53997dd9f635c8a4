// Runs the BSI CSAF validator (@secvisogram/csaf-validator-lib, a development dependency) on a document: the
// strict OASIS schema and every mandatory test of CSAF 2.0 section 6.1. Test 6.3.8 (spelling, informative) needs
// hunspell and is not run here.
import validateStrict from '@secvisogram/csaf-validator-lib/validateStrict.js';
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js';
import * as optional from '@secvisogram/csaf-validator-lib/optionalTests.js';
import { csaf_2_0_strict } from '@secvisogram/csaf-validator-lib/schemaTests.js';

export interface ValidatorFinding {
  test: string;
  errors: { instancePath: string; message: string }[];
}

async function failures(tests: unknown[], doc: unknown): Promise<ValidatorFinding[]> {
  const result = (await validateStrict(tests as never, doc)) as {
    tests: { name: string; isValid: boolean; errors: { instancePath: string; message: string }[]; warnings: { instancePath: string; message: string }[] }[];
  };
  return result.tests
    .filter((t) => !t.isValid || t.warnings.length > 0)
    .map((t) => ({ test: t.name, errors: [...t.errors, ...t.warnings] }));
}

/** Schema and mandatory test failures; an empty list means the document is valid CSAF 2.0. */
export function mandatoryFailures(doc: unknown): Promise<ValidatorFinding[]> {
  return failures([csaf_2_0_strict, ...Object.values(mandatory)], doc);
}

/** Findings of the optional tests (6.2), which flag what is allowed but not recommended. */
export function optionalFindings(doc: unknown): Promise<ValidatorFinding[]> {
  return failures(Object.values(optional), doc);
}
