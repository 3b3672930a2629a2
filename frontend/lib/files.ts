'use client';
import { ApiProblem, isProblem } from '@netprovider/api-client';

/**
 * A document the API answers with the bearer token (boleto, carnê, recibo, remessa): fetched as a blob
 * through the typed client and opened from an object URL (a plain link would carry no token).
 */
export async function blobOf(result: { data?: unknown; error?: unknown; response: Response }): Promise<Blob> {
  if (!result.response.ok) {
    const e = result.error;
    // openapi-fetch parsed the error body as a blob too: read the problem out of it
    const text = e instanceof Blob ? await e.text() : typeof e === 'string' ? e : '';
    let problem: unknown = e;
    try {
      problem = text ? JSON.parse(text) : e;
    } catch {
      /* not JSON */
    }
    if (isProblem(problem)) throw new ApiProblem(problem);
    throw new ApiProblem({ type: 'about:blank', title: result.response.statusText || 'Error', status: result.response.status });
  }
  return result.data as Blob;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  download(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function download(url: string, fileName: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** A multipart body with one `file` field, for the upload routes (CNAB retorno, OFX). */
export const fileBody = (file: File) => ({
  body: { file: file as unknown as string },
  bodySerializer: (b: { file: string }) => {
    const form = new FormData();
    form.append('file', b.file as unknown as File);
    return form;
  },
});

/** A multipart body with a `file` and plain text fields (e.g. a customer document's type). */
export const formBody = <F extends Record<string, string | undefined>>(file: File, fields: F) => ({
  body: { ...fields, file: file as unknown as string },
  bodySerializer: (b: Record<string, unknown>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(b)) if (k !== 'file' && typeof v === 'string') form.append(k, v);
    form.append('file', b.file as unknown as File);
    return form;
  },
});
