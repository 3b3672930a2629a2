/**
 * Schema evolution: an event stored at an old schema version is read as the newest shape by a chain of pure
 * functions, one per version step. Stored events are never rewritten.
 */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: Record<string, unknown>): Record<string, unknown>;
}

export class UpcasterRegistry {
  private readonly byType = new Map<string, Map<number, Upcaster>>();

  register(...upcasters: Upcaster[]): this {
    for (const u of upcasters) {
      let m = this.byType.get(u.type);
      if (!m) this.byType.set(u.type, (m = new Map()));
      if (m.has(u.fromVersion)) throw new Error(`duplicate upcaster for ${u.type} v${u.fromVersion}`);
      m.set(u.fromVersion, u);
    }
    return this;
  }

  /** The version new events of this type are written at: one past the last upcaster. */
  currentVersion(type: string): number {
    const m = this.byType.get(type);
    if (!m || m.size === 0) return 1;
    return Math.max(...m.keys()) + 1;
  }

  upcast(type: string, version: number, data: Record<string, unknown>): { version: number; data: Record<string, unknown> } {
    const m = this.byType.get(type);
    if (!m) return { version, data };
    let v = version;
    let d = data;
    for (let u = m.get(v); u; u = m.get(v)) {
      d = u.upcast(d);
      v++;
    }
    return { version: v, data: d };
  }
}
