'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useParams, usePathname, useRouter, useSearchParams } from 'next/navigation';
import { ActionIcon, Alert, Anchor, Badge, Button, Card, Code, CopyButton, Group, List, Loader, Modal, Stack, Table, Tabs, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type ContractListItem, type CustomerView, type SubscriberInvite, type TimelineEntry } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { formatDate, formatDateTime, formatMoney } from '../../../../lib/format';
import { showAddress, showDocument, showPhone } from '../../../../lib/display';
import { fieldErrors } from '../../../../lib/problems';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { ContractStatusBadge, CustomerStatusBadge } from '../../../../components/StatusBadge';
import { CustomerCredit, CustomerInvoices } from '../../../../components/CustomerBilling';
import { CustomerDocuments } from '../../../../components/CustomerDocuments';
import { PdfButton } from '../../../../components/PdfButton';
import { DateTimeField } from '../../../../components/DateField';
import { blobOf } from '../../../../lib/files';

const t = messages.customers;

/** `ContractPlanChanged` → the pt-BR label, or the type split into words when the catalogue has none. */
export const eventLabel = (type: string) => t.events[type] ?? type.replace(/([a-z])([A-Z])/g, '$1 $2');

/** Where a timeline entry's stream is shown in the back office (`contract-<id>` → /contratos/<id>). */
export function streamLink(streamId: string): string | null {
  const m = /^(contract|invoice)-(.+)$/.exec(streamId);
  if (!m) return null;
  return m[1] === 'contract' ? `/contratos/${m[2]}` : `/faturas/${m[2]}`;
}

export function CustomerDetail() {
  const { id } = useParams<{ id: string }>();
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const qc = useQueryClient();
  const me = useMe();
  const asOf = params.get('asOf') ?? undefined;
  const [asOfInput, setAsOfInput] = useState('');
  const [eraseOpen, setEraseOpen] = useState(false);
  const [eraseWord, setEraseWord] = useState('');
  const [inviteOpen, setInviteOpen] = useState(false);
  const [inviteEmail, setInviteEmail] = useState('');

  const customer = useQuery({
    queryKey: ['customers', 'detail', id, asOf ?? null],
    queryFn: async () => unwrap<CustomerView>(await api.GET('/api/v1/customers/{id}', { params: { path: { id }, query: { asOf } } })),
  });
  const contracts = useQuery({
    queryKey: ['contracts', 'list', { customerId: id }],
    enabled: can(me.data, 'contracts:read'),
    queryFn: async () => unwrap<{ items: ContractListItem[] }>(await api.GET('/api/v1/contracts', { params: { query: { customerId: id } } })).items,
  });
  const timeline = useQuery({
    queryKey: ['customers', 'timeline', id],
    queryFn: async () => unwrap<{ items: TimelineEntry[] }>(await api.GET('/api/v1/customers/{id}/timeline', { params: { path: { id } } })).items,
  });
  const exportData = useMutation({
    mutationFn: async () => unwrap<unknown>(await api.POST('/api/v1/customers/{id}/lgpd/export', { params: { path: { id } } })),
    onSuccess: (data) => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `dados-pessoais-${id}.json`;
      a.click();
      URL.revokeObjectURL(url);
    },
  });
  const erase = useMutation({
    mutationFn: async () => unwrap<CustomerView>(await api.POST('/api/v1/customers/{id}/lgpd/erase', { params: { path: { id } }, body: { channel: 'in-person' } })),
    onSuccess: () => {
      setEraseOpen(false);
      void qc.invalidateQueries({ queryKey: ['customers'] });
    },
  });
  const invite = useMutation({
    mutationFn: async () =>
      unwrap<SubscriberInvite>(
        await api.POST('/api/v1/subscriber-accounts', { body: { customerId: id, document: customer.data?.document ?? '', ...(inviteEmail.trim() ? { email: inviteEmail.trim() } : {}) } }),
      ),
  });

  if (customer.isPending) return <Loader aria-label={messages.common.loading} />;
  if (customer.error) return <ErrorAlert error={customer.error} />;
  const c = customer.data;
  const erased = c.status === 'erased';
  const title = erased ? fmt(t.erasedName, { pseudonym: c.pseudonym ?? '' }) : c.name;
  const inviteLink = invite.data?.inviteToken ? `${window.location.origin}/cliente/primeiro-acesso?token=${encodeURIComponent(invite.data.inviteToken)}` : null;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">{title}</Title>
          <Group gap="xs">
            <CustomerStatusBadge status={c.status} />
            <Badge variant="outline">{c.kind === 'PF' ? t.kindPF : t.kindPJ}</Badge>
            <Text c="dimmed" data-testid="customer-document">{showDocument(c.document)}</Text>
          </Group>
        </Stack>
        {!erased && !asOf && (
          <Group gap="xs">
            {can(me.data, 'customers:write') && <Button variant="default" component={Link} href={`/clientes/${id}/editar`}>{messages.common.edit}</Button>}
            {can(me.data, 'contracts:write') && <Button component={Link} href={`/contratos/novo?cliente=${id}`}>{t.newContract}</Button>}
          </Group>
        )}
      </Group>

      <Card withBorder>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (asOfInput) router.push(`${pathname}?asOf=${encodeURIComponent(asOfInput)}`);
          }}
        >
          <Group align="flex-end">
            <DateTimeField label={t.asOf} description={t.asOfHint} value={asOfInput} onDate={setAsOfInput} />
            <Button type="submit" variant="default">{messages.common.search}</Button>
            {asOf && <Button variant="subtle" onClick={() => router.push(pathname)}>{t.asOfNow}</Button>}
          </Group>
        </form>
        {asOf && <Alert mt="sm" color="grape" data-testid="as-of-banner">{fmt(t.asOfShowing, { at: formatDateTime(asOf) })}</Alert>}
      </Card>

      <Tabs defaultValue="data" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="data">{messages.common.details}</Tabs.Tab>
          <Tabs.Tab value="contracts">{t.contracts}</Tabs.Tab>
          {can(me.data, 'invoices:read') && <Tabs.Tab value="invoices">{messages.billing.invoices.title}</Tabs.Tab>}
          {can(me.data, 'payments:read') && <Tabs.Tab value="credit">{messages.billing.credit.title}</Tabs.Tab>}
          <Tabs.Tab value="documents">{t.documentsTab}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t.timeline}</Tabs.Tab>
          <Tabs.Tab value="consents">{t.consents}</Tabs.Tab>
          <Tabs.Tab value="lgpd">{t.lgpd}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="data" pt="md">
          <Stack gap="xs">
            {c.tradeName && <Text><b>{t.tradeName}:</b> {c.tradeName}</Text>}
            {c.birthDate && <Text><b>{t.birthDate}:</b> {formatDate(c.birthDate)}</Text>}
            {c.foundationDate && <Text><b>{t.foundationDate}:</b> {formatDate(c.foundationDate)}</Text>}
            <Text><b>{t.email}:</b> {c.emails.join(', ') || '—'}</Text>
            <Text><b>{t.phone}:</b> {c.phones.map((p) => showPhone(p.number) + (p.whatsapp ? ' (WhatsApp)' : '')).join(', ') || '—'}</Text>
            <CustomerTagsAndNotes customerId={id} tags={c.tags} write={!erased && !asOf && can(me.data, 'customers:write')} />
            <Text fw={700} mt="sm">{t.addresses}</Text>
            {c.addresses.length === 0 ? <Text c="dimmed">{messages.common.empty}</Text> : (
              <List>{c.addresses.map((a) => <List.Item key={a.id}>{showAddress(a)}</List.Item>)}</List>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="contracts" pt="md">
          <ErrorAlert error={contracts.error} />
          {contracts.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
          {!!contracts.data?.length && (
            <Table>
              <Table.Thead>
                <Table.Tr><Table.Th>{messages.contracts.detail}</Table.Th><Table.Th>{messages.contracts.price}</Table.Th><Table.Th>{messages.contracts.dueDay}</Table.Th><Table.Th>{messages.common.status}</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contracts.data.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td><Anchor component={Link} href={`/contratos/${k.id}`}>{k.id.slice(0, 8)}</Anchor></Table.Td>
                    <Table.Td>{formatMoney(k.priceCents)}</Table.Td>
                    <Table.Td>{k.dueDay}</Table.Td>
                    <Table.Td><ContractStatusBadge status={k.status} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="invoices" pt="md">
          <CustomerInvoices customerId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="credit" pt="md">
          <CustomerCredit customerId={id} write={can(me.data, 'payments:write') && !asOf} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <CustomerDocuments customerId={id} write={!erased && !asOf && can(me.data, 'customers:write')} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <ErrorAlert error={timeline.error} />
          <Timeline bulletSize={14} lineWidth={2}>
            {timeline.data?.map((e) => {
              const link = streamLink(e.streamId);
              const note = e.type === 'CustomerNoteAdded' ? (e.data as { text?: string } | null)?.text : undefined;
              return (
                <Timeline.Item key={`${e.streamId}-${e.streamVersion}`} title={link ? <Anchor component={Link} href={link}>{eventLabel(e.type)}</Anchor> : eventLabel(e.type)}>
                  {note && <Text size="sm">{note}</Text>}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(e.recordedAt)}
                    {e.actorKind ? ` · ${t.timelineBy[e.actorKind] ?? e.actorKind}` : ''}
                    {e.erasedFields?.length ? ' · dados apagados' : ''}
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        </Tabs.Panel>
        <Tabs.Panel value="consents" pt="md">
          {Object.keys(c.consents).length === 0 ? <Text c="dimmed">{t.noConsents}</Text> : (
            <List>
              {Object.entries(c.consents).map(([purpose, s]) => (
                <List.Item key={purpose}>
                  {t.consentPurposes[purpose] ?? purpose}: {s?.granted ? fmt(t.consentGranted, { at: formatDateTime(s.at) }) : fmt(t.consentRevoked, { at: formatDateTime(s?.at) })}
                </List.Item>
              ))}
            </List>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="lgpd" pt="md">
          <Stack align="flex-start">
            <Group gap="xs" align="flex-start">
              <Button variant="default" onClick={() => exportData.mutate()} loading={exportData.isPending}>{t.export}</Button>
              <PdfButton
                label={t.exportPdf}
                testId="lgpd-pdf-link"
                fetchPdf={async () => blobOf(await api.POST('/api/v1/customers/{id}/lgpd/export', { params: { path: { id }, query: { format: 'pdf' } }, parseAs: 'blob' }))}
              />
            </Group>
            {exportData.isSuccess && <Text size="sm">{t.exported}</Text>}
            <ErrorAlert error={exportData.error} />
            {!erased && can(me.data, 'customers:write') && (
              <Button variant="light" onClick={() => setInviteOpen(true)}>{t.invite}</Button>
            )}
            {!erased && can(me.data, 'customers:erase') && (
              <Button color="red" variant="outline" onClick={() => setEraseOpen(true)}>{t.erase}</Button>
            )}
            {erase.isSuccess && <Alert color="green">{t.erased}</Alert>}
          </Stack>
        </Tabs.Panel>
      </Tabs>

      <Modal opened={eraseOpen} onClose={() => setEraseOpen(false)} title={t.eraseTitle}>
        <Stack>
          <Text size="sm">{t.eraseWarning}</Text>
          <TextInput label={t.eraseConfirmLabel} value={eraseWord} onChange={(e) => setEraseWord(e.currentTarget.value)} />
          <ErrorAlert error={erase.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEraseOpen(false)}>{messages.common.cancel}</Button>
            <Button color="red" disabled={eraseWord.trim().toUpperCase() !== t.eraseConfirmWord} loading={erase.isPending} onClick={() => erase.mutate()}>{t.erase}</Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={inviteOpen} onClose={() => setInviteOpen(false)} title={t.invite}>
        <Stack>
          <TextInput label={t.inviteEmail} type="email" value={inviteEmail} onChange={(e) => setInviteEmail(e.currentTarget.value)} error={fieldErrors(invite.error).email} />
          <ErrorAlert error={invite.error} placed={['email']} />
          {inviteLink && (
            <Alert color="green">
              <Text size="sm">{t.inviteDone}</Text>
              <Code block data-testid="invite-link">{inviteLink}</Code>
              <CopyButton value={inviteLink}>{({ copied, copy }) => <Button size="xs" mt="xs" onClick={copy}>{copied ? messages.common.copied : messages.common.copy}</Button>}</CopyButton>
            </Alert>
          )}
          {!invite.isSuccess && <Button loading={invite.isPending} onClick={() => invite.mutate()}>{messages.common.confirm}</Button>}
        </Stack>
      </Modal>
    </Stack>
  );
}

/** Tags (add/remove) and a quick note; notes show in the timeline with their text. */
function CustomerTagsAndNotes({ customerId, tags, write }: { customerId: string; tags: string[]; write: boolean }) {
  const qc = useQueryClient();
  const [tag, setTag] = useState('');
  const [note, setNote] = useState('');
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['customers', 'detail', customerId] });
    void qc.invalidateQueries({ queryKey: ['customers', 'timeline', customerId] });
  };
  const addTag = useMutation({
    mutationFn: async (value: string) => unwrap<unknown>(await api.PUT('/api/v1/customers/{id}/tags/{tag}', { params: { path: { id: customerId, tag: value } } })),
    onSuccess: () => {
      setTag('');
      refresh();
    },
  });
  const removeTag = useMutation({
    mutationFn: async (value: string) => unwrap<unknown>(await api.DELETE('/api/v1/customers/{id}/tags/{tag}', { params: { path: { id: customerId, tag: value } } })),
    onSuccess: refresh,
  });
  const addNote = useMutation({
    mutationFn: async () => unwrap<unknown>(await api.POST('/api/v1/customers/{id}/notes', { params: { path: { id: customerId } }, body: { text: note.trim() } })),
    onSuccess: () => {
      setNote('');
      refresh();
    },
  });
  return (
    <Stack gap="xs" mt="sm">
      <Text fw={700}>{t.tags}</Text>
      <Group gap="xs">
        {tags.length === 0 && <Text c="dimmed" size="sm">{messages.common.none}</Text>}
        {tags.map((g) => (
          <Badge
            key={g}
            variant="light"
            rightSection={write ? (
              <ActionIcon size="xs" variant="transparent" aria-label={fmt(t.removeTag, { tag: g })} onClick={() => removeTag.mutate(g)}>×</ActionIcon>
            ) : undefined}
          >
            {g}
          </Badge>
        ))}
      </Group>
      {write && (
        <form onSubmit={(e) => { e.preventDefault(); if (tag.trim()) addTag.mutate(tag.trim().toLowerCase()); }}>
          <Group gap="xs" align="flex-end">
            <TextInput label={t.addTag} value={tag} onChange={(e) => setTag(e.currentTarget.value)} size="xs" w={200} error={fieldErrors(addTag.error).tag} />
            <Button type="submit" size="xs" variant="light" loading={addTag.isPending} disabled={!tag.trim()}>{messages.common.create}</Button>
          </Group>
        </form>
      )}
      <ErrorAlert error={addTag.error ?? removeTag.error} placed={['tag']} />
      {write && (
        <Stack gap={4} maw={560}>
          <Textarea label={t.notes} placeholder={t.notePlaceholder} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} error={fieldErrors(addNote.error).text} />
          <Group>
            <Button size="xs" variant="light" loading={addNote.isPending} disabled={!note.trim()} onClick={() => addNote.mutate()}>{t.addNote}</Button>
            {addNote.isSuccess && <Alert color="green" role="status" p={4}>{t.noteAdded}</Alert>}
          </Group>
          <ErrorAlert error={addNote.error} placed={['text']} />
        </Stack>
      )}
    </Stack>
  );
}
