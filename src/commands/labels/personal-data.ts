// Labels and personal data (docs/personal-data.md). A label is a signed public statement of the Platform about
// a release; it names the manufacturer and the product, never a person. Who issued or withdrew it is kept as
// the account's pseudonymous id ("user:<id>"), so erasure changes nothing here: the signed bytes cannot change,
// and the withdrawal note is the Platform's public reason, shown on the label's page.
import { labelsIssuedOrWithdrawnBy } from '../../db/repositories/labels.js';
import { userRef } from '../audit.js';
import type { PersonalDataContext, PersonalDataContributor } from '../accounts/personal-data.js';

async function exportLabels(ctx: PersonalDataContext, userId: string) {
  const me = userRef(userId);
  const labels = await labelsIssuedOrWithdrawnBy(ctx.store.db, me);
  return {
    issued: labels.filter((l) => l.issuedBy === me).map((l) => ({ id: l.id, product: l.productName, releaseVersion: l.releaseVersion, issuedAt: l.issuedAt, withdrawnAt: l.withdrawnAt })),
    withdrawn: labels.filter((l) => l.withdrawnBy === me).map((l) => ({ id: l.id, product: l.productName, releaseVersion: l.releaseVersion, withdrawnAt: l.withdrawnAt, reason: l.withdrawalReason, note: l.withdrawalNote })),
  };
}

export const labelsPersonalData: PersonalDataContributor = {
  name: 'labels',
  export: exportLabels,
  erase: async () => {
    // Nothing to erase: see above.
  },
};
