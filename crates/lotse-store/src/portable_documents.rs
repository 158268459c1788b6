//! Case document rows, written once for both backends.

macro_rules! document_store {
    ($store:ty, $row:ty) => {
        impl $store {
            fn document_from_row(row: &$row) -> Result<lotse_core::document::StoredDocument, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "document");
                let author: Option<String> = row.try_get("author").map_err(get)?;
                Ok(lotse_core::document::StoredDocument {
                    id: row.try_get("id").map_err(get)?,
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    case_id: lotse_core::CaseId::from_trusted(row.try_get("case_id").map_err(get)?),
                    client_id: lotse_core::ClientId::from_trusted(row.try_get("client_id").map_err(get)?),
                    sealed_name: row.try_get("sealed_name").map_err(get)?,
                    content_type: row.try_get("content_type").map_err(get)?,
                    size_bytes: row.try_get("size_bytes").map_err(get)?,
                    storage_key: row.try_get("storage_key").map_err(get)?,
                    author: author.map(lotse_core::UserId::from_trusted),
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::DocumentStore for $store {
            async fn add_document(
                &self,
                d: &lotse_core::document::StoredDocument,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO documents (id, tenant_id, case_id, client_id, sealed_name, content_type, size_bytes, \
                     storage_key, author, created_at) SELECT $1, tenant_id, id, client_id, $2, $3, $4, $5, $6, $7 \
                     FROM cases WHERE tenant_id = $8 AND id = $9 AND status = 'open'",
                )
                .bind(d.id.as_str())
                .bind(d.sealed_name.clone())
                .bind(d.content_type.as_str())
                .bind(d.size_bytes)
                .bind(d.storage_key.as_str())
                .bind(d.author.as_ref().map(|u| u.as_str().to_string()))
                .bind(d.created_at.as_millis())
                .bind(d.tenant_id.as_str())
                .bind(d.case_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "document"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn document(
                &self,
                tenant: &lotse_core::TenantId,
                case: &lotse_core::CaseId,
                id: &str,
            ) -> Result<lotse_core::document::StoredDocument, lotse_core::StoreError> {
                let row = sqlx::query("SELECT * FROM documents WHERE tenant_id = $1 AND case_id = $2 AND id = $3")
                    .bind(tenant.as_str())
                    .bind(case.as_str())
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "document"))?;
                Self::document_from_row(&row)
            }

            async fn documents_of_case(
                &self,
                tenant: &lotse_core::TenantId,
                case: &lotse_core::CaseId,
            ) -> Result<Vec<lotse_core::document::StoredDocument>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT * FROM documents WHERE tenant_id = $1 AND case_id = $2 ORDER BY created_at, id",
                )
                .bind(tenant.as_str())
                .bind(case.as_str())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "document"))?;
                rows.iter().map(Self::document_from_row).collect()
            }

            async fn live_document_keys(&self) -> Result<Vec<String>, lotse_core::StoreError> {
                sqlx::query_scalar(
                    "SELECT storage_key FROM documents WHERE sealed_name IS NOT NULL \
                     UNION ALL SELECT storage_key FROM chat_attachments",
                )
                    .fetch_all(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "document"))
            }
        }
    };
}

pub(crate) use document_store;
