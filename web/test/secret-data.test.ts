import { describe, it, expect } from 'vitest';
import { base64Bytes, secretEntryViews, secretPanelState } from '../src/features/kinds/secret-data.ts';
import { en } from '../src/lib/i18n/en.ts';
import { zhCN } from '../src/lib/i18n/zh-CN.ts';

const content = {
  type: 'Opaque',
  data: [
    { key: 'password', value: 's3cr3t ünïcode', base64: false },
    { key: 'cert.der', value: Buffer.from([0xff, 0x00, 0xfe, 0x01, 0x80]).toString('base64'), base64: true },
  ],
};

describe('Secret data panel', () => {
  it('shows viewers a note and never values, whatever they asked for', () => {
    expect(secretPanelState({ canEdit: false, revealed: true, forbidden: false, content })).toEqual({ show: 'viewer-note' });
    expect(secretPanelState({ canEdit: false, revealed: false, forbidden: false, content: null })).toEqual({ show: 'viewer-note' });
    // An editor whose role was taken away since the page loaded: the API said FORBIDDEN.
    expect(secretPanelState({ canEdit: true, revealed: true, forbidden: true, content: null })).toEqual({ show: 'viewer-note' });
  });

  it('shows editors values only after Reveal, sorted by key, binary ones as base64 with their size', () => {
    expect(secretPanelState({ canEdit: true, revealed: false, forbidden: false, content })).toEqual({ show: 'reveal' });
    expect(secretPanelState({ canEdit: true, revealed: true, forbidden: false, content: null })).toEqual({ show: 'loading' });
    expect(secretPanelState({ canEdit: true, revealed: true, forbidden: false, content })).toEqual({
      show: 'values',
      type: 'Opaque',
      entries: [
        { key: 'cert.der', text: '/wD+AYA=', binary: true, bytes: 5 },
        { key: 'password', text: 's3cr3t ünïcode', binary: false, bytes: Buffer.byteLength('s3cr3t ünïcode') },
      ],
    });
  });

  it('counts the bytes of base64 text', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 64]) expect(base64Bytes(Buffer.alloc(n, 7).toString('base64'))).toBe(n);
    expect(secretEntryViews([])).toEqual([]);
  });

  it('has the viewer note in both languages', () => {
    expect(en['secret.viewerNote']).toMatch(/may not view secret data/);
    expect(zhCN['secret.viewerNote']).not.toBe(en['secret.viewerNote']);
  });
});
