'use client';
import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Fieldset, Group, Loader, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type LadderList, type PlanView } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { CHANNELS, STEP_ACTIONS, sortSteps, stepIdFrom, type Channel, type Ladder, type LadderStep, type StepAction } from '../../../../lib/finance';
import { fieldErrors } from '../../../../lib/problems';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Guard } from '../../../../components/Guard';

const t = messages.ladders;
const ACTIONS = STEP_ACTIONS.map((a) => ({ value: a, label: t.actions[a]! }));
const CHANNEL_OPTIONS = [{ value: '', label: t.none }, ...CHANNELS.map((c) => ({ value: c, label: t.channels[c]! }))];
type Draft = Omit<Ladder, 'id'> & { id?: string };

export default function LaddersPage() {
  return (
    <Guard permission="collections:read">
      <Ladders />
    </Guard>
  );
}

function Ladders() {
  const me = useMe();
  const write = can(me.data, 'collections:write');
  const [editing, setEditing] = useState<Draft | null>(null);
  const ladders = useQuery({
    queryKey: ['ladders'],
    queryFn: async () => unwrap<LadderList>(await api.GET('/api/v1/collections/ladders')),
  });
  if (ladders.isPending) return <Loader aria-label={messages.common.loading} />;
  if (ladders.error) return <ErrorAlert error={ladders.error} />;
  const { items, builtIn } = ladders.data;
  const copyOf = (l: Ladder): Draft => ({ name: items.length ? '' : l.name, planIds: [], isDefault: !items.some((x) => x.isDefault), steps: l.steps.map((s) => ({ ...s })), suspensionNotice: { ...l.suspensionNotice }, trustUnblock: { ...l.trustUnblock } });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {write && !editing && <Button onClick={() => setEditing(copyOf(builtIn))}>{t.new}</Button>}
      </Group>
      <Text c="dimmed">{t.intro}</Text>
      {editing ? (
        <LadderForm initial={editing} onDone={() => setEditing(null)} />
      ) : (
        <>
          {items.length === 0 && <Alert color="blue">{t.builtIn}</Alert>}
          {[...(items.length ? items : [builtIn])].map((l) => (
            <LadderCard key={l.id} ladder={l} write={write && l.id !== 'built-in'} onEdit={() => setEditing({ ...l, steps: l.steps.map((s) => ({ ...s })) })} />
          ))}
        </>
      )}
    </Stack>
  );
}

function LadderCard({ ladder, write, onEdit }: { ladder: Ladder; write: boolean; onEdit: () => void }) {
  const qc = useQueryClient();
  const [confirm, setConfirm] = useState(false);
  const remove = useMutation({
    mutationFn: async () => unwrap<unknown>(await api.DELETE('/api/v1/collections/ladders/{id}', { params: { path: { id: ladder.id } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['ladders'] }),
  });
  return (
    <Card withBorder data-testid="ladder-card">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2} size="h4">{ladder.name}</Title>
            {ladder.isDefault && <Badge variant="light">{t.defaultBadge}</Badge>}
            <Text size="sm" c="dimmed">{fmt(t.stepsCount, { n: ladder.steps.length })}</Text>
          </Group>
          {write && (
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={onEdit}>{messages.common.edit}</Button>
              <Button variant="subtle" color="red" size="xs" onClick={() => setConfirm(true)}>{t.remove}</Button>
            </Group>
          )}
        </Group>
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr><Table.Th>{t.daysShort}</Table.Th><Table.Th>{t.action}</Table.Th><Table.Th>{t.channel}</Table.Th><Table.Th>{t.template}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sortSteps(ladder.steps).map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.daysOffset > 0 ? `+${s.daysOffset}` : s.daysOffset}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t.actions[s.action]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.channel ? t.channels[s.channel] : '—'}</Table.Td>
                  <Table.Td><Text size="sm" lineClamp={2}>{s.template ?? '—'}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ErrorAlert error={remove.error} />
      </Stack>
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={t.remove}>
        <Stack>
          <Text>{fmt(t.removeConfirm, { name: ladder.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>{messages.common.cancel}</Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => setConfirm(false) })}>{messages.common.confirm}</Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function LadderForm({ initial, onDone }: { initial: Draft; onDone: () => void }) {
  const qc = useQueryClient();
  const [d, setD] = useState<Draft>(initial);
  const plans = useQuery({ queryKey: ['plans', 'list', {}], queryFn: async () => unwrap<{ items: PlanView[] }>(await api.GET('/api/v1/plans')).items });
  const save = useMutation({
    mutationFn: async () => {
      const body = { name: d.name, planIds: d.isDefault ? [] : d.planIds, isDefault: d.isDefault, steps: d.steps.map((s) => ({ id: s.id, daysOffset: s.daysOffset, action: s.action, ...(s.channel ? { channel: s.channel } : {}), ...(s.template ? { template: s.template } : {}) })), suspensionNotice: d.suspensionNotice, trustUnblock: d.trustUnblock };
      return d.id
        ? unwrap<Ladder>(await api.PUT('/api/v1/collections/ladders/{id}', { params: { path: { id: d.id } }, body }))
        : unwrap<Ladder>(await api.POST('/api/v1/collections/ladders', { body }));
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['ladders'] });
      onDone();
    },
  });
  const errs = fieldErrors(save.error);
  const setStep = (i: number, patch: Partial<LadderStep>) => setD({ ...d, steps: d.steps.map((s, k) => (k === i ? { ...s, ...patch } : s)) });
  const addStep = () => {
    const last = d.steps.at(-1);
    let id = stepIdFrom(`etapa-${d.steps.length + 1}`);
    while (d.steps.some((s) => s.id === id)) id = `${id}-x`;
    setD({ ...d, steps: [...d.steps, { id, daysOffset: (last?.daysOffset ?? 0) + 1, action: 'notify', channel: 'email', template: '' }] });
  };
  const notifySteps = d.steps.filter((s) => s.action === 'notify' && s.id).map((s) => ({ value: s.id, label: `${s.id} (${s.daysOffset > 0 ? '+' : ''}${s.daysOffset})` }));
  const trust = d.trustUnblock;
  const placed = ['name', 'planIds', 'isDefault', 'suspensionNotice.stepId', 'suspensionNotice.minDays', ...d.steps.flatMap((_, i) => ['id', 'daysOffset', 'action', 'channel', 'template'].map((f) => `steps.${i}.${f}`))];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={d.id ? t.edit : t.new}>
      <Stack>
        <Title order={2} size="h4">{d.id ? t.edit : t.new}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.name} value={d.name} onChange={(e) => setD({ ...d, name: e.currentTarget.value })} error={errs.name} required />
          <Checkbox mt={{ sm: 30 }} label={t.isDefault} checked={d.isDefault} onChange={(e) => setD({ ...d, isDefault: e.currentTarget.checked })} error={errs.isDefault} />
        </SimpleGrid>
        {!d.isDefault && (
          <MultiSelect label={t.plans} description={t.plansHint} data={(plans.data ?? []).map((p) => ({ value: p.id, label: p.name }))} value={d.planIds} onChange={(v) => setD({ ...d, planIds: v })} error={errs.planIds} searchable />
        )}
        <Title order={3} size="h5">{t.steps}</Title>
        <Text size="xs" c="dimmed">{t.daysHint} {t.templateHint}</Text>
        {d.steps.map((s, i) => (
          <Fieldset key={i} legend={fmt(t.step, { n: i + 1 })} data-testid="ladder-step">
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
                <TextInput label={t.stepId} value={s.id} onChange={(e) => setStep(i, { id: e.currentTarget.value })} error={errs[`steps.${i}.id`]} />
                <NumberInput label={t.days} min={-30} max={365} value={s.daysOffset} onChange={(v) => setStep(i, { daysOffset: Number(v) || 0 })} error={errs[`steps.${i}.daysOffset`]} />
                <Select label={t.action} data={ACTIONS} value={s.action} onChange={(v) => setStep(i, { action: (v ?? 'notify') as StepAction })} allowDeselect={false} error={errs[`steps.${i}.action`]} />
                <Select label={t.channel} data={CHANNEL_OPTIONS} value={s.channel ?? ''} onChange={(v) => setStep(i, { channel: (v || undefined) as Channel | undefined })} allowDeselect={false} error={errs[`steps.${i}.channel`]} />
              </SimpleGrid>
              <Group align="flex-end" wrap="nowrap">
                <Textarea style={{ flex: 1 }} label={t.template} autosize minRows={1} value={s.template ?? ''} onChange={(e) => setStep(i, { template: e.currentTarget.value || undefined })} error={errs[`steps.${i}.template`]} />
                <Button variant="subtle" color="red" onClick={() => setD({ ...d, steps: d.steps.filter((_, k) => k !== i) })} disabled={d.steps.length <= 1}>{t.removeStep}</Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <Group><Button variant="default" onClick={addStep}>{t.addStep}</Button></Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t.noticeStep} data={notifySteps} value={d.suspensionNotice.stepId || null} onChange={(v) => setD({ ...d, suspensionNotice: { ...d.suspensionNotice, stepId: v ?? '' } })} error={errs['suspensionNotice.stepId']} />
          <NumberInput label={t.noticeMinDays} min={0} max={90} value={d.suspensionNotice.minDays} onChange={(v) => setD({ ...d, suspensionNotice: { ...d.suspensionNotice, minDays: Number(v) || 0 } })} error={errs['suspensionNotice.minDays']} />
        </SimpleGrid>
        <Fieldset legend={t.trust}>
          <Stack gap="xs">
            <Switch label={t.trustEnabled} checked={trust.enabled} onChange={(e) => setD({ ...d, trustUnblock: { ...trust, enabled: e.currentTarget.checked } })} />
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
              {([['days', t.trustDays, 1, 15], ['maxUsesPer30Days', t.trustPer30, 0, 10], ['maxUsesPerBlock', t.trustPerBlock, 0, 10], ['minDaysSinceLastUse', t.trustMinDays, 0, 365], ['maxBrokenPromisesIn12Months', t.trustBroken, 0, 12]] as const).map(([k, label, min, max]) => (
                <NumberInput key={k} label={label} min={min} max={max} value={trust[k]} onChange={(v) => setD({ ...d, trustUnblock: { ...trust, [k]: Number(v) || 0 } })} error={errs[`trustUnblock.${k}`]} disabled={!trust.enabled} />
              ))}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <ErrorAlert error={save.error} placed={[...placed, ...Object.keys(trust).map((k) => `trustUnblock.${k}`)]} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{messages.common.cancel}</Button>
          <Button type="submit" loading={save.isPending}>{messages.common.save}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
