import { messages } from '../messages/pt-BR';

export { messages };

/** Fills `{name}` placeholders: fmt('{n} clientes', { n: 3 }) → '3 clientes'. */
export function fmt(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
