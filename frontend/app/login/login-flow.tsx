'use client';
import { useEffect, useState, type FormEvent } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import { Alert, Button, Center, Code, Container, Group, Image, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { ApiProblem, unwrap, type LoginResult, type MfaEnrolment, type MfaVerified } from '@netprovider/api-client';
import { messages } from '../../messages/pt-BR';
import { api } from '../../lib/api';
import { readSession, saveSession } from '../../lib/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ThemeToggle } from '../../components/ThemeToggle';

const t = messages.auth;
type Step = 'credentials' | 'totp' | 'enrol' | 'recovery';

/** Only same-site paths: `?next=` must not send the user to another origin after login. */
const safeNext = (v: string | null) => (v && /^\/(?!\/)/.test(v) ? v : '/');

export function LoginFlow() {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNext(params.get('next'));
  const [step, setStep] = useState<Step>('credentials');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const s = readSession('staff');
    if (s?.mfaPending) void startEnrolment();
    else if (s) router.replace(next);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(fn: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function startEnrolment() {
    await run(async () => {
      setEnrolment(unwrap<MfaEnrolment>(await api.POST('/api/v1/auth/mfa/enroll')));
      setStep('enrol');
    });
  }

  const login = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      try {
        const r = unwrap<LoginResult>(await api.POST('/api/v1/auth/login', { body: { email, password, ...(totp ? { totp: totp.trim() } : {}) } }));
        saveSession('staff', r, r.mfaEnrollmentRequired ? { mfaPending: true } : {});
        if (r.mfaEnrollmentRequired) {
          setEnrolment(unwrap<MfaEnrolment>(await api.POST('/api/v1/auth/mfa/enroll')));
          setStep('enrol');
        } else router.replace(next);
      } catch (err) {
        if (err instanceof ApiProblem && err.slug === 'mfa-required') {
          setStep('totp');
          return;
        }
        throw err;
      }
    });
  };

  const verify = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const r = unwrap<MfaVerified>(await api.POST('/api/v1/auth/mfa/verify', { body: { code: code.trim() } }));
      saveSession('staff', r);
      setRecoveryCodes(r.recoveryCodes);
      setStep('recovery');
    });
  };

  return (
    <Container size={step === 'credentials' || step === 'totp' ? 420 : 560} py={48}>
      <Group justify="space-between" mb="lg">
        <Title order={1} size="h2">{messages.app.name}</Title>
        <ThemeToggle />
      </Group>
      <Paper withBorder shadow="sm" p="lg">
        {params.get('expirou') && step === 'credentials' && <Alert color="yellow" mb="md">{t.expired}</Alert>}
        {params.get('saiu') && step === 'credentials' && <Alert color="blue" mb="md">{t.loggedOut}</Alert>}
        {(step === 'credentials' || step === 'totp') && (
          <form onSubmit={login} noValidate>
            <Stack>
              <Title order={2} size="h3">{t.title}</Title>
              <TextInput label={t.email} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoFocus />
              <PasswordInput label={t.password} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
              {step === 'totp' && (
                <TextInput label={t.totp} description={t.totpHint} inputMode="numeric" autoComplete="one-time-code" value={totp} onChange={(e) => setTotp(e.currentTarget.value)} autoFocus />
              )}
              <ErrorAlert error={error} />
              <Button type="submit" loading={busy}>{t.submit}</Button>
            </Stack>
          </form>
        )}
        {step === 'enrol' && enrolment && (
          <form onSubmit={verify} noValidate>
            <Stack>
              <Title order={2} size="h3">{t.enrolTitle}</Title>
              <Text size="sm">{t.enrolIntro}</Text>
              <Center>
                <Image src={enrolment.qrCodeDataUrl} alt={t.qrAlt} w={200} h={200} />
              </Center>
              <Text size="sm">{t.enrolSecret}</Text>
              <Code block data-testid="totp-secret">{enrolment.secret}</Code>
              <TextInput label={t.enrolCode} inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))} autoFocus />
              <ErrorAlert error={error} />
              <Button type="submit" loading={busy}>{t.enrolSubmit}</Button>
            </Stack>
          </form>
        )}
        {step === 'enrol' && !enrolment && <ErrorAlert error={error} />}
        {step === 'recovery' && (
          <Stack>
            <Title order={2} size="h3">{t.recoveryTitle}</Title>
            <Text size="sm">{t.recoveryIntro}</Text>
            <SimpleGrid cols={2} data-testid="recovery-codes">
              {recoveryCodes.map((c) => (
                <Code key={c}>{c}</Code>
              ))}
            </SimpleGrid>
            <Button onClick={() => router.replace(next)}>{t.recoveryDone}</Button>
          </Stack>
        )}
      </Paper>
    </Container>
  );
}
