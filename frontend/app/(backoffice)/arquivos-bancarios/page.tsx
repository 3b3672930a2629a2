'use client';
import { useState, type FormEvent, type ReactNode } from 'react';
import Link from 'next/link';
import { Alert, Anchor, Button, Card, FileInput, Group, List, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type BankReturnReport, type CollectionAccountView, type RemittanceResult } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { fieldErrors } from '../../../lib/problems';
import { blobOf, downloadBlob, fileBody } from '../../../lib/files';
import { ErrorAlert } from '../../../components/ErrorAlert';

const t = messages.billing.files;

export default function BankFilesPage() {
  const me = useMe();
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      {can(me.data, 'payments:write') && <ReturnUpload />}
      {can(me.data, 'payments:write') && <Remittance />}
    </Stack>
  );
}

function ReturnUpload() {
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async () => unwrap<BankReturnReport>(await api.POST('/api/v1/billing/bank-returns', fileBody(file!))),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['invoices'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate();
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">{t.returnTitle}</Title>
        <Text size="sm" c="dimmed">{t.returnIntro}</Text>
        <form onSubmit={submit}>
          <Group align="flex-end">
            <FileInput clearButtonProps={{ 'aria-label': messages.billing.removeFile }} label={t.returnFile} value={file} onChange={(f) => { setFile(f); upload.reset(); }} clearable w={360} error={fieldErrors(upload.error).file} accept=".ret,.RET,.txt,.TXT,text/plain" />
            <Button type="submit" disabled={!file} loading={upload.isPending}>{t.upload}</Button>
          </Group>
        </form>
        <ErrorAlert error={upload.error} placed={['file']} />
        {upload.data && <ReturnReport report={upload.data} />}
      </Stack>
    </Card>
  );
}

function Section({ title, rows, head, children }: { title: string; rows: number; head: ReactNode; children: ReactNode }) {
  if (rows === 0) return null;
  return (
    <Stack gap="xs">
      <Text fw={700}>{title} ({rows})</Text>
      <Table.ScrollContainer minWidth={520}>
        <Table striped>
          <Table.Thead>{head}</Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

const invoiceLink = (id?: string) => (id ? <Anchor component={Link} href={`/faturas/${id}`}>{messages.billing.invoices.detail}</Anchor> : '—');

function ReturnReport({ report: r }: { report: BankReturnReport }) {
  return (
    <Stack data-testid="return-report">
      <Alert color={r.rejected.length || r.unknown.length || r.mismatches.length ? 'yellow' : 'green'}>
        <Text size="sm">{t.report}</Text>
        <Text fw={700} data-testid="return-settled">{fmt(t.settled, { n: r.settled })}</Text>
        <Text size="sm">{r.fileName ?? ''} · CNAB {r.layout} · banco {r.bankCode}</Text>
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {[
          [t.titles, String(r.titles)],
          [t.settledCents, formatMoney(r.settledCents)],
          [t.duplicates, String(r.duplicates)],
          [t.registered, String(r.registered)],
          [t.unknown, String(r.unknown.length)],
        ].map(([label, value]) => (
          <Stack gap={0} key={label}>
            <Text size="xs" c="dimmed">{label}</Text>
            <Text fw={700}>{value}</Text>
          </Stack>
        ))}
      </SimpleGrid>
      <Section title={t.unknown} rows={r.unknown.length} head={<Table.Tr><Table.Th>{t.line}</Table.Th><Table.Th>{messages.billing.invoices.nossoNumero}</Table.Th><Table.Th>{t.paidAmount}</Table.Th><Table.Th>{t.occurrence}</Table.Th></Table.Tr>}>
        {r.unknown.map((u) => <Table.Tr key={u.line}><Table.Td>{u.line}</Table.Td><Table.Td>{u.nossoNumero}</Table.Td><Table.Td>{formatMoney(u.amountPaidCents)}</Table.Td><Table.Td>{u.occurrenceCode}</Table.Td></Table.Tr>)}
      </Section>
      <Section title={t.rejected} rows={r.rejected.length} head={<Table.Tr><Table.Th>{t.line}</Table.Th><Table.Th>{messages.billing.invoices.nossoNumero}</Table.Th><Table.Th>{t.occurrence}</Table.Th><Table.Th>{messages.billing.invoices.detail}</Table.Th></Table.Tr>}>
        {r.rejected.map((u) => (
          <Table.Tr key={u.line}>
            <Table.Td>{u.line}</Table.Td><Table.Td>{u.nossoNumero}</Table.Td>
            <Table.Td>{u.occurrenceCode} — {u.description}{u.motives?.length ? <List size="xs">{u.motives.map((m) => <List.Item key={m}>{m}</List.Item>)}</List> : null}</Table.Td>
            <Table.Td>{invoiceLink(u.invoiceId)}</Table.Td>
          </Table.Tr>
        ))}
      </Section>
      <Section title={t.mismatches} rows={r.mismatches.length} head={<Table.Tr><Table.Th>{t.line}</Table.Th><Table.Th>{messages.billing.invoices.detail}</Table.Th><Table.Th>{t.expected}</Table.Th><Table.Th>{t.paidAmount}</Table.Th><Table.Th>{messages.common.status}</Table.Th></Table.Tr>}>
        {r.mismatches.map((m) => (
          <Table.Tr key={m.line}>
            <Table.Td>{m.line}</Table.Td><Table.Td>{invoiceLink(m.invoiceId)}</Table.Td><Table.Td>{formatMoney(m.expectedCents)}</Table.Td><Table.Td>{formatMoney(m.paidCents)}</Table.Td><Table.Td>{t.kind[m.kind] ?? m.kind}</Table.Td>
          </Table.Tr>
        ))}
      </Section>
      <Section title={t.other} rows={r.other?.length ?? 0} head={<Table.Tr><Table.Th>{t.line}</Table.Th><Table.Th>{messages.billing.invoices.nossoNumero}</Table.Th><Table.Th>{t.occurrence}</Table.Th></Table.Tr>}>
        {(r.other ?? []).map((u) => <Table.Tr key={u.line}><Table.Td>{u.line}</Table.Td><Table.Td>{u.nossoNumero}</Table.Td><Table.Td>{u.occurrenceCode} — {u.description}</Table.Td></Table.Tr>)}
      </Section>
    </Stack>
  );
}

interface RemittanceRow { id: string; sequence: number; bankCode: string; layout: number; fileName: string; titles: number; totalCents: number; createdAt: string }

function Remittance() {
  const qc = useQueryClient();
  const [accountId, setAccountId] = useState<string | null>(null);
  const accounts = useQuery({
    queryKey: ['collection-accounts'],
    queryFn: async () => unwrap<{ items: CollectionAccountView[] }>(await api.GET('/api/v1/billing/collection-accounts')).items,
  });
  const list = useQuery({
    queryKey: ['remittances'],
    queryFn: async () => unwrap<{ items: RemittanceRow[] }>(await api.GET('/api/v1/billing/remittances')).items,
  });
  const generate = useMutation({
    mutationFn: async () => unwrap<RemittanceResult>(await api.POST('/api/v1/billing/remittances', { body: accountId ? { collectionAccountId: accountId } : {} })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['remittances'] }),
  });
  const download = useMutation({
    mutationFn: async (r: { id: string; fileName: string }) => downloadBlob(await blobOf(await api.GET('/api/v1/billing/remittances/{id}', { params: { path: { id: r.id } }, parseAs: 'blob' })), r.fileName),
  });
  const g = generate.data;
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">{t.remittanceTitle}</Title>
        <Text size="sm" c="dimmed">{t.remittanceIntro}</Text>
        <Group align="flex-end">
          <Select label={t.account} placeholder={messages.billing.accounts.default} data={(accounts.data ?? []).map((a) => ({ value: a.id, label: `${a.name}${a.isDefault ? ` (${messages.billing.accounts.default})` : ''}` }))} value={accountId} onChange={setAccountId} clearable w={360} error={fieldErrors(generate.error).collectionAccountId} />
          <Button onClick={() => generate.mutate()} loading={generate.isPending}>{t.generate}</Button>
        </Group>
        <ErrorAlert error={generate.error ?? download.error} placed={['collectionAccountId']} />
        {g && (
          <Alert color="green">
            <Group>
              <Text size="sm">{fmt(t.remittanceDone, { sequence: g.sequence, titles: g.titles, total: formatMoney(g.totalCents) })}</Text>
              <Button size="xs" onClick={() => download.mutate(g)}>{t.download} {g.fileName}</Button>
            </Group>
            {g.skipped.length > 0 && (
              <>
                <Text size="sm" mt="xs" fw={700}>{t.skipped}</Text>
                <List size="sm">{g.skipped.map((s) => <List.Item key={s.invoiceId}>{invoiceLink(s.invoiceId)}: {s.field} — {s.reason}</List.Item>)}</List>
              </>
            )}
          </Alert>
        )}
        {!!list.data?.length && (
          <>
            <Text fw={700}>{t.previous}</Text>
            <Table.ScrollContainer minWidth={520}>
              <Table striped>
                <Table.Tbody>
                  {list.data.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>nº {r.sequence}</Table.Td><Table.Td>{r.fileName}</Table.Td><Table.Td>{r.titles}</Table.Td><Table.Td>{formatMoney(r.totalCents)}</Table.Td><Table.Td>{formatDateTime(r.createdAt)}</Table.Td>
                      <Table.Td><Button size="xs" variant="default" onClick={() => download.mutate(r)}>{t.download}</Button></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Card>
  );
}
