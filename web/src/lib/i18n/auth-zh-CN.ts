import type { authEn } from '@/lib/i18n/auth-en.ts';

/** 登录方式（单点登录按钮与回调页）和“我的账户 → 会话”的简体中文文字；键与 auth-en.ts 完全一致。 */
export const authZhCN: Record<keyof typeof authEn, string> = {
  'sso.or': '或使用企业账号登录：',
  'sso.signInWith': '使用 {name} 登录',
  'sso.directoryHint': '目录（LDAP）账号请在上方输入目录用户名和密码登录。',
  'sso.title': '正在登录',
  'sso.finishing': '正在通过身份提供方完成登录…',
  'sso.failed': '单点登录失败，请回到登录页重新开始。',
  'sso.refused': '身份提供方拒绝了登录：{reason}',
  'sso.notStartedHere': '此登录不是在当前浏览器标签页发起的，或已被使用。请回到登录页重新开始。',
  'sso.back': '返回登录页',
  'users.source.OIDC': '单点登录',

  'nav.sessions': '会话',
  'sessions.title': '会话',
  'sessions.subtitle': '您在这些地方处于登录状态。结束不认识的会话：它会立即退出，包括正在打开的实时页面。',
  'sessions.count': '{n} 个活动会话',
  'sessions.col.created': '登录时间',
  'sessions.col.lastSeen': '最近活动',
  'sessions.col.address': '地址',
  'sessions.col.userAgent': '浏览器或程序',
  'sessions.col.method': '方式',
  'sessions.ago': '{age}前',
  'sessions.unknown': '未知',
  'sessions.current': '当前会话',
  'sessions.revoke': '退出此会话',
  'sessions.ended': '该会话已退出。',
  'sessions.method.PASSWORD': '密码',
  'sessions.method.LDAP': '目录（LDAP）',
  'sessions.method.OIDC': '单点登录',
};
