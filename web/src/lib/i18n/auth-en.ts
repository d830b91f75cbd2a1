/**
 * English strings of sign-in methods (single sign-on on the login page and its callback) and
 * My account → sessions, spread into en.ts; zh-CN has the same keys in auth-zh-CN.ts.
 */
export const authEn = {
  'sso.or': 'Or sign in with your company account:',
  'sso.signInWith': 'Sign in with {name}',
  'sso.directoryHint': 'Directory (LDAP) accounts sign in with their directory username and password above.',
  'sso.title': 'Signing you in',
  'sso.finishing': 'Finishing sign-in with your identity provider…',
  'sso.failed': 'Single sign-on failed. Start again from the sign-in page.',
  'sso.refused': 'The identity provider refused the sign-in: {reason}',
  'sso.notStartedHere': 'This sign-in was not started in this browser tab, or was already used. Start again from the sign-in page.',
  'sso.back': 'Back to sign-in',
  'users.source.OIDC': 'Single sign-on',

  'nav.sessions': 'Sessions',
  'sessions.title': 'Sessions',
  'sessions.subtitle': 'Where you are signed in. End a session you do not recognise: it is signed out at once, live pages included.',
  'sessions.count': 'Active sessions: {n}',
  'sessions.col.created': 'Signed in',
  'sessions.col.lastSeen': 'Last active',
  'sessions.col.address': 'Address',
  'sessions.col.userAgent': 'Browser or program',
  'sessions.col.method': 'Method',
  'sessions.ago': '{age} ago',
  'sessions.unknown': 'unknown',
  'sessions.current': 'This session',
  'sessions.revoke': 'Sign out',
  'sessions.ended': 'The session was signed out.',
  'sessions.method.PASSWORD': 'Password',
  'sessions.method.LDAP': 'Directory (LDAP)',
  'sessions.method.OIDC': 'Single sign-on',
};
