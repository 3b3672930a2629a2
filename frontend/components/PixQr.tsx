'use client';
import { useEffect, useState } from 'react';
import { Image, Skeleton } from '@mantine/core';

/** The PIX BR Code as a QR image, drawn in the browser (the `qrcode` package loads only where a QR is shown). */
export function PixQr({ code, alt, size = 220 }: { code: string; alt: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then(async (QR) => {
      const svg = await QR.toString(code, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [code]);
  if (!src) return <Skeleton w={size} h={size} />;
  // a white quiet zone so phone cameras read it in the dark theme too
  return <Image src={src} alt={alt} w={size} h={size} bg="white" radius="sm" data-testid="pix-qr" />;
}
