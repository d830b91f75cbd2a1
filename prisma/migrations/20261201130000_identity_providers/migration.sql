-- Sign-in through an OpenID provider, group → role mappings, and session details (issue #9).

-- Sessions: where and how they were opened (My account → sessions).
ALTER TABLE "sessions" ADD COLUMN "client_address" TEXT;
ALTER TABLE "sessions" ADD COLUMN "auth_method" TEXT NOT NULL DEFAULT 'password';

-- Users from an OpenID provider: "<issuer> <subject>", the one stable key of a person there.
ALTER TABLE "users" ADD COLUMN "external_id" TEXT;
CREATE UNIQUE INDEX "users_external_id_key" ON "users"("external_id");

-- A sign-in at the OpenID provider under way: state, nonce and PKCE verifier kept server-side,
-- used once (deleted by the callback), valid for minutes.
CREATE TABLE "oidc_logins" (
    "state" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "code_verifier" TEXT NOT NULL,
    "redirect_uri" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "oidc_logins_pkey" PRIMARY KEY ("state")
);
CREATE INDEX "oidc_logins_expires_at_idx" ON "oidc_logins"("expires_at");

-- Grants made by a group → role mapping at sign-in, so the next sign-in can take back exactly
-- those whose group the user left (grants made by hand are never touched).
-- kind: platform | workspace | project; target: '' | workspace name | namespace.
CREATE TABLE "group_grants" (
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_grants_pkey" PRIMARY KEY ("user_id","kind","target")
);
ALTER TABLE "group_grants" ADD CONSTRAINT "group_grants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
