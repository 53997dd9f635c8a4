// /account/two-factor: TOTP enrolment. Starting asks the server for a new secret (kept pending until
// confirmed), shown as a QR code of its otpauth:// URI and as text to type; a code from the app confirms it.
// The server then rotates the session and returns the recovery codes, shown once.
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../components/page-heading';
import { accountPaths, safeNext } from '../../session/account-paths';
import { reloadAt, replaceCsrfToken, useSession } from '../../session/session';
import { send } from './api';
import { Field, FormError, SignedInPage, Submit, useSubmit } from './parts';
import { RecoveryCodes } from './recovery-codes';
import { useText } from './use-text';

/** The QR code as an SVG image (a data: URL, which the content security policy allows for images). */
async function qrImage(uri: string): Promise<string> {
  const mod = await import('qrcode');
  const qr = 'default' in mod && mod.default ? mod.default : mod;
  const svg = await qr.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function TwoFactorPage() {
  const { a } = useText();
  return <SignedInPage title={a.twoFactor.title} beforeTotp>{() => <TwoFactor />}</SignedInPage>;
}

function TwoFactor() {
  const { a } = useText();
  const { info, refresh } = useSession();
  const [pending, setPending] = useState<{ secret: string; uri: string } | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useSubmit();
  const confirm = useSubmit();
  useEffect(() => {
    if (pending) void qrImage(pending.uri).then(setQr, () => setQr(null));
  }, [pending]);

  if (codes) {
    const next = safeNext(new URLSearchParams(window.location.search).get('next'), accountPaths.account());
    return (
      <>
        <PageHeading title={a.twoFactor.title} />
        <RecoveryCodes codes={codes} email={info.user?.email ?? ''} onDone={() => reloadAt(next)} />
      </>
    );
  }
  if (info.user?.twoFactor === 'totp') {
    return (
      <>
        <PageHeading title={a.twoFactor.title} />
        <p>{a.twoFactor.on}</p>
        <p>
          <Link href={accountPaths.account()}>{a.twoFactor.manage}</Link>
        </p>
      </>
    );
  }
  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    void confirm.run(async () => {
      const result = await send<{ recoveryCodes: string[]; csrfToken: string }>('POST', '/api/me/totp/confirm', { code: code.replace(/\s/g, '') });
      replaceCsrfToken(result.csrfToken);
      setCodes(result.recoveryCodes);
      void refresh();
    });
  };
  return (
    <>
      <PageHeading title={a.twoFactor.title} />
      <p className="lead">{a.twoFactor.intro}</p>
      {info.mustEnrolTotp ? <p className="account-notice">{a.twoFactor.required}</p> : null}
      {pending === null ? (
        <form
          className="account-form"
          onSubmit={(e) => {
            e.preventDefault();
            void start.run(async () => setPending(await send<{ secret: string; uri: string }>('POST', '/api/me/totp')));
          }}
        >
          <FormError error={start.error} />
          <Submit busy={start.busy} label={a.twoFactor.start} />
        </form>
      ) : (
        <>
          <section aria-labelledby="totp-scan">
            <h2 id="totp-scan">{a.twoFactor.scan}</h2>
            <div className="totp-qr">{qr ? <img src={qr} alt={a.twoFactor.qrAlt} width={232} height={232} /> : null}</div>
            <p>{a.twoFactor.manual}</p>
            <p>
              <code id="totp-secret" className="secret">
                {pending.secret.replace(/(.{4})(?=.)/g, '$1 ')}
              </code>
            </p>
            <p className="hint">{a.twoFactor.manualHint}</p>
          </section>
          <section aria-labelledby="totp-enter">
            <h2 id="totp-enter">{a.twoFactor.enter}</h2>
            <form className="account-form" onSubmit={submitCode}>
              <Field id="totp-code" label={a.twoFactor.code}>
                <input
                  id="totp-code"
                  type="text"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="\s*(\d\s*){6}"
                  maxLength={12}
                  required
                  className="input--short"
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                />
              </Field>
              <FormError error={confirm.error} override={{ invalid_credentials: a.twoFactor.wrongCode }} />
              <Submit busy={confirm.busy} label={a.twoFactor.confirm} />
            </form>
          </section>
        </>
      )}
    </>
  );
}
