//! Clients and consents, written once for both backends.

macro_rules! client_store {
    ($store:ty, $row:ty) => {
        impl $store {
            fn client_from_row(row: &$row) -> Result<lotse_core::client::StoredClient, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "client");
                let languages: String = row.try_get("languages").map_err(get)?;
                let created_by: Option<String> = row.try_get("created_by").map_err(get)?;
                let erased: Option<i64> = row.try_get("erased_at").map_err(get)?;
                Ok(lotse_core::client::StoredClient {
                    client: lotse_core::client::Client {
                        id: lotse_core::ClientId::from_trusted(row.try_get("id").map_err(get)?),
                        tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                        alias: row.try_get("alias").map_err(get)?,
                        languages: languages.split(',').filter(|l| !l.is_empty()).map(str::to_string).collect(),
                        data_key_id: row.try_get("data_key_id").map_err(get)?,
                        created_by: created_by.map(lotse_core::UserId::from_trusted),
                        created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                        updated_at: lotse_core::Timestamp(row.try_get("updated_at").map_err(get)?),
                        erased_at: erased.map(lotse_core::Timestamp),
                    },
                    sealed_profile: row.try_get("sealed").map_err(get)?,
                })
            }

            fn consent_from_row(row: &$row) -> Result<lotse_core::client::Consent, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "consent");
                let purpose: String = row.try_get("purpose").map_err(get)?;
                let basis: String = row.try_get("legal_basis").map_err(get)?;
                let withdrawn: Option<i64> = row.try_get("withdrawn_at").map_err(get)?;
                let bad = |what: &str| lotse_core::StoreError::Backend(format!("unknown {what} in consents"));
                Ok(lotse_core::client::Consent {
                    id: row.try_get("id").map_err(get)?,
                    client_id: lotse_core::ClientId::from_trusted(row.try_get("client_id").map_err(get)?),
                    purpose: lotse_core::client::ConsentPurpose::parse(&purpose).ok_or_else(|| bad("purpose"))?,
                    legal_basis: lotse_core::client::LegalBasis::parse(&basis).ok_or_else(|| bad("legal basis"))?,
                    form_version: row.try_get("form_version").map_err(get)?,
                    language: row.try_get("language").map_err(get)?,
                    given_at: lotse_core::Timestamp(row.try_get("given_at").map_err(get)?),
                    withdrawn_at: withdrawn.map(lotse_core::Timestamp),
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::ClientStore for $store {
            async fn create_client(
                &self,
                client: &lotse_core::client::Client,
                sealed_profile: Option<&[u8]>,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query(
                    "INSERT INTO clients (id, tenant_id, alias, languages, data_key_id, sealed, created_by, created_at, \
                     updated_at) SELECT $1, $2, $3, $4, id, $5, $6, $7, $7 FROM data_keys WHERE tenant_id = $2 AND id = $8",
                )
                .bind(client.id.as_str())
                .bind(client.tenant_id.as_str())
                .bind(client.alias.as_str())
                .bind(client.languages.join(","))
                .bind(sealed_profile.map(<[u8]>::to_vec))
                .bind(client.created_by.as_ref().map(|u| u.as_str().to_string()))
                .bind(client.created_at.as_millis())
                .bind(client.data_key_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "client"))
                .and_then(|done| if done.rows_affected() == 1 { Ok(()) } else { Err(lotse_core::StoreError::NotFound) })
            }

            async fn update_client_profile(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::ClientId,
                sealed_profile: &[u8],
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE clients SET sealed = $1, updated_at = $2 WHERE tenant_id = $3 AND id = $4 AND erased_at IS NULL",
                )
                .bind(sealed_profile)
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "client"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn client(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::ClientId,
            ) -> Result<lotse_core::client::StoredClient, lotse_core::StoreError> {
                let row = sqlx::query("SELECT * FROM clients WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL")
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "client"))?;
                Self::client_from_row(&row)
            }

            async fn list_clients(
                &self,
                tenant: &lotse_core::TenantId,
                page: lotse_core::PageRequest,
            ) -> Result<lotse_core::Page<lotse_core::client::Client>, lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "client");
                let total: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM clients WHERE tenant_id = $1 AND erased_at IS NULL")
                        .bind(tenant.as_str())
                        .fetch_one(&self.pool)
                        .await
                        .map_err(map)?;
                let rows = sqlx::query(
                    "SELECT * FROM clients WHERE tenant_id = $1 AND erased_at IS NULL ORDER BY created_at DESC, id \
                     LIMIT $2 OFFSET $3",
                )
                .bind(tenant.as_str())
                .bind($crate::errors::to_i64(page.limit))
                .bind($crate::errors::to_i64(page.offset))
                .fetch_all(&self.pool)
                .await
                .map_err(map)?;
                Ok(lotse_core::Page {
                    items: rows.iter().map(|r| Self::client_from_row(r).map(|c| c.client)).collect::<Result<_, _>>()?,
                    total: $crate::errors::to_u64(total),
                    offset: page.offset,
                    limit: page.limit,
                })
            }

            async fn erase_client(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::ClientId,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "client");
                let mut tx = self.pool.begin().await.map_err(map)?;
                let done = sqlx::query(
                    "UPDATE clients SET alias = '', languages = '', sealed = NULL, created_by = NULL, erased_at = $1, \
                     updated_at = $1 WHERE tenant_id = $2 AND id = $3 AND erased_at IS NULL",
                )
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(id.as_str())
                .execute(&mut *tx)
                .await
                .map_err(map)?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                sqlx::query(
                    "UPDATE case_entries SET sealed_text = NULL, sealed_feedback = NULL WHERE tenant_id = $1 AND case_id IN \
                     (SELECT id FROM cases WHERE tenant_id = $1 AND client_id = $2)",
                )
                .bind(tenant.as_str())
                .bind(id.as_str())
                .execute(&mut *tx)
                .await
                .map_err(map)?;
                sqlx::query(
                    "UPDATE case_tasks SET sealed_title = NULL WHERE tenant_id = $1 AND case_id IN \
                     (SELECT id FROM cases WHERE tenant_id = $1 AND client_id = $2)",
                )
                .bind(tenant.as_str())
                .bind(id.as_str())
                .execute(&mut *tx)
                .await
                .map_err(map)?;
                sqlx::query("UPDATE documents SET sealed_name = NULL WHERE tenant_id = $1 AND client_id = $2")
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                sqlx::query("UPDATE cases SET sealed_title = NULL, assigned_to = NULL WHERE tenant_id = $1 AND client_id = $2")
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                sqlx::query("UPDATE consents SET form_version = '', language = '' WHERE tenant_id = $1 AND client_id = $2")
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                // Conversations go entirely: their messages are unreadable without the key, and their existence
                // (when someone wrote, how often) is itself personal.
                for statement in [
                    "DELETE FROM assistant_drafts WHERE tenant_id = $1 AND (client_id = $2 OR conversation_id IN \
                     (SELECT id FROM conversations WHERE tenant_id = $1 AND client_id = $2))",
                    "DELETE FROM assistant_mappings WHERE tenant_id = $1 AND (client_id = $2 OR scope IN \
                     (SELECT id FROM conversations WHERE tenant_id = $1 AND client_id = $2))",
                    "DELETE FROM chat_attachments WHERE tenant_id = $1 AND conversation_id IN \
                     (SELECT id FROM conversations WHERE tenant_id = $1 AND client_id = $2)",
                    "DELETE FROM email_messages WHERE tenant_id = $1 AND conversation_id IN \
                     (SELECT id FROM conversations WHERE tenant_id = $1 AND client_id = $2)",
                    "DELETE FROM chat_sessions WHERE tenant_id = $1 AND conversation_id IN \
                     (SELECT id FROM conversations WHERE tenant_id = $1 AND client_id = $2)",
                    "DELETE FROM chat_messages WHERE tenant_id = $1 AND conversation_id IN \
                     (SELECT id FROM conversations WHERE tenant_id = $1 AND client_id = $2)",
                    "DELETE FROM conversations WHERE tenant_id = $1 AND client_id = $2",
                ] {
                    sqlx::query(statement).bind(tenant.as_str()).bind(id.as_str()).execute(&mut *tx).await.map_err(map)?;
                }
                tx.commit().await.map_err(map)?;
                self.after_erasure().await
            }

            async fn add_consent(
                &self,
                tenant: &lotse_core::TenantId,
                consent: &lotse_core::client::Consent,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO consents (id, tenant_id, client_id, purpose, legal_basis, form_version, language, \
                     given_at) SELECT $1, tenant_id, id, $2, $3, $4, $5, $6 FROM clients \
                     WHERE tenant_id = $7 AND id = $8 AND erased_at IS NULL",
                )
                .bind(consent.id.as_str())
                .bind(consent.purpose.as_str())
                .bind(consent.legal_basis.as_str())
                .bind(consent.form_version.as_str())
                .bind(consent.language.as_str())
                .bind(consent.given_at.as_millis())
                .bind(tenant.as_str())
                .bind(consent.client_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "consent"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn consents(
                &self,
                tenant: &lotse_core::TenantId,
                client: &lotse_core::ClientId,
            ) -> Result<Vec<lotse_core::client::Consent>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT * FROM consents WHERE tenant_id = $1 AND client_id = $2 ORDER BY given_at, id",
                )
                .bind(tenant.as_str())
                .bind(client.as_str())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "consent"))?;
                rows.iter().map(Self::consent_from_row).collect()
            }

            async fn withdraw_consent(
                &self,
                tenant: &lotse_core::TenantId,
                client: &lotse_core::ClientId,
                consent: &str,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE consents SET withdrawn_at = $1 WHERE tenant_id = $2 AND client_id = $3 AND id = $4 \
                     AND withdrawn_at IS NULL",
                )
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(client.as_str())
                .bind(consent)
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "consent"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }
        }
    };
}

pub(crate) use client_store;
