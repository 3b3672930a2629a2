'use client';
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Group, Loader, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type BillingSettingsView, type HolidayView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { bpFromPercent, percentFromBp } from '../../../lib/billing';
import { formatDate, saoPauloToday } from '../../../lib/format';
import { centsFromMasked, maskMoney } from '../../../lib/masks';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MaskedInput } from '../../../components/MaskedInput';
import { DateField } from '../../../components/DateField';

const t = messages.billing.settings;

export default function BillingSettingsPage() {
  const me = useMe();
  const write = can(me.data, 'collection-accounts:write');
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">{t.title}</Title>
      <Text c="dimmed">{t.intro}</Text>
      <Rules write={write} />
      <Holidays write={write} />
    </Stack>
  );
}

function Rules({ write }: { write: boolean }) {
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: ['billing-settings'], queryFn: async () => unwrap<BillingSettingsView>(await api.GET('/api/v1/billing/settings')) });
  const [f, setF] = useState({ fine: '', interest: '', grace: 0 as number | string, discount: '', discountDays: 0 as number | string });
  useEffect(() => {
    const s = settings.data;
    if (s) setF({ fine: percentFromBp(s.finePercentBp), interest: percentFromBp(s.interestMonthlyBp), grace: s.graceDays, discount: s.earlyDiscount ? maskMoney(String(s.earlyDiscount.amountCents)) : '', discountDays: s.earlyDiscount?.daysBefore ?? 0 });
  }, [settings.data]);
  const save = useMutation({
    mutationFn: async () => {
      const discount = f.discount ? centsFromMasked(f.discount) : 0;
      return unwrap<BillingSettingsView>(
        await api.PUT('/api/v1/billing/settings', {
          body: {
            finePercentBp: bpFromPercent(f.fine) ?? -1,
            interestMonthlyBp: bpFromPercent(f.interest) ?? -1,
            graceDays: Number(f.grace) || 0,
            earlyDiscount: discount > 0 ? { amountCents: discount, daysBefore: Number(f.discountDays) || 0 } : null,
          },
        }),
      );
    },
    onSuccess: (s) => qc.setQueryData(['billing-settings'], s),
  });
  if (settings.isPending) return <Loader aria-label={messages.common.loading} />;
  if (settings.error) return <ErrorAlert error={settings.error} />;
  const errs = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.fine} description={t.fineHint} value={f.fine} onChange={(e) => setF({ ...f, fine: e.currentTarget.value })} inputMode="decimal" error={errs.finePercentBp} disabled={!write} />
          <TextInput label={t.interest} description={t.interestHint} value={f.interest} onChange={(e) => setF({ ...f, interest: e.currentTarget.value })} inputMode="decimal" error={errs.interestMonthlyBp} disabled={!write} />
          <NumberInput label={t.grace} description={t.graceHint} min={0} max={60} value={f.grace} onChange={(v) => setF({ ...f, grace: v })} error={errs.graceDays} disabled={!write} />
          <div />
          <MaskedInput label={t.earlyDiscount} description={t.earlyDiscountHint} mask={maskMoney} value={f.discount} onValue={(v) => setF({ ...f, discount: v })} inputMode="numeric" error={errs['earlyDiscount.amountCents']} disabled={!write} />
          <NumberInput label={t.earlyDiscountDays} min={0} max={31} value={f.discountDays} onChange={(v) => setF({ ...f, discountDays: v })} error={errs['earlyDiscount.daysBefore']} disabled={!write} />
        </SimpleGrid>
        <ErrorAlert error={save.error} placed={['finePercentBp', 'interestMonthlyBp', 'graceDays', 'earlyDiscount.amountCents', 'earlyDiscount.daysBefore']} />
        {save.isSuccess && <Alert color="green">{messages.common.saved}</Alert>}
        {write && <Group justify="flex-end"><Button type="submit" loading={save.isPending}>{messages.common.save}</Button></Group>}
      </Stack>
    </Card>
  );
}

function Holidays({ write }: { write: boolean }) {
  const qc = useQueryClient();
  const thisYear = Number(saoPauloToday().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const holidays = useQuery({
    queryKey: ['billing-holidays', year],
    queryFn: async () => unwrap<{ year: number; items: HolidayView[] }>(await api.GET('/api/v1/billing/holidays', { params: { query: { year: Number(year) } } })).items,
  });
  const add = useMutation({
    mutationFn: async () => unwrap<HolidayView>(await api.POST('/api/v1/billing/holidays', { body: { date, name } })),
    onSuccess: () => {
      setName('');
      void qc.invalidateQueries({ queryKey: ['billing-holidays'] });
    },
  });
  const remove = useMutation({
    mutationFn: async (d: string) => unwrap<unknown>(await api.DELETE('/api/v1/billing/holidays/{date}', { params: { path: { date: d } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['billing-holidays'] }),
  });
  const errs = fieldErrors(add.error);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">{t.holidays}</Title>
        <Text size="sm" c="dimmed">{t.holidaysIntro}</Text>
        <Select label={t.year} data={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map(String)} value={year} onChange={(v) => setYear(v ?? String(thisYear))} allowDeselect={false} w={140} />
        {write && (
          <form onSubmit={(e) => { e.preventDefault(); add.mutate(); }}>
            <Group align="flex-start">
              <DateField label={t.holidayDate} value={date} onDate={setDate} error={errs.date} w={160} />
              <TextInput label={t.holidayName} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errs.name} w={280} />
              <Button type="submit" mt={25} loading={add.isPending} disabled={!date || !name.trim()}>{t.addHoliday}</Button>
            </Group>
          </form>
        )}
        <ErrorAlert error={add.error ?? remove.error} placed={['date', 'name']} />
        <ErrorAlert error={holidays.error} />
        <Table striped>
          <Table.Tbody>
            {holidays.data?.map((h) => (
              <Table.Tr key={`${h.date}-${h.scope}`}>
                <Table.Td>{formatDate(h.date)}</Table.Td>
                <Table.Td>{h.name}</Table.Td>
                <Table.Td><Badge variant="dot" color={h.scope === 'local' ? 'grape' : 'gray'}>{h.scope === 'local' ? t.local : t.national}</Badge></Table.Td>
                <Table.Td>{write && h.scope === 'local' && <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(h.date)}>{t.remove}</Button>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
