// Demo data for governance (`iotspp demo load`): three fictional member organisations (every name starts with
// "Demo"), registered as founding members while the founding is open, and a public special interest group on
// trusted identity with a dated report. The statement of 14 November 2019 needs no demo: it is the Platform's
// real record, loaded at every start. Acts as a fictional representative ("demo-loader"); running it again adds
// nothing.
import type { Actor } from '../../domain/access/actor.js';
import type { OrganisationType } from '../../domain/accounts/organisation.js';
import { foundingOpen } from '../../domain/governance/membership.js';
import { listOrganisations } from '../../db/repositories/organisations.js';
import { findCurrentMembership } from '../../db/repositories/memberships.js';
import { countOpenedVotes } from '../../db/repositories/proposals.js';
import { listSigs } from '../../db/repositories/special-interest-groups.js';
import { createOrganisation } from '../accounts/organisations.js';
import type { DemoContext, DemoLoader, DemoResult } from '../demo/demo-loader.js';
import { foundMember } from './found-member.js';
import { formSig } from './sigs/form-sig.js';
import { reportSig } from './sigs/sig-participation.js';

const ORGANISATIONS: { name: string; type: OrganisationType; country: string }[] = [
  { name: 'Demo National Cyber Agency', type: 'government-agency', country: 'NL' },
  { name: 'Demo Consumer Product Safety Office', type: 'government-agency', country: 'CA' },
  { name: 'Demo Internet Standards Alliance', type: 'international-organisation-or-ngo', country: 'INT' },
];
const GROUP = 'Demo trusted identity group';

const registrar: Actor = { kind: 'user', userId: 'demo-loader', organisationId: null, roles: ['administrator'], scopes: null, via: 'session', mustEnrolTotp: false };
const representativeOf = (organisationId: string): Actor => ({ kind: 'user', userId: 'demo-loader', organisationId, roles: ['member-representative'], scopes: null, via: 'session', mustEnrolTotp: false });

export async function loadDemoGovernance(ctx: DemoContext): Promise<DemoResult> {
  const existing = await listOrganisations(ctx.store.db);
  const ids: string[] = [];
  for (const o of ORGANISATIONS) ids.push(existing.find((e) => e.name === o.name)?.id ?? (await createOrganisation(ctx, registrar, o)).id);
  let founded = 0;
  if (foundingOpen(await countOpenedVotes(ctx.store.db, 'admit-member'))) {
    for (const id of ids) {
      if (await findCurrentMembership(ctx.store.db, id)) continue;
      await foundMember(ctx, registrar, { organisationId: id, criterion: 'developed-framework', frameworkId: null });
      founded += 1;
    }
  }
  let group = false;
  if (!(await listSigs(ctx.store.db)).some((g) => g.name === GROUP) && (await findCurrentMembership(ctx.store.db, ids[0]!))) {
    const sig = await formSig(ctx, representativeOf(ids[0]!), {
      name: GROUP,
      focusArea: 'trusted-identity',
      description: 'Hardware security solutions such as unique device identities (seed 002, focus area C). Fictional demonstration data.',
      workingMethod: 'Monthly calls and two workshops a year with invited experts.',
      targets: [{ text: 'A shared understanding of device identity schemes', due: null }],
      visibility: 'public',
    });
    await reportSig(ctx, representativeOf(ids[0]!), sig.id, { title: 'Demo first report', body: 'Three device identity schemes compared. Fictional demonstration data.' });
    group = true;
  }
  const summary = founded === 0 && !group ? 'the demo governance data is there already' : `${founded} demo founding member(s)${group ? ' and a demo special interest group' : ''}`;
  return {
    summary,
    links: [
      { title: 'members', url: `${ctx.config.publicUrl}/members` },
      { title: 'special interest groups', url: `${ctx.config.publicUrl}/governance/sigs` },
      { title: 'the statement of 14 November 2019', url: `${ctx.config.publicUrl}/statements/platform-statement-2019-11-14` },
    ],
  };
}

export const governanceDemoLoader: DemoLoader = { name: 'governance', after: [], load: loadDemoGovernance };
