import { test } from 'vitest';
import assert from 'node:assert/strict';
import { emailProblem, newUserProblems, passwordProblem, usernameProblem } from '../src/features/users/user-rules.ts';

test('usernames: lowercase DNS-1123 labels of 1 to 63 characters', () => {
  for (const ok of ['a', 'alice', 'dev-1', '0day', 'a'.repeat(63)]) assert.equal(usernameProblem(ok), null, ok);
  for (const bad of ['', 'Alice', 'al ice', '-a', 'a-', 'a_b', 'a.b', 'é', 'a'.repeat(64)]) {
    assert.equal(usernameProblem(bad), 'users.rule.username', bad);
  }
});

test('passwords: at least 8 characters with a letter and a digit, and which rule is broken', () => {
  assert.equal(passwordProblem('abcdefg1'), null);
  assert.equal(passwordProblem('密码密码密码密码1'), null, 'letters of any script count');
  assert.equal(passwordProblem('abc1'), 'users.rule.passwordLength');
  assert.equal(passwordProblem('abcdefgh'), 'users.rule.passwordDigit');
  assert.equal(passwordProblem('12345678'), 'users.rule.passwordLetter');
  assert.equal(passwordProblem('a1'.repeat(513)), 'users.rule.passwordTooLong');
});

test('emails and the whole form', () => {
  assert.equal(emailProblem('a@b.io'), null);
  assert.equal(emailProblem(' a@b.io '), null, 'surrounding spaces are trimmed before sending');
  for (const bad of ['', 'a', 'a@b', 'a b@c.io', '@b.io']) assert.equal(emailProblem(bad), 'users.rule.email', bad);
  assert.deepEqual(newUserProblems({ username: 'ok', email: 'ok@example.test', password: 'Secret-2026' }), {});
  assert.deepEqual(newUserProblems({ username: 'No', email: 'x', password: 'short' }), {
    username: 'users.rule.username',
    email: 'users.rule.email',
    password: 'users.rule.passwordLength',
  });
});
