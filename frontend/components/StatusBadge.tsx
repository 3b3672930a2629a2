import { Badge } from '@mantine/core';
import { messages } from '../messages/pt-BR';

const COLORS: Record<string, string> = { active: 'green', awaiting_installation: 'blue', draft: 'gray', suspended: 'orange', cancelled: 'red', erased: 'gray', erasure_requested: 'orange' };

export function ContractStatusBadge({ status }: { status: string }) {
  return <Badge color={COLORS[status] ?? 'gray'} variant="dot">{messages.contracts.status[status] ?? status}</Badge>;
}

export function CustomerStatusBadge({ status }: { status: string }) {
  return <Badge color={COLORS[status] ?? 'gray'} variant="dot">{messages.customers.status[status] ?? status}</Badge>;
}

const INVOICE_COLORS: Record<string, string> = { open: 'blue', partially_paid: 'yellow', paid: 'green', cancelled: 'gray', overdue: 'red', written_off: 'dark', renegotiated: 'grape' };
const RUN_COLORS: Record<string, string> = { previewing: 'blue', awaiting_approval: 'yellow', issuing: 'indigo', completed: 'green', discarded: 'gray' };

export function InvoiceStatusBadge({ status }: { status: string }) {
  return <Badge color={INVOICE_COLORS[status] ?? 'gray'} variant="dot" data-testid="invoice-status">{messages.billing.invoices.status[status] ?? status}</Badge>;
}

export function RunStatusBadge({ status }: { status: string }) {
  return <Badge color={RUN_COLORS[status] ?? 'gray'} variant="dot">{messages.billing.runs.status[status] ?? status}</Badge>;
}

/** A support ticket: open (blue) or closed (gray); `minWidth` keeps the dot and text on one line in narrow tables. */
export function TicketStatusBadge({ status }: { status: string }) {
  return <Badge variant="dot" color={status === 'closed' ? 'gray' : 'blue'} style={{ flexShrink: 0, minWidth: 'max-content' }} data-testid="ticket-status">{messages.portal.tickets.statuses[status] ?? status}</Badge>;
}
