/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // served by the backend process in embedded mode; `next start` behind NGINX in production
  experimental: { optimizePackageImports: ['@mantine/core', '@mantine/hooks'] },
};
export default nextConfig;
