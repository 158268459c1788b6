//! SQL that is the same on SQLite and PostgreSQL, written once. The macro expands the same method bodies for
//! each backend's typed pool, so there is no `Any` driver and each backend keeps its native types.

macro_rules! portable_store {
    ($store:ty, $row:ty, $backend:literal) => {
        impl $store {
            fn tenant_from_row(row: &$row) -> Result<lotse_core::tenant::Tenant, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "tenant");
                Ok(lotse_core::tenant::Tenant {
                    id: lotse_core::TenantId::from_trusted(row.try_get("id").map_err(get)?),
                    name: row.try_get("name").map_err(get)?,
                    require_two_factor: row.try_get::<i64, _>("require_two_factor").map_err(get)? != 0,
                    retention_days: row.try_get("retention_days").map_err(get)?,
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                })
            }

            fn user_from_row(row: &$row) -> Result<lotse_core::user::User, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "user");
                let role: String = row.try_get("role").map_err(get)?;
                let active: i64 = row.try_get("active").map_err(get)?;
                Ok(lotse_core::user::User {
                    id: lotse_core::UserId::from_trusted(row.try_get("id").map_err(get)?),
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    email: lotse_core::Email::from_trusted(row.try_get("email").map_err(get)?),
                    display_name: row.try_get("display_name").map_err(get)?,
                    role: lotse_core::Role::parse(&role).map_err(|e| lotse_core::StoreError::Backend(e.to_string()))?,
                    active: active != 0,
                    two_factor_enabled: row.try_get::<i64, _>("totp_enabled").map_err(get)? != 0,
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                })
            }

            fn token_from_row(row: &$row) -> Result<lotse_core::store::ApiTokenInfo, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "token");
                let last_used: Option<i64> = row.try_get("last_used_at").map_err(get)?;
                let revoked: Option<i64> = row.try_get("revoked_at").map_err(get)?;
                Ok(lotse_core::store::ApiTokenInfo {
                    id: lotse_core::TokenId::from_trusted(row.try_get("id").map_err(get)?),
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    user_id: lotse_core::UserId::from_trusted(row.try_get("user_id").map_err(get)?),
                    label: row.try_get("label").map_err(get)?,
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                    last_used_at: last_used.map(lotse_core::Timestamp),
                    revoked_at: revoked.map(lotse_core::Timestamp),
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::TenantStore for $store {
            async fn create_tenant(
                &self,
                name: &lotse_core::tenant::TenantName,
                now: lotse_core::Timestamp,
            ) -> Result<lotse_core::tenant::Tenant, lotse_core::StoreError> {
                let id = lotse_core::TenantId::generate();
                sqlx::query("INSERT INTO tenants (id, name, created_at) VALUES ($1, $2, $3)")
                    .bind(id.as_str())
                    .bind(name.as_str())
                    .bind(now.as_millis())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "tenant_name"))?;
                Ok(lotse_core::tenant::Tenant {
                    id,
                    name: name.as_str().to_string(),
                    require_two_factor: true,
                    retention_days: 1095,
                    created_at: now,
                })
            }

            async fn tenant(
                &self,
                id: &lotse_core::TenantId,
            ) -> Result<lotse_core::tenant::Tenant, lotse_core::StoreError> {
                let row = sqlx::query("SELECT id, name, require_two_factor, retention_days, created_at FROM tenants WHERE id = $1")
                    .bind(id.as_str())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "tenant"))?;
                Self::tenant_from_row(&row)
            }

            async fn update_tenant(
                &self,
                id: &lotse_core::TenantId,
                name: &lotse_core::tenant::TenantName,
                require_two_factor: bool,
            ) -> Result<lotse_core::tenant::Tenant, lotse_core::StoreError> {
                let done = sqlx::query("UPDATE tenants SET name = $1, require_two_factor = $2 WHERE id = $3")
                    .bind(name.as_str())
                    .bind(i64::from(require_two_factor))
                    .bind(id.as_str())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "tenant_name"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                lotse_core::store::TenantStore::tenant(self, id).await
            }

            async fn list_tenants(
                &self,
                page: lotse_core::PageRequest,
            ) -> Result<lotse_core::Page<lotse_core::tenant::Tenant>, lotse_core::StoreError> {
                let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tenants")
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "tenant"))?;
                let rows = sqlx::query(
                    "SELECT id, name, require_two_factor, retention_days, created_at FROM tenants ORDER BY name, id LIMIT $1 OFFSET $2",
                )
                .bind($crate::errors::to_i64(page.limit))
                .bind($crate::errors::to_i64(page.offset))
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "tenant"))?;
                Ok(lotse_core::Page {
                    items: rows.iter().map(Self::tenant_from_row).collect::<Result<_, _>>()?,
                    total: $crate::errors::to_u64(total),
                    offset: page.offset,
                    limit: page.limit,
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::UserStore for $store {
            async fn create_user(
                &self,
                user: &lotse_core::user::NewUser,
                now: lotse_core::Timestamp,
            ) -> Result<lotse_core::user::User, lotse_core::StoreError> {
                let id = lotse_core::UserId::generate();
                sqlx::query(
                    "INSERT INTO users (id, tenant_id, email, display_name, role, password_hash, active, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, 1, $7)",
                )
                .bind(id.as_str())
                .bind(user.tenant_id.as_str())
                .bind(user.email.as_str())
                .bind(user.display_name.as_str())
                .bind(user.role.as_str())
                .bind(user.password_hash.0.as_str())
                .bind(now.as_millis())
                .execute(&self.pool)
                .await
                .map_err(|e| match e {
                    sqlx::Error::Database(ref db) if db.is_foreign_key_violation() => lotse_core::StoreError::NotFound,
                    other => $crate::errors::map_sqlx(other, "email"),
                })?;
                Ok(lotse_core::user::User {
                    id,
                    tenant_id: user.tenant_id.clone(),
                    email: user.email.clone(),
                    display_name: user.display_name.clone(),
                    role: user.role,
                    active: true,
                    two_factor_enabled: false,
                    created_at: now,
                })
            }

            async fn user(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::UserId,
            ) -> Result<lotse_core::user::User, lotse_core::StoreError> {
                let row = sqlx::query(
                    "SELECT id, tenant_id, email, display_name, role, active, totp_enabled, created_at FROM users \
                     WHERE tenant_id = $1 AND id = $2",
                )
                .bind(tenant.as_str())
                .bind(id.as_str())
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
                Self::user_from_row(&row)
            }

            async fn user_by_email(
                &self,
                email: &lotse_core::Email,
            ) -> Result<(lotse_core::user::User, lotse_core::password::PasswordHashString), lotse_core::StoreError>
            {
                use sqlx::Row;
                let row = sqlx::query(
                    "SELECT id, tenant_id, email, display_name, role, active, totp_enabled, created_at, password_hash \
                     FROM users WHERE email = $1",
                )
                .bind(email.as_str())
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
                let hash: String = row.try_get("password_hash").map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
                Ok((Self::user_from_row(&row)?, lotse_core::password::PasswordHashString(hash)))
            }

            async fn list_users(
                &self,
                tenant: &lotse_core::TenantId,
                page: lotse_core::PageRequest,
            ) -> Result<lotse_core::Page<lotse_core::user::User>, lotse_core::StoreError> {
                let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE tenant_id = $1")
                    .bind(tenant.as_str())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
                let rows = sqlx::query(
                    "SELECT id, tenant_id, email, display_name, role, active, totp_enabled, created_at FROM users \
                     WHERE tenant_id = $1 ORDER BY email LIMIT $2 OFFSET $3",
                )
                .bind(tenant.as_str())
                .bind($crate::errors::to_i64(page.limit))
                .bind($crate::errors::to_i64(page.offset))
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
                Ok(lotse_core::Page {
                    items: rows.iter().map(Self::user_from_row).collect::<Result<_, _>>()?,
                    total: $crate::errors::to_u64(total),
                    offset: page.offset,
                    limit: page.limit,
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::TokenStore for $store {
            async fn create_token(
                &self,
                tenant: &lotse_core::TenantId,
                user: &lotse_core::UserId,
                label: &str,
                digest: &lotse_core::secret_token::TokenDigest,
                now: lotse_core::Timestamp,
            ) -> Result<lotse_core::store::ApiTokenInfo, lotse_core::StoreError> {
                let id = lotse_core::TokenId::generate();
                // The user must belong to the tenant; the INSERT … SELECT makes that one atomic check.
                let inserted = sqlx::query(
                    "INSERT INTO api_tokens (id, tenant_id, user_id, label, token_digest, created_at) \
                     SELECT $1, tenant_id, id, $2, $3, $4 FROM users WHERE tenant_id = $5 AND id = $6",
                )
                .bind(id.as_str())
                .bind(label)
                .bind(digest.0.as_str())
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(user.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "token"))?;
                if inserted.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(lotse_core::store::ApiTokenInfo {
                    id,
                    tenant_id: tenant.clone(),
                    user_id: user.clone(),
                    label: label.to_string(),
                    created_at: now,
                    last_used_at: None,
                    revoked_at: None,
                })
            }

            async fn authenticate_token(
                &self,
                digest: &lotse_core::secret_token::TokenDigest,
                now: lotse_core::Timestamp,
            ) -> Result<lotse_core::store::TokenOwner, lotse_core::StoreError> {
                let row = sqlx::query(
                    "SELECT id, tenant_id, user_id, label, created_at, last_used_at, revoked_at \
                     FROM api_tokens WHERE token_digest = $1 AND revoked_at IS NULL",
                )
                .bind(digest.0.as_str())
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "token"))?;
                let token = Self::token_from_row(&row)?;
                let user = lotse_core::store::UserStore::user(self, &token.tenant_id, &token.user_id).await?;
                if !user.active {
                    return Err(lotse_core::StoreError::NotFound);
                }
                // Record use at most once a minute, so reads do not turn into a write each.
                let stale = token.last_used_at.is_none_or(|t| now.as_millis() - t.as_millis() >= 60_000);
                if stale {
                    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                        .bind(now.as_millis())
                        .bind(token.id.as_str())
                        .execute(&self.pool)
                        .await
                        .map_err(|e| $crate::errors::map_sqlx(e, "token"))?;
                }
                Ok(lotse_core::store::TokenOwner { token_id: token.id, user })
            }

            async fn revoke_token(
                &self,
                tenant: &lotse_core::TenantId,
                owner: Option<&lotse_core::UserId>,
                id: &lotse_core::TokenId,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE api_tokens SET revoked_at = $1 WHERE tenant_id = $2 AND id = $3 AND revoked_at IS NULL AND ($4 IS NULL OR user_id = $4)",
                )
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(id.as_str())
                .bind(owner.map(|o| o.as_str().to_string()))
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "token"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::HealthCheck for $store {
            async fn ping(&self) -> Result<(), lotse_core::StoreError> {
                let one: i64 = sqlx::query_scalar("SELECT CAST(1 AS BIGINT)")
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "ping"))?;
                if one == 1 {
                    Ok(())
                } else {
                    Err(lotse_core::StoreError::Backend("ping returned an unexpected value".into()))
                }
            }

            fn backend_name(&self) -> &'static str {
                $backend
            }

            async fn close(&self) {
                self.pool.close().await;
            }
        }
    };
}

pub(crate) use portable_store;
