'use client';
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { BodyOf, PlanView } from '@netprovider/api-client';
import { messages } from '../messages/pt-BR';
import { centsFromMasked, maskMoney } from '../lib/masks';
import { fieldErrors } from '../lib/problems';
import { MaskedInput } from './MaskedInput';
import { ErrorAlert } from './ErrorAlert';


const t = messages.plans;

export interface PlanFormValues {
  name: string;
  downloadMbps: number | string;
  uploadMbps: number | string;
  price: string;
  installationFee: string;
  loyaltyMonths: number | string;
  penaltyKind: 'none' | 'prorata' | 'percentage';
  penaltyAmount: string;
  penaltyPercent: number | string;
  technology: string;
  ipv4: string;
  active: boolean;
}

export const emptyPlan: PlanFormValues = {
  name: '', downloadMbps: '', uploadMbps: '', price: '0,00', installationFee: '0,00', loyaltyMonths: 0,
  penaltyKind: 'none', penaltyAmount: '0,00', penaltyPercent: '', technology: 'FTTH', ipv4: 'cgnat', active: true,
};

export function valuesFromPlan(p: PlanView): PlanFormValues {
  const r = p.terms.penaltyRule;
  return {
    name: p.name,
    downloadMbps: p.terms.downloadMbps,
    uploadMbps: p.terms.uploadMbps,
    price: maskMoney(String(p.terms.priceCents)),
    installationFee: maskMoney(String(p.terms.installationFeeCents)),
    loyaltyMonths: p.terms.loyaltyMonths,
    penaltyKind: r.kind,
    penaltyAmount: maskMoney(String(r.kind === 'prorata' ? r.amountCents : 0)),
    penaltyPercent: r.kind === 'percentage' ? r.basisPoints / 100 : '',
    technology: p.terms.technology,
    ipv4: p.terms.ipv4,
    active: p.active,
  };
}

const num = (v: number | string) => (typeof v === 'number' ? v : Number(String(v).replace(',', '.')));

/** The plan's terms as the API takes them (money in integer centavos). */
export function planBody(v: PlanFormValues): BodyOf<'/api/v1/plans', 'post'> {
  const penaltyRule =
    v.penaltyKind === 'prorata'
      ? { kind: 'prorata' as const, amountCents: centsFromMasked(v.penaltyAmount) }
      : v.penaltyKind === 'percentage'
        ? { kind: 'percentage' as const, basisPoints: Math.round(num(v.penaltyPercent) * 100) }
        : { kind: 'none' as const };
  return {
    name: v.name,
    downloadMbps: num(v.downloadMbps),
    uploadMbps: num(v.uploadMbps),
    priceCents: centsFromMasked(v.price),
    installationFeeCents: centsFromMasked(v.installationFee),
    loyaltyMonths: Math.trunc(num(v.loyaltyMonths) || 0),
    penaltyRule,
    technology: v.technology as BodyOf<'/api/v1/plans', 'post'>['technology'],
    ipv4: v.ipv4 as 'public' | 'cgnat',
    active: v.active,
  };
}

export function PlanForm({ initial, onSubmit, busy, error, submitLabel }: {
  initial: PlanFormValues;
  onSubmit: (v: PlanFormValues) => void;
  busy: boolean;
  error: unknown;
  submitLabel: string;
}) {
  const [v, setV] = useState(initial);
  const set = <K extends keyof PlanFormValues>(k: K) => (value: PlanFormValues[K]) => setV((s) => ({ ...s, [k]: value }));
  const errs = fieldErrors(error);
  const placed = ['name', 'downloadMbps', 'uploadMbps', 'priceCents', 'installationFeeCents', 'loyaltyMonths', 'penaltyRule', 'penaltyRule.amountCents', 'penaltyRule.basisPoints', 'technology', 'ipv4'];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(v);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.name} required value={v.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errs.name} />
          <Select label={t.technology} data={['FTTH', 'radio', 'cable', 'DSL', 'satellite', 'other']} value={v.technology} onChange={(x) => set('technology')(x ?? 'FTTH')} allowDeselect={false} error={errs.technology} />
          <NumberInput label={t.download} required min={1} value={v.downloadMbps} onChange={set('downloadMbps')} error={errs.downloadMbps} />
          <NumberInput label={t.upload} required min={1} value={v.uploadMbps} onChange={set('uploadMbps')} error={errs.uploadMbps} />
          <MaskedInput label={t.price} required mask={maskMoney} value={v.price} onValue={set('price')} error={errs.priceCents} inputMode="numeric" />
          <MaskedInput label={t.installationFee} mask={maskMoney} value={v.installationFee} onValue={set('installationFee')} error={errs.installationFeeCents} inputMode="numeric" />
          <NumberInput label={t.loyaltyMonths} min={0} max={24} value={v.loyaltyMonths} onChange={set('loyaltyMonths')} error={errs.loyaltyMonths} />
          <Select
            label={t.penalty}
            value={v.penaltyKind}
            onChange={(x) => set('penaltyKind')((x ?? 'none') as PlanFormValues['penaltyKind'])}
            allowDeselect={false}
            data={[{ value: 'none', label: t.penaltyNone }, { value: 'prorata', label: t.penaltyProrata }, { value: 'percentage', label: t.penaltyPercentage }]}
            error={errs.penaltyRule}
          />
          {v.penaltyKind === 'prorata' && <MaskedInput label={t.penaltyAmount} mask={maskMoney} value={v.penaltyAmount} onValue={set('penaltyAmount')} error={errs['penaltyRule.amountCents']} inputMode="numeric" />}
          {v.penaltyKind === 'percentage' && <NumberInput label={t.penaltyPercent} min={0} max={100} decimalScale={2} decimalSeparator="," value={v.penaltyPercent} onChange={set('penaltyPercent')} error={errs['penaltyRule.basisPoints']} />}
          <Select label={t.ipv4} value={v.ipv4} onChange={(x) => set('ipv4')(x ?? 'cgnat')} allowDeselect={false} data={[{ value: 'cgnat', label: t.ipv4Cgnat }, { value: 'public', label: t.ipv4Public }]} error={errs.ipv4} />
          <Checkbox label={t.active} checked={v.active} onChange={(e) => set('active')(e.currentTarget.checked)} mt={{ sm: 'xl' }} />
        </SimpleGrid>
        <ErrorAlert error={error} placed={placed} />
        <Group>
          <Button type="submit" loading={busy}>{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
