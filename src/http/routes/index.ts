// Every route plugin of the API, registered in this order by app.ts.
import type { FastifyPluginAsync } from 'fastify';
import { healthRoutes } from './health/index.js';
import { frameworkRoutes } from './frameworks/index.js';
import { sessionRoutes } from './session/index.js';
import { setupRoutes } from './setup/index.js';
import { accountRoutes } from './account/index.js';
import { invitationRoutes } from './invitations/index.js';
import { passwordResetRoutes } from './password-reset/index.js';
import { organisationRoutes } from './organisations/index.js';
import { adminRoutes } from './admin/index.js';
import { curationRoutes } from './curation/index.js';
import { historyRoutes } from './history/index.js';
import { crosswalkRoutes } from './crosswalk/index.js';
import { oscalRoutes } from './oscal/index.js';
import { governanceRoutes } from './governance/index.js';
import { disclosureRoutes } from './disclosure/index.js';
import { labelRoutes } from './labels/index.js';
import { labelPageRoutes } from './labels/page-routes.js';
import { labelIssueRoutes } from './labels/issue-routes.js';
import { productRoutes } from './products/index.js';
import { declarationRoutes } from './declarations/index.js';
import { evidenceRoutes } from './evidence/index.js';
import { assessmentRoutes } from './assessments/index.js';
import { shareRoutes } from './shares/index.js';
import { webRoutes } from './web/index.js';

export const routes: FastifyPluginAsync[] = [
  healthRoutes,
  frameworkRoutes,
  crosswalkRoutes,
  oscalRoutes,
  // Accounts, organisations, roles and the platform's own security (issue 4).
  sessionRoutes,
  setupRoutes,
  accountRoutes,
  invitationRoutes,
  passwordResetRoutes,
  organisationRoutes,
  adminRoutes,
  curationRoutes,
  historyRoutes,
  // Governance of the Platform: members, advisors, proposals and votes, statements, groups (issue 8).
  governanceRoutes,
  // Coordinated vulnerability disclosure: security.txt, intake, cases, CSAF advisories (issue 9).
  disclosureRoutes,
  // Trusted IoT labels: issuance, the public label page, QR codes, the registry, the key set (issue 7).
  labelRoutes,
  labelIssueRoutes,
  labelPageRoutes,
  // Products, releases, declarations and their assessments (issue 6).
  productRoutes,
  declarationRoutes,
  evidenceRoutes,
  assessmentRoutes,
  shareRoutes,
  webRoutes,
];
