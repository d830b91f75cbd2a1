import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@meridian/core/db';

export interface AlertingInstall {
  /** Labels this install's rules and routes (several installs may share a Prometheus). */
  installId: string;
  /** What Alertmanager presents on the webhook route (Bearer). */
  webhookToken: string;
}

/** This database's install identity, made on first use (a concurrent first use keeps one row). */
export async function loadInstall(prisma: PrismaClient): Promise<AlertingInstall> {
  await prisma.alertingInstall.createMany({
    data: [{ id: 1, installId: randomBytes(6).toString('hex'), webhookToken: randomBytes(32).toString('base64url') }],
    skipDuplicates: true,
  });
  const row = await prisma.alertingInstall.findUniqueOrThrow({ where: { id: 1 } });
  return { installId: row.installId, webhookToken: row.webhookToken };
}
