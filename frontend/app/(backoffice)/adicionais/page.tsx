'use client';
import { useState } from 'react';
import { Badge, Button, Checkbox, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type AddOnView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { formatMoney } from '../../../lib/format';
import { centsFromMasked, maskMoney } from '../../../lib/masks';
import { fieldErrors } from '../../../lib/problems';
import { MaskedInput } from '../../../components/MaskedInput';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CreateCard } from '../../../components/CreateCard';

const t = messages.addOns;
const CATEGORIES = Object.entries(t.categories).map(([value, label]) => ({ value, label }));

export default function AddOnsPage() {
  const me = useMe();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['add-ons', 'list'], queryFn: async () => unwrap<{ items: AddOnView[] }>(await api.GET('/api/v1/add-ons')).items });
  const [name, setName] = useState('');
  const [category, setCategory] = useState('streaming');
  const [price, setPrice] = useState('0,00');
  const [editing, setEditing] = useState<AddOnView | null>(null);
  const create = useMutation({
    mutationFn: async () =>
      unwrap<AddOnView>(await api.POST('/api/v1/add-ons', { body: { name, category: category as AddOnView['category'], priceCents: centsFromMasked(price) } })),
    onSuccess: () => {
      setName('');
      setPrice('0,00');
      void qc.invalidateQueries({ queryKey: ['add-ons'] });
    },
  });
  const update = useMutation({
    mutationFn: async (a: AddOnView) =>
      unwrap<AddOnView>(await api.PATCH('/api/v1/add-ons/{id}', { params: { path: { id: a.id } }, body: { name: a.name, priceCents: a.priceCents, active: a.active } })),
    onSuccess: () => {
      setEditing(null);
      void qc.invalidateQueries({ queryKey: ['add-ons'] });
    },
  });
  const errs = fieldErrors(create.error);
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      {can(me.data, 'plans:write') && (
        <CreateCard title={t.new} cols={3} error={create.error} placed={['name', 'category', 'priceCents']} pending={create.isPending} onSubmit={() => create.mutate()}>
            <TextInput label={t.name} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errs.name} />
            <Select label={t.category} data={CATEGORIES} value={category} onChange={(v) => setCategory(v ?? 'other')} allowDeselect={false} error={errs.category} />
            <MaskedInput label={t.price} mask={maskMoney} value={price} onValue={setPrice} error={errs.priceCents} inputMode="numeric" />
        </CreateCard>
      )}
      <ErrorAlert error={list.error} />
      {list.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
      <Table.ScrollContainer minWidth={500}>
        <Table striped>
          <Table.Thead>
            <Table.Tr><Table.Th>{t.name}</Table.Th><Table.Th>{t.category}</Table.Th><Table.Th>{t.price}</Table.Th><Table.Th>{messages.common.version}</Table.Th><Table.Th>{messages.common.status}</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{t.categories[a.category] ?? a.category}</Table.Td>
                <Table.Td>{formatMoney(a.priceCents)}</Table.Td>
                <Table.Td>v{a.version}</Table.Td>
                <Table.Td><Badge variant="dot" color={a.active ? 'green' : 'gray'}>{a.active ? messages.plans.active : messages.plans.inactive}</Badge></Table.Td>
                <Table.Td>{can(me.data, 'plans:write') && <Button size="xs" variant="default" onClick={() => setEditing(a)}>{messages.common.edit}</Button>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={!!editing} onClose={() => setEditing(null)} title={editing?.name}>
        {editing && <AddOnEdit addOn={editing} busy={update.isPending} error={update.error} onSave={(a) => update.mutate(a)} />}
      </Modal>
    </Stack>
  );
}

function AddOnEdit({ addOn, busy, error, onSave }: { addOn: AddOnView; busy: boolean; error: unknown; onSave: (a: AddOnView) => void }) {
  const [name, setName] = useState(addOn.name);
  const [price, setPrice] = useState(maskMoney(String(addOn.priceCents)));
  const [active, setActive] = useState(addOn.active);
  const errs = fieldErrors(error);
  return (
    <Stack>
      <TextInput label={t.name} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errs.name} />
      <MaskedInput label={t.price} mask={maskMoney} value={price} onValue={setPrice} error={errs.priceCents} inputMode="numeric" />
      <Checkbox label={messages.plans.active} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
      <ErrorAlert error={error} placed={['name', 'priceCents']} />
      <Button loading={busy} onClick={() => onSave({ ...addOn, name, priceCents: centsFromMasked(price), active })}>{messages.common.save}</Button>
    </Stack>
  );
}
