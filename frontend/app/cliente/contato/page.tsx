'use client';
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Checkbox, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type OwnContact } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { portalApi } from '../../../lib/api';
import { maskPhone } from '../../../lib/masks';
import { showPhone } from '../../../lib/display';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MaskedInput } from '../../../components/MaskedInput';
import { PortalPage } from '../portal-page';

const t = messages.portal.contact;
type PhoneRow = { number: string; whatsapp: boolean };

export default function PortalContactPage() {
  const contact = useQuery({ queryKey: ['portal', 'contact'], queryFn: async () => unwrap<OwnContact>(await portalApi.GET('/api/v1/portal/me/contact')) });
  return (
    <PortalPage title={t.title}>
      <Text>{t.intro}</Text>
      <ErrorAlert error={contact.error} />
      {contact.isPending && <Loader aria-label={messages.common.loading} />}
      {contact.data && <ContactForm initial={contact.data} />}
    </PortalPage>
  );
}

function ContactForm({ initial }: { initial: OwnContact }) {
  const qc = useQueryClient();
  const [emails, setEmails] = useState<string[]>(initial.emails.length ? initial.emails : ['']);
  const [phones, setPhones] = useState<PhoneRow[]>(initial.phones.length ? initial.phones.map((p) => ({ number: showPhone(p.number), whatsapp: p.whatsapp })) : [{ number: '', whatsapp: true }]);
  const save = useMutation({
    mutationFn: async () =>
      unwrap<OwnContact>(
        await portalApi.PATCH('/api/v1/portal/me/contact', {
          body: { emails: emails.map((e) => e.trim()).filter(Boolean), phones: phones.filter((p) => p.number.trim()).map((p) => ({ number: p.number, whatsapp: p.whatsapp })) },
        }),
      ),
    onSuccess: (data) => qc.setQueryData(['portal', 'contact'], data),
  });
  useEffect(() => {
    if (save.isSuccess) save.reset();
    // editing again hides the "saved" notice
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [emails, phones]);
  const errors = fieldErrors(save.error);
  const placed = [...emails.map((_, i) => `emails.${i}`), ...phones.flatMap((_, i) => [`phones.${i}`, `phones.${i}.number`]), 'emails', 'phones'];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {emails.map((v, i) => (
            <Group key={`e${i}`} align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                size="md"
                type="email"
                autoComplete={i === 0 ? 'email' : 'off'}
                label={fmt(t.email, { n: i + 1 })}
                value={v}
                onChange={(ev) => { const next = ev.currentTarget.value; setEmails((xs) => xs.map((x, j) => (j === i ? next : x))); }}
                error={errors[`emails.${i}`]}
              />
              {emails.length > 1 && <Button variant="subtle" color="red" onClick={() => setEmails((xs) => xs.filter((_, j) => j !== i))} aria-label={`${t.remove} ${fmt(t.email, { n: i + 1 })}`}>{t.remove}</Button>}
            </Group>
          ))}
          <Button variant="default" onClick={() => setEmails((xs) => [...xs, ''])} disabled={emails.length >= 10}>+ {t.addEmail}</Button>
          {phones.map((p, i) => (
            <Stack key={`p${i}`} gap={6}>
              <Group align="flex-end" wrap="nowrap">
                <MaskedInput
                  style={{ flex: 1 }}
                  size="md"
                  inputMode="tel"
                  autoComplete={i === 0 ? 'tel-national' : 'off'}
                  placeholder="(11) 98765-4321"
                  label={fmt(t.phone, { n: i + 1 })}
                  mask={maskPhone}
                  value={p.number}
                  onValue={(number) => setPhones((xs) => xs.map((x, j) => (j === i ? { ...x, number } : x)))}
                  error={errors[`phones.${i}.number`] ?? errors[`phones.${i}`]}
                />
                {phones.length > 1 && <Button variant="subtle" color="red" onClick={() => setPhones((xs) => xs.filter((_, j) => j !== i))} aria-label={`${t.remove} ${fmt(t.phone, { n: i + 1 })}`}>{t.remove}</Button>}
              </Group>
              <Checkbox label={t.whatsapp} checked={p.whatsapp} onChange={(ev) => { const whatsapp = ev.currentTarget.checked; setPhones((xs) => xs.map((x, j) => (j === i ? { ...x, whatsapp } : x))); }} />
            </Stack>
          ))}
          <Button variant="default" onClick={() => setPhones((xs) => [...xs, { number: '', whatsapp: false }])} disabled={phones.length >= 10}>+ {t.addPhone}</Button>
          <ErrorAlert error={save.error} placed={placed} />
          {save.isSuccess && <Alert color="green" role="status">{t.saved}</Alert>}
          <Button type="submit" size="md" loading={save.isPending}>{t.save}</Button>
        </Stack>
      </form>
    </Card>
  );
}
