// The account page's personal data: download everything held about the user (GET /api/me/export, JSON), and
// delete the account with the password as confirmation (the audit log keeps a pseudonym).
import { useState, type FormEvent } from 'react';
import { accountPaths } from '../../session/account-paths';
import { reloadAt } from '../../session/session';
import { download, send } from './api';
import { FormError, PasswordField, Submit, useSubmit } from './parts';
import { useText } from './use-text';

export function AccountData() {
  const { a } = useText();
  const [password, setPassword] = useState('');
  const exporting = useSubmit();
  const deleting = useSubmit();
  const remove = (e: FormEvent) => {
    e.preventDefault();
    void deleting.run(async () => {
      await send('DELETE', '/api/me', { password });
      reloadAt(`${accountPaths.signIn()}?deleted`);
    });
  };
  return (
    <>
      <section aria-labelledby="data-title" className="account-section">
        <h2 id="data-title">{a.account.data}</h2>
        <p>{a.account.exportText}</p>
        <button type="button" className="button" disabled={exporting.busy} onClick={() => void exporting.run(() => download('/api/me/export', 'iotspp-personal-data.json'))}>
          {exporting.busy ? a.common.working : a.account.export}
        </button>
        <FormError error={exporting.error} />
      </section>
      <section aria-labelledby="delete-title" className="account-section account-section--danger">
        <h2 id="delete-title">{a.account.delete}</h2>
        <p>{a.account.deleteText}</p>
        <form className="account-form" onSubmit={remove}>
          <PasswordField id="delete-password" label={a.account.deletePassword} value={password} onChange={setPassword} autoComplete="current-password" />
          <FormError error={deleting.error} />
          <Submit busy={deleting.busy} label={a.account.deleteButton} kind="danger" />
        </form>
      </section>
    </>
  );
}
