import { Badge } from '@mantine/core';
import { messages } from '../messages/pt-BR';

const COLORS: Record<string, string> = { active: 'green', awaiting_installation: 'blue', draft: 'gray', suspended: 'orange', cancelled: 'red', erased: 'gray', erasure_requested: 'orange' };

export function ContractStatusBadge({ status }: { status: string }) {
  return <Badge color={COLORS[status] ?? 'gray'} variant="dot">{messages.contracts.status[status] ?? status}</Badge>;
}

export function CustomerStatusBadge({ status }: { status: string }) {
  return <Badge color={COLORS[status] ?? 'gray'} variant="dot">{messages.customers.status[status] ?? status}</Badge>;
}
