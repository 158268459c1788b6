//! The assistant's drafts, mappings, conversation flags and portal alerts, written once for both backends.

macro_rules! assistant_store {
    ($store:ty, $row:ty) => {
        impl $store {
            fn draft_from_row(row: &$row) -> Result<lotse_core::assistant::StoredDraft, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "assistant_draft");
                let kind: String = row.try_get("kind").map_err(get)?;
                let status: String = row.try_get("status").map_err(get)?;
                let conversation: Option<String> = row.try_get("conversation_id").map_err(get)?;
                let case: Option<String> = row.try_get("case_id").map_err(get)?;
                let decided_by: Option<String> = row.try_get("decided_by").map_err(get)?;
                let decided_at: Option<i64> = row.try_get("decided_at").map_err(get)?;
                Ok(lotse_core::assistant::StoredDraft {
                    id: lotse_core::DraftId::from_trusted(row.try_get("id").map_err(get)?),
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    client_id: lotse_core::ClientId::from_trusted(row.try_get("client_id").map_err(get)?),
                    conversation_id: conversation.map(lotse_core::ConversationId::from_trusted),
                    case_id: case.map(lotse_core::CaseId::from_trusted),
                    kind: lotse_core::assistant::DraftKind::parse(&kind)
                        .ok_or_else(|| lotse_core::StoreError::Backend("unknown draft kind".into()))?,
                    label: row.try_get("label").map_err(get)?,
                    mode: row.try_get("mode").map_err(get)?,
                    status: lotse_core::assistant::DraftStatus::parse(&status)
                        .ok_or_else(|| lotse_core::StoreError::Backend("unknown draft status".into()))?,
                    sealed: row.try_get("sealed").map_err(get)?,
                    created_by: lotse_core::UserId::from_trusted(row.try_get("created_by").map_err(get)?),
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                    decided_by: decided_by.map(lotse_core::UserId::from_trusted),
                    decided_at: decided_at.map(lotse_core::Timestamp),
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::AssistantStore for $store {
            async fn insert_draft(&self, d: &lotse_core::assistant::StoredDraft) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO assistant_drafts (id, tenant_id, client_id, conversation_id, case_id, kind, label, \
                     mode, status, sealed, created_by, created_at) \
                     SELECT $1, c.tenant_id, c.id, $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM clients c \
                     WHERE c.tenant_id = $11 AND c.id = $12 AND c.erased_at IS NULL \
                     AND ($2 IS NULL OR EXISTS (SELECT 1 FROM conversations v WHERE v.id = $2 AND v.tenant_id = $11)) \
                     AND ($3 IS NULL OR EXISTS (SELECT 1 FROM cases k WHERE k.id = $3 AND k.tenant_id = $11))",
                )
                .bind(d.id.as_str())
                .bind(d.conversation_id.as_ref().map(|c| c.as_str()))
                .bind(d.case_id.as_ref().map(|c| c.as_str()))
                .bind(d.kind.as_str())
                .bind(d.label.as_str())
                .bind(d.mode.as_str())
                .bind(d.status.as_str())
                .bind(d.sealed.as_slice())
                .bind(d.created_by.as_str())
                .bind(d.created_at.as_millis())
                .bind(d.tenant_id.as_str())
                .bind(d.client_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "assistant_draft"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn draft(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::DraftId,
            ) -> Result<lotse_core::assistant::StoredDraft, lotse_core::StoreError> {
                let row = sqlx::query("SELECT * FROM assistant_drafts WHERE tenant_id = $1 AND id = $2")
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "assistant_draft"))?
                    .ok_or(lotse_core::StoreError::NotFound)?;
                Self::draft_from_row(&row)
            }

            async fn decide_draft(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::DraftId,
                status: lotse_core::assistant::DraftStatus,
                by: &lotse_core::UserId,
                at: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE assistant_drafts SET status = $1, decided_by = $2, decided_at = $3 \
                     WHERE tenant_id = $4 AND id = $5 AND status = 'draft'",
                )
                .bind(status.as_str())
                .bind(by.as_str())
                .bind(at.as_millis())
                .bind(tenant.as_str())
                .bind(id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "assistant_draft"))?;
                if done.rows_affected() == 0 {
                    // Either it does not exist or it was decided already.
                    self.draft(tenant, id).await?;
                    return Err(lotse_core::StoreError::Conflict("assistant_draft"));
                }
                Ok(())
            }

            async fn assistant_mapping(
                &self,
                tenant: &lotse_core::TenantId,
                scope: &str,
            ) -> Result<Option<Vec<u8>>, lotse_core::StoreError> {
                use sqlx::Row;
                let row = sqlx::query("SELECT sealed FROM assistant_mappings WHERE tenant_id = $1 AND scope = $2")
                    .bind(tenant.as_str())
                    .bind(scope)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "assistant_mapping"))?;
                match row {
                    Some(r) => Ok(Some(r.try_get("sealed").map_err(|e| $crate::errors::map_sqlx(e, "assistant_mapping"))?)),
                    None => Ok(None),
                }
            }

            async fn put_assistant_mapping(
                &self,
                tenant: &lotse_core::TenantId,
                client: &lotse_core::ClientId,
                scope: &str,
                sealed: &[u8],
                at: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query(
                    "INSERT INTO assistant_mappings (tenant_id, scope, client_id, sealed, updated_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id, scope) DO UPDATE SET \
                     client_id = excluded.client_id, sealed = excluded.sealed, updated_at = excluded.updated_at",
                )
                .bind(tenant.as_str())
                .bind(scope)
                .bind(client.as_str())
                .bind(sealed)
                .bind(at.as_millis())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "assistant_mapping"))?;
                Ok(())
            }

            async fn flag_conversation(
                &self,
                tenant: &lotse_core::TenantId,
                conversation: &lotse_core::ConversationId,
                flag: Option<lotse_core::assistant::ConversationFlag>,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE conversations SET flag = CASE WHEN $1 IS NULL THEN NULL \
                     WHEN flag = 'urgent' THEN 'urgent' ELSE $1 END WHERE tenant_id = $2 AND id = $3",
                )
                .bind(flag.map(|f| f.as_str()))
                .bind(tenant.as_str())
                .bind(conversation.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn add_portal_alert(&self, a: &lotse_core::assistant::PortalAlert) -> Result<(), lotse_core::StoreError> {
                sqlx::query("INSERT INTO assistant_alerts (tenant_id, label, language, at) VALUES ($1, $2, $3, $4)")
                    .bind(a.tenant_id.as_str())
                    .bind(a.label.as_str())
                    .bind(a.language.as_str())
                    .bind(a.at.as_millis())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "assistant_alert"))?;
                Ok(())
            }

            async fn portal_alerts(
                &self,
                tenant: &lotse_core::TenantId,
                since: lotse_core::Timestamp,
                limit: u32,
            ) -> Result<Vec<lotse_core::assistant::PortalAlert>, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "assistant_alert");
                let rows = sqlx::query(
                    "SELECT * FROM assistant_alerts WHERE tenant_id = $1 AND at >= $2 ORDER BY at DESC LIMIT $3",
                )
                .bind(tenant.as_str())
                .bind(since.as_millis())
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await
                .map_err(get)?;
                rows.iter()
                    .map(|r| {
                        Ok(lotse_core::assistant::PortalAlert {
                            tenant_id: lotse_core::TenantId::from_trusted(r.try_get("tenant_id").map_err(get)?),
                            label: r.try_get("label").map_err(get)?,
                            language: r.try_get("language").map_err(get)?,
                            at: lotse_core::Timestamp(r.try_get("at").map_err(get)?),
                        })
                    })
                    .collect()
            }
        }
    };
}

pub(crate) use assistant_store;
