//! Case plans (goals, steps, tasks) and the counselor's work list, written once for both backends.

macro_rules! work_store {
    ($store:ty, $row:ty) => {
        impl $store {
            fn task_from_row(row: &$row) -> Result<lotse_core::case::StoredTask, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "task");
                let kind: String = row.try_get("kind").map_err(get)?;
                let due: Option<String> = row.try_get("due_on").map_err(get)?;
                let done: Option<i64> = row.try_get("done_at").map_err(get)?;
                let author: Option<String> = row.try_get("author").map_err(get)?;
                Ok(lotse_core::case::StoredTask {
                    id: row.try_get("id").map_err(get)?,
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    case_id: lotse_core::CaseId::from_trusted(row.try_get("case_id").map_err(get)?),
                    kind: lotse_core::case::TaskKind::parse(&kind)
                        .ok_or_else(|| lotse_core::StoreError::Backend("unknown task kind".into()))?,
                    sealed_title: row.try_get("sealed_title").map_err(get)?,
                    due_on: due.as_deref().map($crate::portable_knowledge::date).transpose()?,
                    done_at: done.map(lotse_core::Timestamp),
                    author: author.map(lotse_core::UserId::from_trusted),
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::WorkStore for $store {
            async fn add_task(&self, t: &lotse_core::case::StoredTask) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO case_tasks (id, tenant_id, case_id, kind, sealed_title, due_on, done_at, author, \
                     created_at) SELECT $1, tenant_id, id, $2, $3, $4, NULL, $5, $6 FROM cases \
                     WHERE tenant_id = $7 AND id = $8 AND status = 'open'",
                )
                .bind(t.id.as_str())
                .bind(t.kind.as_str())
                .bind(t.sealed_title.clone())
                .bind(t.due_on.map(|d| d.to_string()))
                .bind(t.author.as_ref().map(|u| u.as_str().to_string()))
                .bind(t.created_at.as_millis())
                .bind(t.tenant_id.as_str())
                .bind(t.case_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "task"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn complete_task(
                &self,
                tenant: &lotse_core::TenantId,
                case: &lotse_core::CaseId,
                task: &str,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE case_tasks SET done_at = $1 WHERE tenant_id = $2 AND case_id = $3 AND id = $4 \
                     AND done_at IS NULL AND case_id IN (SELECT id FROM cases WHERE tenant_id = $2 AND status = 'open')",
                )
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(case.as_str())
                .bind(task)
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "task"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn case_tasks(
                &self,
                tenant: &lotse_core::TenantId,
                case: &lotse_core::CaseId,
            ) -> Result<Vec<lotse_core::case::StoredTask>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT * FROM case_tasks WHERE tenant_id = $1 AND case_id = $2 ORDER BY created_at, id",
                )
                .bind(tenant.as_str())
                .bind(case.as_str())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "task"))?;
                rows.iter().map(Self::task_from_row).collect()
            }

            async fn tasks_due(
                &self,
                tenant: &lotse_core::TenantId,
                user: &lotse_core::UserId,
                until: jiff::civil::Date,
            ) -> Result<Vec<lotse_core::case::StoredTask>, lotse_core::StoreError> {
                // ISO dates compare correctly as text.
                let rows = sqlx::query(
                    "SELECT t.* FROM case_tasks t JOIN cases c ON c.id = t.case_id WHERE t.tenant_id = $1 \
                     AND c.tenant_id = $1 AND c.assigned_to = $2 AND c.status = 'open' AND t.done_at IS NULL \
                     AND t.due_on IS NOT NULL AND t.due_on <= $3 AND t.sealed_title IS NOT NULL \
                     ORDER BY t.due_on, t.id",
                )
                .bind(tenant.as_str())
                .bind(user.as_str())
                .bind(until.to_string())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "task"))?;
                rows.iter().map(Self::task_from_row).collect()
            }

            async fn assigned_cases(
                &self,
                tenant: &lotse_core::TenantId,
                user: &lotse_core::UserId,
            ) -> Result<Vec<lotse_core::case::StoredCase>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT * FROM cases WHERE tenant_id = $1 AND assigned_to = $2 AND status = 'open' \
                     ORDER BY opened_at DESC, id",
                )
                .bind(tenant.as_str())
                .bind(user.as_str())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case"))?;
                rows.iter().map(Self::case_from_row).collect()
            }

            async fn unassigned_cases(
                &self,
                tenant: &lotse_core::TenantId,
            ) -> Result<Vec<lotse_core::case::StoredCase>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT * FROM cases WHERE tenant_id = $1 AND assigned_to IS NULL AND status = 'open' \
                     ORDER BY opened_at, id",
                )
                .bind(tenant.as_str())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case"))?;
                rows.iter().map(Self::case_from_row).collect()
            }

            async fn assign_case(
                &self,
                tenant: &lotse_core::TenantId,
                case: &lotse_core::CaseId,
                user: Option<&lotse_core::UserId>,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE cases SET assigned_to = $1 WHERE tenant_id = $2 AND id = $3 AND status = 'open'",
                )
                .bind(user.map(|u| u.as_str().to_string()))
                .bind(tenant.as_str())
                .bind(case.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }
        }
    };
}

pub(crate) use work_store;
