import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { ITF_HEIGHT_MM, ITF_NARROW_MM, itfBars } from './itf.js';

/*
 * A thin layer over pdfkit that speaks millimetres (the unit of every FEBRABAN measure) and only uses the
 * standard Helvetica fonts, so nothing is embedded and the same input always yields the same bytes.
 */

export const MM = 72 / 25.4;
export const A4_WIDTH_MM = 210;
export const A4_HEIGHT_MM = 297;

export type FontWeight = 'regular' | 'bold';
export interface TextStyle {
  size: number; // points
  weight?: FontWeight;
  align?: 'left' | 'right' | 'center';
  /** box width in mm for right/center alignment and truncation */
  width?: number;
}

export interface DocumentMeta {
  title: string;
  creationDate: Date;
}

export class Canvas {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(meta: DocumentMeta) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: false,
      compress: true,
      // pdfkit derives the file /ID from the info dictionary: fixing every entry (dates included) fixes the bytes.
      info: { Title: meta.title, Producer: 'NetProvider', Creator: 'NetProvider', CreationDate: meta.creationDate },
    });
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  addPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
  }

  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }

  private font(style: TextStyle): void {
    this.doc.font(style.weight === 'bold' ? 'Helvetica-Bold' : 'Helvetica').fontSize(style.size);
  }

  /** Width of a string in mm. */
  measure(text: string, style: TextStyle): number {
    this.font(style);
    return this.doc.widthOfString(text) / MM;
  }

  /** Cuts `text` with an ellipsis so it fits `width` mm. */
  fit(text: string, width: number, style: TextStyle): string {
    if (this.measure(text, style) <= width) return text;
    let n = text.length;
    while (n > 0 && this.measure(`${text.slice(0, n).trimEnd()}…`, style) > width) n--;
    return `${text.slice(0, n).trimEnd()}…`;
  }

  /** Single-line text whose top is at (x, y) mm; never wraps and never adds a page. */
  text(text: string, x: number, y: number, style: TextStyle): void {
    const shown = style.width === undefined ? text : this.fit(text, style.width, style);
    this.font(style);
    let left = x;
    if (style.width !== undefined && style.align && style.align !== 'left') {
      const w = this.doc.widthOfString(shown) / MM;
      left = style.align === 'right' ? x + style.width - w : x + (style.width - w) / 2;
    }
    this.doc.text(shown, left * MM, y * MM, { lineBreak: false });
  }

  /** Largest font size (≤ max) at which `text` fits `width` mm. */
  fitSize(text: string, width: number, max: number, weight: FontWeight = 'regular'): number {
    let size = max;
    while (size > 4 && this.measure(text, { size, weight }) > width) size -= 0.25;
    return size;
  }

  /** Greedy split of an unbreakable string (a PIX code) into lines that fit `width` mm, at character boundaries. */
  splitToWidth(text: string, width: number, style: TextStyle): string[] {
    const lines: string[] = [];
    let rest = text;
    while (rest.length > 0) {
      let n = rest.length;
      while (n > 1 && this.measure(rest.slice(0, n), style) > width) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    return lines;
  }

  line(x1: number, y1: number, x2: number, y2: number, widthPt = 0.5, dash?: number): void {
    const d = this.doc;
    d.save().lineWidth(widthPt);
    if (dash !== undefined) d.dash(dash * MM, { space: dash * MM });
    d.moveTo(x1 * MM, y1 * MM).lineTo(x2 * MM, y2 * MM).stroke();
    d.restore();
  }

  hline(x1: number, x2: number, y: number, widthPt = 0.5): void {
    this.line(x1, y, x2, y, widthPt);
  }

  vline(x: number, y1: number, y2: number, widthPt = 0.5): void {
    this.line(x, y1, x, y2, widthPt);
  }

  /**
   * ITF barcode as filled vector rectangles (exact module width at any printer resolution), left edge at x.
   * Returns its width in mm.
   */
  itf(digits: string, x: number, y: number, narrowMm = ITF_NARROW_MM, heightMm = ITF_HEIGHT_MM): number {
    const d = this.doc;
    let cursor = x;
    itfBars(digits).forEach((modules, i) => {
      const w = modules * narrowMm;
      if (i % 2 === 0) d.rect(cursor * MM, y * MM, w * MM, heightMm * MM);
      cursor += w;
    });
    d.fillColor('black').fill();
    return cursor - x;
  }

  /** QR code (error correction M) as vector squares, `size` mm wide including a 2-module quiet zone. */
  qr(text: string, x: number, y: number, size: number): void {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const quiet = 2;
    const m = size / (n + 2 * quiet);
    const d = this.doc;
    for (let row = 0; row < n; row++) {
      let col = 0;
      while (col < n) {
        if (!qr.modules.get(row, col)) {
          col++;
          continue;
        }
        const start = col;
        while (col < n && qr.modules.get(row, col)) col++;
        // one rectangle per horizontal run keeps the content stream (and the file) small
        d.rect((x + (quiet + start) * m) * MM, (y + (quiet + row) * m) * MM, (col - start) * m * MM, m * MM);
      }
    }
    d.fillColor('black').fill();
  }
}
