'use client';
import { useState } from 'react';
import { Anchor, Badge, Code, Drawer, Group, Loader, Pagination, Select, Stack, Table, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, type Page, type StreamHistory, type UserView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { formatDateTime } from '../../../lib/format';
import { auditQuery, type AuditPage } from '../../../lib/finance';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DateField } from '../../../components/DateField';
import { Guard } from '../../../components/Guard';

const t = messages.audit;
const PAGE_SIZE = 50;

export default function AuditPage() {
  return (
    <Guard permission="audit:read">
      <Audit />
    </Guard>
  );
}

function Audit() {
  const me = useMe();
  const [actorId, setActorId] = useState<string | null>(null);
  const [stream, setStream] = useState('');
  const [type, setType] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [streamD] = useDebouncedValue(stream.trim(), 300);
  const [typeD] = useDebouncedValue(type.trim(), 300);
  const users = useQuery({
    queryKey: ['users', 'list'],
    enabled: can(me.data, 'users:read'),
    queryFn: async () => unwrap<Page<UserView>>(await api.GET('/api/v1/users', { params: { query: { pageSize: 100 } } })),
  });
  const userName = (id: string | null, kind: string | null) => (id ? users.data?.items.find((u) => u.id === id)?.name ?? id.slice(0, 8) : kind ?? t.system);
  const query = auditQuery({ actorId, streamId: streamD, type: typeD, from, to, page, pageSize: PAGE_SIZE });
  const list = useQuery({
    queryKey: ['audit', query],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap<AuditPage>(await api.GET('/api/v1/audit', { params: { query } })),
  });
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
  const data = list.data;
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      <Text c="dimmed">{t.intro}</Text>
      <Group align="flex-end">
        <Select label={t.user} placeholder={t.anyUser} data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))} value={actorId} onChange={reset(setActorId)} clearable searchable w={260} />
        <TextInput label={t.stream} placeholder={t.streamHint} value={stream} onChange={(e) => reset(setStream)(e.currentTarget.value)} w={260} />
        <TextInput label={t.type} value={type} onChange={(e) => reset(setType)(e.currentTarget.value)} w={200} />
        <DateField label={t.from} value={from} onDate={reset(setFrom)} w={150} />
        <DateField label={t.to} value={to} onDate={reset(setTo)} w={150} />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loader aria-label={messages.common.loading} /> : data && (
        <>
          <Text size="sm" c="dimmed">{fmt(t.total, { n: data.total.toLocaleString('pt-BR') })}</Text>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover>
              <Table.Thead><Table.Tr><Table.Th>{t.when}</Table.Th><Table.Th>{t.event}</Table.Th><Table.Th>{t.stream}</Table.Th><Table.Th>{t.actor}</Table.Th><Table.Th>{t.ip}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {data.items.map((e) => (
                  <Table.Tr key={e.eventId} data-testid="audit-row">
                    <Table.Td>{formatDateTime(e.recordedAt)}</Table.Td>
                    <Table.Td><Badge variant="light" tt="none">{e.type}</Badge></Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => setOpen(e.streamId)} title={t.open} ff="monospace" size="sm">{e.streamId}</Anchor>
                      <Text span size="xs" c="dimmed"> v{e.streamVersion}</Text>
                    </Table.Td>
                    <Table.Td>{userName(e.actorId, e.actorKind)}</Table.Td>
                    <Table.Td>{e.ip ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.total > PAGE_SIZE && <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} getControlProps={(c) => ({ 'aria-label': c })} />}
        </>
      )}
      <Drawer opened={!!open} onClose={() => setOpen(null)} position="right" size="xl" closeButtonProps={{ 'aria-label': messages.common.close }} title={open ? fmt(t.history, { stream: open }) : ''}>
        {open && <StreamHistory streamId={open} userName={userName} />}
      </Drawer>
    </Stack>
  );
}

function StreamHistory({ streamId, userName }: { streamId: string; userName: (id: string | null, kind: string | null) => string }) {
  const history = useQuery({
    queryKey: ['audit', 'stream', streamId],
    queryFn: async () => unwrap<StreamHistory>(await api.GET('/api/v1/audit/streams/{streamId}', { params: { path: { streamId } } })),
  });
  if (history.isPending) return <Loader aria-label={messages.common.loading} />;
  if (history.error) return <ErrorAlert error={history.error} />;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="stream-history">
      {history.data.items.map((e) => (
        <Timeline.Item key={e.eventId} title={`v${e.streamVersion} · ${e.type}`}>
          <Text size="xs" c="dimmed">{formatDateTime(e.recordedAt)} · {userName(e.actorId, e.actorKind)}{e.ip ? ` · ${e.ip}` : ''}</Text>
          <Code block mt={4} fz="xs" tabIndex={0}>{JSON.stringify(e.data, null, 2)}</Code>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
