import { test } from 'vitest';
import assert from 'node:assert/strict';
import { en } from '../src/lib/i18n/en.ts';
import { zhCN } from '../src/lib/i18n/zh-CN.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('both languages have every key, no empty strings, and the same placeholders', () => {
  assert.deepEqual(Object.keys(zhCN).sort(), Object.keys(en).sort());
  for (const [key, value] of Object.entries(en)) {
    const zh = zhCN[key as keyof typeof en];
    assert.ok(value.trim() && zh.trim(), `empty string for ${key}`);
    assert.deepEqual(placeholders(zh), placeholders(value), `placeholders differ for ${key}`);
  }
});

test('the Chinese dictionary is actually Chinese for user-facing sentences', () => {
  // Brand names and units may stay Latin; headings and messages must not be copies of English.
  const untranslated = Object.keys(en).filter((k) => {
    const v = zhCN[k as keyof typeof en];
    return v === en[k as keyof typeof en] && /[a-z]{3,}\s+[a-z]{3,}/i.test(v);
  });
  assert.deepEqual(untranslated, []);
});
