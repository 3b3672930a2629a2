/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // the generated API client is a source-only workspace package (TypeScript): Next compiles it
  transpilePackages: ['@netprovider/api-client'],
  // served by the backend process in embedded mode; `next start` behind NGINX in production
  experimental: { optimizePackageImports: ['@mantine/core', '@mantine/hooks', '@mantine/charts'] },
};
export default nextConfig;
