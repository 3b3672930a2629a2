'use client';
import { useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type CustomerListItem, type Page } from '@netprovider/api-client';
import { messages } from '../messages/pt-BR';
import { api } from '../lib/api';
import { showDocument } from '../lib/display';

/**
 * A customer picked by typing a name, CPF/CNPJ or phone (the customers API searches from 2 characters, 250 ms
 * after the last key); the options say name — document. A chosen id the search no longer lists stays shown.
 */
export function CustomerPicker({ value, onChange, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'> & {
  value: string | null;
  onChange: (customerId: string | null) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const customers = useQuery({
    queryKey: ['customers', 'search', debounced],
    enabled: debounced.length >= 2,
    queryFn: async () => unwrap<Page<CustomerListItem>>(await api.GET('/api/v1/customers', { params: { query: { search: debounced, pageSize: 10 } } })).items,
  });
  const options = (customers.data ?? []).map((c) => ({ value: c.id, label: `${c.name ?? c.pseudonym ?? c.id.slice(0, 8)} — ${showDocument(c.document)}` }));
  if (value && !options.some((o) => o.value === value)) options.push({ value, label: search || value.slice(0, 8) });
  return (
    <Select
      {...props}
      searchable
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={debounced.length >= 2 && !customers.isFetching ? messages.common.empty : undefined}
      filter={({ options: all }) => all}
    />
  );
}
