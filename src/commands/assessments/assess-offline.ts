// `iotspp assess DECLARATION.json`: validate a declaration and assess it against the bundled catalogs, in
// memory. A declaration with errors is refused whole (validation_failed, each error with its pointer and hint).
import { DomainError } from '../../domain/errors.js';
import { assessDeclaration, type Detail } from '../../domain/assessments/assess.js';
import { assessmentReport, type AssessmentReport } from '../../domain/assessments/report.js';
import { declarationTemplate } from '../../domain/assessments/template.js';
import type { Declaration } from '../../domain/assessments/declaration.js';
import { DECLARATION_SCHEMA_ID } from '../../schemas/declaration.js';
import { parseDeclaration } from '../../validation/declaration.js';
import type { AssessmentRegistry } from './offline-plan.js';

export function declarationOrThrow(registry: AssessmentRegistry, text: string): Declaration {
  const parsed = parseDeclaration(text, registry.vocabulary);
  if (parsed.ok) return parsed.declaration;
  const first = parsed.errors[0]!;
  throw new DomainError('validation_failed', `The declaration has ${parsed.errors.length} error(s); first: ${first.pointer || '/'} ${first.message}.`, parsed.errors);
}

export function assessDeclarationText(registry: AssessmentRegistry, text: string, options: { frameworks?: string[]; detail?: Detail } = {}): AssessmentReport {
  const declaration = declarationOrThrow(registry, text);
  const result = assessDeclaration(registry.plan, declaration, options);
  return assessmentReport(registry, declaration, result);
}

export function blankDeclaration(registry: AssessmentRegistry, schemaUrl = DECLARATION_SCHEMA_ID): Declaration {
  return declarationTemplate(registry.plan.baseline.version, registry.plan.items, schemaUrl);
}
