'use client';
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { api } from './api';
import type { BankAccount, ChartAccount, Supplier } from './finance';

/** The chart of accounts (cached: payables, recurring bills and the chart page share it). */
export function useChartOfAccounts() {
  return useQuery({ queryKey: ['finance', 'chart'], queryFn: async () => unwrap<{ items: ChartAccount[] }>(await api.GET('/api/v1/finance/chart-of-accounts')).items });
}

export function useSuppliers() {
  return useQuery({ queryKey: ['finance', 'suppliers'], queryFn: async () => unwrap<{ items: Supplier[] }>(await api.GET('/api/v1/finance/suppliers')).items });
}

export function useBankAccounts() {
  return useQuery({ queryKey: ['finance', 'bank-accounts'], queryFn: async () => unwrap<{ items: BankAccount[] }>(await api.GET('/api/v1/finance/bank-accounts')).items });
}

/** Accounts a bill may be posted to: deduction, cost or expense, active. */
export const payableAccountOptions = (accounts: readonly ChartAccount[] | undefined, kinds: Record<string, string>) =>
  (accounts ?? []).filter((a) => a.active && a.kind !== 'revenue').map((a) => ({ value: a.id, label: `${a.code} — ${a.name} (${kinds[a.kind] ?? a.kind})` }));
