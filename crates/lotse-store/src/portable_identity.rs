//! Identity storage written once for both backends: log-in state, two-factor, sessions, invitations, keys and
//! the audit log. Locking for the audit chain and key rotation comes from each backend's `begin_write`.

macro_rules! identity_store {
    ($store:ty, $row:ty) => {
        impl $store {
            fn session_from_row(row: &$row) -> Result<lotse_core::session::Session, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "session");
                let stage: String = row.try_get("stage").map_err(get)?;
                Ok(lotse_core::session::Session {
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    user_id: lotse_core::UserId::from_trusted(row.try_get("user_id").map_err(get)?),
                    stage: lotse_core::session::SessionStage::parse(&stage)
                        .ok_or_else(|| lotse_core::StoreError::Backend(format!("unknown session stage {stage}")))?,
                    csrf_token: row.try_get("csrf_token").map_err(get)?,
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                    last_seen_at: lotse_core::Timestamp(row.try_get("last_seen_at").map_err(get)?),
                    expires_at: lotse_core::Timestamp(row.try_get("expires_at").map_err(get)?),
                })
            }

            fn audit_from_row(row: &$row) -> Result<lotse_core::audit::AuditEntry, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "audit");
                let tenant: Option<String> = row.try_get("tenant_id").map_err(get)?;
                let actor: Option<String> = row.try_get("actor").map_err(get)?;
                Ok(lotse_core::audit::AuditEntry {
                    seq: row.try_get("seq").map_err(get)?,
                    at: lotse_core::Timestamp(row.try_get("at").map_err(get)?),
                    tenant_id: tenant.map(lotse_core::TenantId::from_trusted),
                    actor: actor.map(lotse_core::UserId::from_trusted),
                    action: row.try_get("action").map_err(get)?,
                    entity_type: row.try_get("entity_type").map_err(get)?,
                    entity_id: row.try_get("entity_id").map_err(get)?,
                    purpose: row.try_get("purpose").map_err(get)?,
                    detail: row.try_get("detail").map_err(get)?,
                    prev_hash: row.try_get("prev_hash").map_err(get)?,
                    hash: row.try_get("hash").map_err(get)?,
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::AccountStore for $store {
        async fn login_record(
            &self,
            email: &lotse_core::Email,
        ) -> Result<lotse_core::user::LoginRecord, lotse_core::StoreError> {
            use sqlx::Row;
            let row = sqlx::query(
                "SELECT id, tenant_id, email, display_name, role, active, totp_enabled, created_at, password_hash, \
                 failed_logins, locked_until, totp_secret, totp_last_step FROM users WHERE email = $1",
            )
            .bind(email.as_str())
            .fetch_one(&self.pool)
            .await
            .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
            let get = |e| $crate::errors::map_sqlx(e, "user");
            let locked: Option<i64> = row.try_get("locked_until").map_err(get)?;
            Ok(lotse_core::user::LoginRecord {
                user: Self::user_from_row(&row)?,
                password_hash: lotse_core::password::PasswordHashString(row.try_get("password_hash").map_err(get)?),
                failed_logins: row.try_get("failed_logins").map_err(get)?,
                locked_until: locked.map(lotse_core::Timestamp),
                totp_secret_sealed: row.try_get("totp_secret").map_err(get)?,
                totp_last_step: row.try_get("totp_last_step").map_err(get)?,
            })
        }

        async fn record_login_failure(
            &self,
            tenant: &lotse_core::TenantId,
            user: &lotse_core::UserId,
            failed_logins: i64,
            locked_until: Option<lotse_core::Timestamp>,
        ) -> Result<(), lotse_core::StoreError> {
            sqlx::query("UPDATE users SET failed_logins = $1, locked_until = $2 WHERE tenant_id = $3 AND id = $4")
                .bind(failed_logins)
                .bind(locked_until.map(|t| t.as_millis()))
                .bind(tenant.as_str())
                .bind(user.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
            Ok(())
        }

        async fn reset_login_failures(
            &self,
            tenant: &lotse_core::TenantId,
            user: &lotse_core::UserId,
        ) -> Result<(), lotse_core::StoreError> {
            sqlx::query(
                "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE tenant_id = $1 AND id = $2 \
                 AND (failed_logins <> 0 OR locked_until IS NOT NULL)",
            )
            .bind(tenant.as_str())
            .bind(user.as_str())
            .execute(&self.pool)
            .await
            .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
            Ok(())
        }

        async fn update_user(
            &self,
            tenant: &lotse_core::TenantId,
            user: &lotse_core::UserId,
            change: &lotse_core::user::UserChange,
        ) -> Result<lotse_core::user::User, lotse_core::StoreError> {
            let done = sqlx::query(
                "UPDATE users SET role = COALESCE($1, role), active = COALESCE($2, active), \
                 display_name = COALESCE($3, display_name) WHERE tenant_id = $4 AND id = $5",
            )
            .bind(change.role.map(|r| r.as_str()))
            .bind(change.active.map(i64::from))
            .bind(change.display_name.as_deref())
            .bind(tenant.as_str())
            .bind(user.as_str())
            .execute(&self.pool)
            .await
            .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
            if done.rows_affected() == 0 {
                return Err(lotse_core::StoreError::NotFound);
            }
            lotse_core::store::UserStore::user(self, tenant, user).await
        }

        async fn set_password(
            &self,
            tenant: &lotse_core::TenantId,
            user: &lotse_core::UserId,
            hash: &lotse_core::password::PasswordHashString,
        ) -> Result<(), lotse_core::StoreError> {
            let done = sqlx::query(
                "UPDATE users SET password_hash = $1, failed_logins = 0, locked_until = NULL \
                 WHERE tenant_id = $2 AND id = $3",
            )
            .bind(hash.0.as_str())
            .bind(tenant.as_str())
            .bind(user.as_str())
            .execute(&self.pool)
            .await
            .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
            if done.rows_affected() == 0 {
                return Err(lotse_core::StoreError::NotFound);
            }
            Ok(())
        }

        async fn set_totp(
            &self,
            tenant: &lotse_core::TenantId,
            user: &lotse_core::UserId,
            sealed_secret: Option<&[u8]>,
            enabled: bool,
        ) -> Result<(), lotse_core::StoreError> {
            let done = sqlx::query(
                "UPDATE users SET totp_secret = $1, totp_enabled = $2, totp_last_step = CASE WHEN $2 = 0 THEN 0 \
                 ELSE totp_last_step END WHERE tenant_id = $3 AND id = $4",
            )
            .bind(sealed_secret.map(<[u8]>::to_vec))
            .bind(i64::from(enabled))
            .bind(tenant.as_str())
            .bind(user.as_str())
            .execute(&self.pool)
            .await
            .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
            if done.rows_affected() == 0 {
                return Err(lotse_core::StoreError::NotFound);
            }
            if sealed_secret.is_none() {
                sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                    .bind(user.as_str())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
            }
            Ok(())
        }

        async fn totp_state(
            &self,
            tenant: &lotse_core::TenantId,
            user: &lotse_core::UserId,
        ) -> Result<(Option<Vec<u8>>, bool, i64), lotse_core::StoreError> {
            use sqlx::Row;
            let row = sqlx::query(
                "SELECT totp_secret, totp_enabled, totp_last_step FROM users WHERE tenant_id = $1 AND id = $2",
            )
            .bind(tenant.as_str())
            .bind(user.as_str())
            .fetch_one(&self.pool)
            .await
            .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
            let get = |e| $crate::errors::map_sqlx(e, "user");
            Ok((
                row.try_get("totp_secret").map_err(get)?,
                row.try_get::<i64, _>("totp_enabled").map_err(get)? != 0,
                row.try_get("totp_last_step").map_err(get)?,
            ))
        }

        async fn use_totp_step(
            &self,
            tenant: &lotse_core::TenantId,
            user: &lotse_core::UserId,
            step: i64,
        ) -> Result<bool, lotse_core::StoreError> {
            let done = sqlx::query(
                "UPDATE users SET totp_last_step = $1 WHERE tenant_id = $2 AND id = $3 AND totp_last_step < $1",
            )
            .bind(step)
            .bind(tenant.as_str())
            .bind(user.as_str())
            .execute(&self.pool)
            .await
            .map_err(|e| $crate::errors::map_sqlx(e, "user"))?;
            Ok(done.rows_affected() == 1)
        }

        async fn replace_recovery_codes(
            &self,
            tenant: &lotse_core::TenantId,
            user: &lotse_core::UserId,
            digests: &[String],
        ) -> Result<(), lotse_core::StoreError> {
            let map = |e| $crate::errors::map_sqlx(e, "recovery_code");
            let mut tx = self.pool.begin().await.map_err(map)?;
            let owner: Option<String> = sqlx::query_scalar("SELECT id FROM users WHERE tenant_id = $1 AND id = $2")
                .bind(tenant.as_str())
                .bind(user.as_str())
                .fetch_optional(&mut *tx)
                .await
                .map_err(map)?;
            if owner.is_none() {
                return Err(lotse_core::StoreError::NotFound);
            }
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                .bind(user.as_str())
                .execute(&mut *tx)
                .await
                .map_err(map)?;
            for digest in digests {
                sqlx::query("INSERT INTO recovery_codes (user_id, code_digest) VALUES ($1, $2)")
                    .bind(user.as_str())
                    .bind(digest.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
            }
            tx.commit().await.map_err(map)
        }

        async fn use_recovery_code(
            &self,
            tenant: &lotse_core::TenantId,
            user: &lotse_core::UserId,
            digest: &str,
            now: lotse_core::Timestamp,
        ) -> Result<bool, lotse_core::StoreError> {
            let done = sqlx::query(
                "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_digest = $3 AND used_at IS NULL \
                 AND user_id IN (SELECT id FROM users WHERE tenant_id = $4)",
            )
            .bind(now.as_millis())
            .bind(user.as_str())
            .bind(digest)
            .bind(tenant.as_str())
            .execute(&self.pool)
            .await
            .map_err(|e| $crate::errors::map_sqlx(e, "recovery_code"))?;
            Ok(done.rows_affected() == 1)
        }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::SessionStore for $store {
            async fn create_session(
                &self,
                digest: &str,
                session: &lotse_core::session::Session,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query(
                    "INSERT INTO sessions (id_digest, tenant_id, user_id, stage, csrf_token, created_at, last_seen_at, \
                     expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(digest)
                .bind(session.tenant_id.as_str())
                .bind(session.user_id.as_str())
                .bind(session.stage.as_str())
                .bind(session.csrf_token.as_str())
                .bind(session.created_at.as_millis())
                .bind(session.last_seen_at.as_millis())
                .bind(session.expires_at.as_millis())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "session"))?;
                Ok(())
            }

            async fn session(&self, digest: &str) -> Result<lotse_core::session::Session, lotse_core::StoreError> {
                let row = sqlx::query(
                    "SELECT tenant_id, user_id, stage, csrf_token, created_at, last_seen_at, expires_at \
                     FROM sessions WHERE id_digest = $1",
                )
                .bind(digest)
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "session"))?;
                Self::session_from_row(&row)
            }

            async fn touch_session(&self, digest: &str, now: lotse_core::Timestamp) -> Result<(), lotse_core::StoreError> {
                sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_digest = $2")
                    .bind(now.as_millis())
                    .bind(digest)
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "session"))?;
                Ok(())
            }

            async fn set_session_stage(
                &self,
                digest: &str,
                stage: lotse_core::session::SessionStage,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query("UPDATE sessions SET stage = $1 WHERE id_digest = $2")
                    .bind(stage.as_str())
                    .bind(digest)
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "session"))?;
                Ok(())
            }

            async fn delete_session(&self, digest: &str) -> Result<(), lotse_core::StoreError> {
                sqlx::query("DELETE FROM sessions WHERE id_digest = $1")
                    .bind(digest)
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "session"))?;
                Ok(())
            }

            async fn delete_user_sessions(
                &self,
                tenant: &lotse_core::TenantId,
                user: &lotse_core::UserId,
            ) -> Result<u64, lotse_core::StoreError> {
                let done = sqlx::query("DELETE FROM sessions WHERE tenant_id = $1 AND user_id = $2")
                    .bind(tenant.as_str())
                    .bind(user.as_str())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "session"))?;
                Ok(done.rows_affected())
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::InviteStore for $store {
            async fn create_invite(
                &self,
                digest: &str,
                invite: &lotse_core::store::Invite,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO invites (token_digest, tenant_id, user_id, created_at, expires_at) \
                     SELECT $1, tenant_id, id, $2, $3 FROM users WHERE tenant_id = $4 AND id = $5",
                )
                .bind(digest)
                .bind(now.as_millis())
                .bind(invite.expires_at.as_millis())
                .bind(invite.tenant_id.as_str())
                .bind(invite.user_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "invite"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn invite(&self, digest: &str) -> Result<lotse_core::store::Invite, lotse_core::StoreError> {
                use sqlx::Row;
                let row = sqlx::query("SELECT tenant_id, user_id, expires_at, used_at FROM invites WHERE token_digest = $1")
                    .bind(digest)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "invite"))?;
                let get = |e| $crate::errors::map_sqlx(e, "invite");
                let used: Option<i64> = row.try_get("used_at").map_err(get)?;
                Ok(lotse_core::store::Invite {
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    user_id: lotse_core::UserId::from_trusted(row.try_get("user_id").map_err(get)?),
                    expires_at: lotse_core::Timestamp(row.try_get("expires_at").map_err(get)?),
                    used_at: used.map(lotse_core::Timestamp),
                })
            }

            async fn use_invite(&self, digest: &str, now: lotse_core::Timestamp) -> Result<bool, lotse_core::StoreError> {
                let done = sqlx::query("UPDATE invites SET used_at = $1 WHERE token_digest = $2 AND used_at IS NULL")
                    .bind(now.as_millis())
                    .bind(digest)
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "invite"))?;
                Ok(done.rows_affected() == 1)
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::KeyStore for $store {
            async fn tenant_key(
                &self,
                tenant: &lotse_core::TenantId,
            ) -> Result<lotse_core::store::WrappedKey, lotse_core::StoreError> {
                use sqlx::Row;
                let row = sqlx::query("SELECT master_key_id, wrapped FROM tenant_keys WHERE tenant_id = $1")
                    .bind(tenant.as_str())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "tenant_key"))?;
                let get = |e| $crate::errors::map_sqlx(e, "tenant_key");
                Ok(lotse_core::store::WrappedKey {
                    master_key_id: row.try_get("master_key_id").map_err(get)?,
                    wrapped: row.try_get("wrapped").map_err(get)?,
                })
            }

            async fn put_tenant_key(
                &self,
                tenant: &lotse_core::TenantId,
                key: &lotse_core::store::WrappedKey,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query("INSERT INTO tenant_keys (tenant_id, master_key_id, wrapped, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(tenant.as_str())
                    .bind(key.master_key_id.as_str())
                    .bind(key.wrapped.as_slice())
                    .bind(now.as_millis())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "tenant_key"))?;
                Ok(())
            }

            async fn all_tenant_keys(
                &self,
            ) -> Result<Vec<(lotse_core::TenantId, lotse_core::store::WrappedKey)>, lotse_core::StoreError> {
                use sqlx::Row;
                let rows = sqlx::query("SELECT tenant_id, master_key_id, wrapped FROM tenant_keys ORDER BY tenant_id")
                    .fetch_all(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "tenant_key"))?;
                let get = |e| $crate::errors::map_sqlx(e, "tenant_key");
                rows.iter()
                    .map(|row| {
                        Ok((
                            lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                            lotse_core::store::WrappedKey {
                                master_key_id: row.try_get("master_key_id").map_err(get)?,
                                wrapped: row.try_get("wrapped").map_err(get)?,
                            },
                        ))
                    })
                    .collect()
            }

            async fn rewrap_tenant_keys(
                &self,
                keys: &[(lotse_core::TenantId, lotse_core::store::WrappedKey)],
            ) -> Result<(), lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "tenant_key");
                let mut tx = self.begin_write().await?;
                for (tenant, key) in keys {
                    let done = sqlx::query("UPDATE tenant_keys SET master_key_id = $1, wrapped = $2 WHERE tenant_id = $3")
                        .bind(key.master_key_id.as_str())
                        .bind(key.wrapped.as_slice())
                        .bind(tenant.as_str())
                        .execute(&mut *tx)
                        .await
                        .map_err(map)?;
                    if done.rows_affected() != 1 {
                        return Err(lotse_core::StoreError::NotFound);
                    }
                }
                tx.commit().await.map_err(map)
            }

            async fn create_data_key(
                &self,
                tenant: &lotse_core::TenantId,
                id: &str,
                wrapped: &[u8],
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query("INSERT INTO data_keys (id, tenant_id, wrapped, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(id)
                    .bind(tenant.as_str())
                    .bind(wrapped)
                    .bind(now.as_millis())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "data_key"))?;
                Ok(())
            }

            async fn data_key(
                &self,
                tenant: &lotse_core::TenantId,
                id: &str,
            ) -> Result<Option<Vec<u8>>, lotse_core::StoreError> {
                let wrapped: Option<Vec<u8>> =
                    sqlx::query_scalar("SELECT wrapped FROM data_keys WHERE tenant_id = $1 AND id = $2")
                        .bind(tenant.as_str())
                        .bind(id)
                        .fetch_one(&self.pool)
                        .await
                        .map_err(|e| $crate::errors::map_sqlx(e, "data_key"))?;
                Ok(wrapped)
            }

            async fn destroy_data_key(
                &self,
                tenant: &lotse_core::TenantId,
                id: &str,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE data_keys SET wrapped = NULL, destroyed_at = $1 WHERE tenant_id = $2 AND id = $3",
                )
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "data_key"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::AuditStore for $store {
            async fn append_audit(
                &self,
                event: &lotse_core::audit::AuditEvent,
                at: lotse_core::Timestamp,
            ) -> Result<lotse_core::audit::AuditEntry, lotse_core::StoreError> {
                use sqlx::Row;
                let map = |e| $crate::errors::map_sqlx(e, "audit");
                let mut tx = self.begin_write().await?;
                let last = sqlx::query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(map)?;
                let (seq, prev_hash) = match last {
                    Some(row) => (row.try_get::<i64, _>("seq").map_err(map)? + 1, row.try_get::<String, _>("hash").map_err(map)?),
                    None => (1, lotse_core::audit::GENESIS_HASH.to_string()),
                };
                let hash = lotse_core::audit::entry_hash(seq, at, event, &prev_hash);
                sqlx::query(
                    "INSERT INTO audit_log (seq, at, tenant_id, actor, action, entity_type, entity_id, purpose, detail, \
                     prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .bind(seq)
                .bind(at.as_millis())
                .bind(event.tenant_id.as_ref().map(|t| t.as_str().to_string()))
                .bind(event.actor.as_ref().map(|u| u.as_str().to_string()))
                .bind(event.action.as_str())
                .bind(event.entity_type.as_str())
                .bind(event.entity_id.as_str())
                .bind(event.purpose.as_str())
                .bind(event.detail.as_str())
                .bind(prev_hash.as_str())
                .bind(hash.as_str())
                .execute(&mut *tx)
                .await
                .map_err(map)?;
                tx.commit().await.map_err(map)?;
                Ok(lotse_core::audit::AuditEntry {
                    seq,
                    at,
                    tenant_id: event.tenant_id.clone(),
                    actor: event.actor.clone(),
                    action: event.action.clone(),
                    entity_type: event.entity_type.clone(),
                    entity_id: event.entity_id.clone(),
                    purpose: event.purpose.clone(),
                    detail: event.detail.clone(),
                    prev_hash,
                    hash,
                })
            }

            async fn list_audit(
                &self,
                tenant: &lotse_core::TenantId,
                filter: &lotse_core::store::AuditFilter,
                page: lotse_core::PageRequest,
            ) -> Result<lotse_core::Page<lotse_core::audit::AuditEntry>, lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "audit");
                // Every filter is optional: a NULL parameter disables its condition.
                const WHERE: &str = "WHERE tenant_id = $1 AND ($2 IS NULL OR actor = $2) \
                     AND ($3 IS NULL OR action = $3 OR action LIKE $3 || '.%') AND ($4 IS NULL OR entity_type = $4) \
                     AND ($5 IS NULL OR entity_id = $5) AND ($6 IS NULL OR at >= $6) AND ($7 IS NULL OR at < $7)";
                let actor = filter.actor.as_ref().map(|a| a.as_str().to_string());
                let from = filter.from.map(|t| t.as_millis());
                let to = filter.to.map(|t| t.as_millis());
                let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM audit_log {WHERE}")))
                    .bind(tenant.as_str())
                    .bind(actor.clone())
                    .bind(filter.action_prefix.clone())
                    .bind(filter.entity_type.clone())
                    .bind(filter.entity_id.clone())
                    .bind(from)
                    .bind(to)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(map)?;
                let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "SELECT * FROM audit_log {WHERE} ORDER BY seq DESC LIMIT $8 OFFSET $9"
                )))
                .bind(tenant.as_str())
                .bind(actor)
                .bind(filter.action_prefix.clone())
                .bind(filter.entity_type.clone())
                .bind(filter.entity_id.clone())
                .bind(from)
                .bind(to)
                .bind($crate::errors::to_i64(page.limit))
                .bind($crate::errors::to_i64(page.offset))
                .fetch_all(&self.pool)
                .await
                .map_err(map)?;
                Ok(lotse_core::Page {
                    items: rows.iter().map(Self::audit_from_row).collect::<Result<_, _>>()?,
                    total: $crate::errors::to_u64(total),
                    offset: page.offset,
                    limit: page.limit,
                })
            }

            async fn audit_after(
                &self,
                after: i64,
                limit: u32,
            ) -> Result<Vec<lotse_core::audit::AuditEntry>, lotse_core::StoreError> {
                let rows = sqlx::query("SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2")
                    .bind(after)
                    .bind($crate::errors::to_i64(limit))
                    .fetch_all(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "audit"))?;
                rows.iter().map(Self::audit_from_row).collect()
            }

            async fn audit_count(&self) -> Result<u64, lotse_core::StoreError> {
                let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "audit"))?;
                Ok($crate::errors::to_u64(total))
            }
        }
    };
}

pub(crate) use identity_store;
