'use client';
import { useState } from 'react';
import { Button, Modal, NumberInput, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type PromotionView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { formatBasisPoints, formatDate, formatMoney, saoPauloToday } from '../../../lib/format';
import { centsFromMasked, maskMoney } from '../../../lib/masks';
import { fieldErrors } from '../../../lib/problems';
import { MaskedInput } from '../../../components/MaskedInput';
import { DateField } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CreateCard } from '../../../components/CreateCard';

const t = messages.promotions;
const showDiscount = (d: PromotionView['discount']) => (d.kind === 'percentage' ? formatBasisPoints(d.basisPoints) : formatMoney(d.amountCents));

export default function PromotionsPage() {
  const me = useMe();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['promotions', 'list'], queryFn: async () => unwrap<{ items: PromotionView[] }>(await api.GET('/api/v1/promotions')).items });
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'percentage' | 'fixed'>('percentage');
  const [percent, setPercent] = useState<number | string>(10);
  const [amount, setAmount] = useState('0,00');
  const [months, setMonths] = useState<number | string>(3);
  const [startsOn, setStartsOn] = useState(saoPauloToday());
  const [endsOn, setEndsOn] = useState('');
  const [ending, setEnding] = useState<PromotionView | null>(null);
  const [endOn, setEndOn] = useState(saoPauloToday());
  const create = useMutation({
    mutationFn: async () =>
      unwrap<PromotionView>(
        await api.POST('/api/v1/promotions', {
          body: {
            name,
            discount: kind === 'percentage' ? { kind, basisPoints: Math.round(Number(percent) * 100) } : { kind, amountCents: centsFromMasked(amount) },
            months: Number(months),
            startsOn,
            ...(endsOn ? { endsOn } : {}),
          },
        }),
      ),
    onSuccess: () => {
      setName('');
      void qc.invalidateQueries({ queryKey: ['promotions'] });
    },
  });
  const end = useMutation({
    mutationFn: async () => unwrap<PromotionView>(await api.POST('/api/v1/promotions/{id}/end', { params: { path: { id: ending!.id } }, body: { endsOn: endOn } })),
    onSuccess: () => {
      setEnding(null);
      void qc.invalidateQueries({ queryKey: ['promotions'] });
    },
  });
  const errs = fieldErrors(create.error);
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      {can(me.data, 'plans:write') && (
        <CreateCard title={t.new} cols={3} error={create.error} placed={['name', 'discount', 'discount.basisPoints', 'discount.amountCents', 'months', 'startsOn', 'endsOn']} pending={create.isPending} onSubmit={() => create.mutate()}>
            <TextInput label={t.name} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errs.name} />
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t.discount}</Text>
              <SegmentedControl value={kind} onChange={(k) => setKind(k as typeof kind)} data={[{ value: 'percentage', label: t.kindPercentage }, { value: 'fixed', label: t.kindFixed }]} />
            </Stack>
            {kind === 'percentage' ? (
              <NumberInput label={t.percent} min={0.01} max={100} decimalScale={2} decimalSeparator="," value={percent} onChange={setPercent} error={errs['discount.basisPoints'] ?? errs.discount} />
            ) : (
              <MaskedInput label={t.amount} mask={maskMoney} value={amount} onValue={setAmount} error={errs['discount.amountCents'] ?? errs.discount} inputMode="numeric" />
            )}
            <NumberInput label={t.months} min={1} max={36} value={months} onChange={setMonths} error={errs.months} />
            <DateField label={t.startsOn} value={startsOn} onDate={setStartsOn} error={errs.startsOn} />
            <DateField label={`${t.endsOn} (${messages.common.optional})`} value={endsOn} onDate={setEndsOn} error={errs.endsOn} />
        </CreateCard>
      )}
      <ErrorAlert error={list.error} />
      {list.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
      <Table.ScrollContainer minWidth={500}>
        <Table striped>
          <Table.Thead>
            <Table.Tr><Table.Th>{t.name}</Table.Th><Table.Th>{t.discount}</Table.Th><Table.Th>{t.months}</Table.Th><Table.Th>{t.startsOn}</Table.Th><Table.Th>{t.endsOn}</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{showDiscount(p.discount)}</Table.Td>
                <Table.Td>{p.months}</Table.Td>
                <Table.Td>{formatDate(p.startsOn)}</Table.Td>
                <Table.Td>{p.endsOn ? formatDate(p.endsOn) : t.open}</Table.Td>
                <Table.Td>{can(me.data, 'plans:write') && !p.endsOn && <Button size="xs" variant="default" onClick={() => setEnding(p)}>{t.end}</Button>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={!!ending} onClose={() => setEnding(null)} title={`${t.end}: ${ending?.name ?? ''}`}>
        <Stack>
          <DateField label={t.endOn} value={endOn} onDate={setEndOn} error={fieldErrors(end.error).endsOn} />
          <ErrorAlert error={end.error} placed={['endsOn']} />
          <Button loading={end.isPending} onClick={() => end.mutate()}>{messages.common.confirm}</Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
