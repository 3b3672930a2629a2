/** pt-BR message catalogue: every text a user sees comes from here (i18n-ready). */
export const messages = {
  app: { name: 'NetProvider', tagline: 'ERP para provedores de internet' },
  backoffice: {
    title: 'Retaguarda',
    intro: 'Gestão de clientes, contratos, cobrança e rede do seu provedor.',
    login: 'Entrar',
    apiDocs: 'Documentação da API',
  },
  portal: {
    title: 'Área do cliente',
    intro: 'Consulte suas faturas, copie o código PIX e fale com o seu provedor.',
    login: 'Entrar com CPF ou CNPJ',
  },
} as const;
