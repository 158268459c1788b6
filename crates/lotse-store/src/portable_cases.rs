//! Cases and their timeline, written once for both backends.

macro_rules! case_store {
    ($store:ty, $row:ty) => {
        impl $store {
            fn case_from_row(row: &$row) -> Result<lotse_core::case::StoredCase, lotse_core::StoreError> {
                use lotse_core::case::{CaseStatus, Outcome, Topic};
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "case");
                let bad = |what: &str| lotse_core::StoreError::Backend(format!("unknown {what} in cases"));
                let topics: String = row.try_get("topics").map_err(get)?;
                let status: String = row.try_get("status").map_err(get)?;
                let outcome: Option<String> = row.try_get("outcome").map_err(get)?;
                let assigned: Option<String> = row.try_get("assigned_to").map_err(get)?;
                let opened_by: Option<String> = row.try_get("opened_by").map_err(get)?;
                let closed: Option<i64> = row.try_get("closed_at").map_err(get)?;
                Ok(lotse_core::case::StoredCase {
                    case: lotse_core::case::Case {
                        id: lotse_core::CaseId::from_trusted(row.try_get("id").map_err(get)?),
                        tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                        client_id: lotse_core::ClientId::from_trusted(row.try_get("client_id").map_err(get)?),
                        topics: topics
                            .split(',')
                            .filter(|t| !t.is_empty())
                            .map(|t| Topic::parse(t).ok_or_else(|| bad("topic")))
                            .collect::<Result<_, _>>()?,
                        status: CaseStatus::parse(&status).ok_or_else(|| bad("status"))?,
                        outcome: outcome.map(|o| Outcome::parse(&o).ok_or_else(|| bad("outcome"))).transpose()?,
                        assigned_to: assigned.map(lotse_core::UserId::from_trusted),
                        opened_by: opened_by.map(lotse_core::UserId::from_trusted),
                        opened_at: lotse_core::Timestamp(row.try_get("opened_at").map_err(get)?),
                        closed_at: closed.map(lotse_core::Timestamp),
                        region: row.try_get("region").map_err(get)?,
                        team: row.try_get("team").map_err(get)?,
                    },
                    sealed_title: row.try_get("sealed_title").map_err(get)?,
                })
            }

            fn entry_from_row(row: &$row) -> Result<lotse_core::case::StoredEntry, lotse_core::StoreError> {
                use lotse_core::case::{ContactMode, EntryKind};
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "case_entry");
                let kind: String = row.try_get("kind").map_err(get)?;
                let mode: Option<String> = row.try_get("mode").map_err(get)?;
                let author: Option<String> = row.try_get("author").map_err(get)?;
                let service: Option<String> = row.try_get("service_id").map_err(get)?;
                let referral_status: Option<String> = row.try_get("referral_status").map_err(get)?;
                Ok(lotse_core::case::StoredEntry {
                    id: row.try_get("id").map_err(get)?,
                    case_id: lotse_core::CaseId::from_trusted(row.try_get("case_id").map_err(get)?),
                    kind: EntryKind::parse(&kind)
                        .ok_or_else(|| lotse_core::StoreError::Backend("unknown entry kind".into()))?,
                    mode: mode.and_then(|m| ContactMode::parse(&m)),
                    duration_minutes: row.try_get("duration_minutes").map_err(get)?,
                    sealed_text: row.try_get("sealed_text").map_err(get)?,
                    author: author.map(lotse_core::UserId::from_trusted),
                    occurred_at: lotse_core::Timestamp(row.try_get("occurred_at").map_err(get)?),
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                    service_id: service.map(lotse_core::ServiceId::from_trusted),
                    referral_status: referral_status.and_then(|s| lotse_core::case::ReferralStatus::parse(&s)),
                    sealed_feedback: row.try_get("sealed_feedback").map_err(get)?,
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::CaseStore for $store {
            async fn create_case(
                &self,
                case: &lotse_core::case::Case,
                sealed_title: Option<&[u8]>,
            ) -> Result<(), lotse_core::StoreError> {
                let topics: Vec<&str> = case.topics.iter().map(|t| t.as_str()).collect();
                let done = sqlx::query(
                    "INSERT INTO cases (id, tenant_id, client_id, topics, sealed_title, status, assigned_to, opened_by, \
                     opened_at, region) SELECT $1, tenant_id, id, $2, $3, 'open', $4, $5, $6, $7 FROM clients \
                     WHERE tenant_id = $8 AND id = $9 AND erased_at IS NULL",
                )
                .bind(case.id.as_str())
                .bind(topics.join(","))
                .bind(sealed_title.map(<[u8]>::to_vec))
                .bind(case.assigned_to.as_ref().map(|u| u.as_str().to_string()))
                .bind(case.opened_by.as_ref().map(|u| u.as_str().to_string()))
                .bind(case.opened_at.as_millis())
                .bind(case.region.clone())
                .bind(case.tenant_id.as_str())
                .bind(case.client_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn case(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::CaseId,
            ) -> Result<lotse_core::case::StoredCase, lotse_core::StoreError> {
                let row = sqlx::query(
                    "SELECT cases.* FROM cases JOIN clients ON clients.id = cases.client_id \
                     WHERE cases.tenant_id = $1 AND cases.id = $2 AND clients.erased_at IS NULL",
                )
                .bind(tenant.as_str())
                .bind(id.as_str())
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case"))?;
                Self::case_from_row(&row)
            }

            async fn cases_of_client(
                &self,
                tenant: &lotse_core::TenantId,
                client: &lotse_core::ClientId,
            ) -> Result<Vec<lotse_core::case::Case>, lotse_core::StoreError> {
                let rows = sqlx::query("SELECT * FROM cases WHERE tenant_id = $1 AND client_id = $2 ORDER BY opened_at, id")
                    .bind(tenant.as_str())
                    .bind(client.as_str())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "case"))?;
                rows.iter().map(|r| Self::case_from_row(r).map(|c| c.case)).collect()
            }

            async fn add_case_entry(
                &self,
                tenant: &lotse_core::TenantId,
                entry: &lotse_core::case::StoredEntry,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO case_entries (id, tenant_id, case_id, kind, mode, duration_minutes, sealed_text, author, \
                     occurred_at, created_at, service_id, referral_status, sealed_feedback) SELECT $1, tenant_id, id, \
                     $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM cases WHERE tenant_id = $12 AND id = $13 \
                     AND status = 'open'",
                )
                .bind(entry.id.as_str())
                .bind(entry.kind.as_str())
                .bind(entry.mode.map(|m| m.as_str()))
                .bind(entry.duration_minutes)
                .bind(entry.sealed_text.clone())
                .bind(entry.author.as_ref().map(|u| u.as_str().to_string()))
                .bind(entry.occurred_at.as_millis())
                .bind(entry.created_at.as_millis())
                .bind(entry.service_id.as_ref().map(|s| s.as_str().to_string()))
                .bind(entry.referral_status.map(|s| s.as_str()))
                .bind(entry.sealed_feedback.clone())
                .bind(tenant.as_str())
                .bind(entry.case_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case_entry"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn update_referral(
                &self,
                tenant: &lotse_core::TenantId,
                case: &lotse_core::CaseId,
                entry: &str,
                status: lotse_core::case::ReferralStatus,
                sealed_feedback: Option<&[u8]>,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE case_entries SET referral_status = $1, sealed_feedback = $2 WHERE tenant_id = $3 \
                     AND case_id = $4 AND id = $5 AND kind = 'referral' AND case_id IN \
                     (SELECT id FROM cases WHERE tenant_id = $3 AND status = 'open')",
                )
                .bind(status.as_str())
                .bind(sealed_feedback.map(<[u8]>::to_vec))
                .bind(tenant.as_str())
                .bind(case.as_str())
                .bind(entry)
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case_entry"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn case_entries(
                &self,
                tenant: &lotse_core::TenantId,
                case: &lotse_core::CaseId,
            ) -> Result<Vec<lotse_core::case::StoredEntry>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT * FROM case_entries WHERE tenant_id = $1 AND case_id = $2 ORDER BY occurred_at, id",
                )
                .bind(tenant.as_str())
                .bind(case.as_str())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case_entry"))?;
                rows.iter().map(Self::entry_from_row).collect()
            }

            async fn close_case(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::CaseId,
                outcome: lotse_core::case::Outcome,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE cases SET status = 'closed', outcome = $1, closed_at = $2 \
                     WHERE tenant_id = $3 AND id = $4 AND status = 'open'",
                )
                .bind(outcome.as_str())
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn cases_due(
                &self,
                tenant: &lotse_core::TenantId,
                closed_before: lotse_core::Timestamp,
            ) -> Result<Vec<lotse_core::case::Case>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT * FROM cases WHERE tenant_id = $1 AND status = 'closed' AND purged_at IS NULL \
                     AND closed_at < $2 ORDER BY closed_at, id",
                )
                .bind(tenant.as_str())
                .bind(closed_before.as_millis())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case"))?;
                rows.iter().map(|r| Self::case_from_row(r).map(|c| c.case)).collect()
            }

            async fn purge_case(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::CaseId,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "case");
                let mut tx = self.pool.begin().await.map_err(map)?;
                let done = sqlx::query(
                    "UPDATE cases SET sealed_title = NULL, assigned_to = NULL, purged_at = $1 \
                     WHERE tenant_id = $2 AND id = $3 AND purged_at IS NULL",
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
                sqlx::query("DELETE FROM case_tasks WHERE tenant_id = $1 AND case_id = $2")
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                sqlx::query("DELETE FROM documents WHERE tenant_id = $1 AND case_id = $2")
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                sqlx::query("DELETE FROM case_entries WHERE tenant_id = $1 AND case_id = $2")
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                sqlx::query("DELETE FROM appointments WHERE tenant_id = $1 AND case_id = $2")
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                tx.commit().await.map_err(map)
            }

            async fn live_cases(
                &self,
                tenant: &lotse_core::TenantId,
                client: &lotse_core::ClientId,
            ) -> Result<u64, lotse_core::StoreError> {
                let count: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM cases WHERE tenant_id = $1 AND client_id = $2 AND purged_at IS NULL",
                )
                .bind(tenant.as_str())
                .bind(client.as_str())
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "case"))?;
                Ok($crate::errors::to_u64(count))
            }

            async fn set_retention_days(
                &self,
                tenant: &lotse_core::TenantId,
                days: i64,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query("UPDATE tenants SET retention_days = $1 WHERE id = $2")
                    .bind(days)
                    .bind(tenant.as_str())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "tenant"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }
        }
    };
}

pub(crate) use case_store;
