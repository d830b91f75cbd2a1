/** What an appstore test starts: a test database, its client and the subgraph over it. */
export interface AppstoreUnderTest {
  stop?: () => Promise<void>;
  prisma?: { $disconnect(): Promise<void> };
  db?: { drop(): Promise<void> };
}

/** Stops the subgraph, then its database client, then drops the database (whatever of them started). */
export async function stopAppstore({ stop, prisma, db }: AppstoreUnderTest): Promise<void> {
  await stop?.();
  await prisma?.$disconnect();
  await db?.drop();
}
