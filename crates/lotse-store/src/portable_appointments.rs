//! Appointments, written once for both backends.

macro_rules! appointment_store {
    ($store:ty, $row:ty) => {
        impl $store {
            fn appointment_from_row(row: &$row) -> Result<lotse_core::appointment::Appointment, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "appointment");
                let mode: String = row.try_get("mode").map_err(get)?;
                let case: Option<String> = row.try_get("case_id").map_err(get)?;
                let cancelled: Option<i64> = row.try_get("cancelled_at").map_err(get)?;
                Ok(lotse_core::appointment::Appointment {
                    id: lotse_core::AppointmentId::from_trusted(row.try_get("id").map_err(get)?),
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    client_id: lotse_core::ClientId::from_trusted(row.try_get("client_id").map_err(get)?),
                    case_id: case.map(lotse_core::CaseId::from_trusted),
                    counselor_id: lotse_core::UserId::from_trusted(row.try_get("counselor_id").map_err(get)?),
                    starts_at: lotse_core::Timestamp(row.try_get("starts_at").map_err(get)?),
                    duration_minutes: row.try_get("duration_minutes").map_err(get)?,
                    mode: lotse_core::appointment::AppointmentMode::parse(&mode)
                        .ok_or_else(|| lotse_core::StoreError::Backend("unknown appointment mode".into()))?,
                    location: row.try_get("location").map_err(get)?,
                    video_url: row.try_get("video_url").map_err(get)?,
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                    cancelled_at: cancelled.map(lotse_core::Timestamp),
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::AppointmentStore for $store {
            async fn create_appointment(
                &self,
                a: &lotse_core::appointment::Appointment,
            ) -> Result<(), lotse_core::StoreError> {
                // Client, counselor and (optional) case must all belong to the tenant.
                let done = sqlx::query(
                    "INSERT INTO appointments (id, tenant_id, client_id, case_id, counselor_id, starts_at, \
                     duration_minutes, mode, location, video_url, created_at) \
                     SELECT $1, c.tenant_id, c.id, $2, u.id, $3, $4, $5, $6, $7, $8 FROM clients c \
                     JOIN users u ON u.tenant_id = c.tenant_id AND u.id = $9 \
                     WHERE c.tenant_id = $10 AND c.id = $11 AND c.erased_at IS NULL \
                     AND ($2 IS NULL OR EXISTS (SELECT 1 FROM cases k WHERE k.tenant_id = c.tenant_id AND k.id = $2 \
                     AND k.client_id = c.id))",
                )
                .bind(a.id.as_str())
                .bind(a.case_id.as_ref().map(|k| k.as_str().to_string()))
                .bind(a.starts_at.as_millis())
                .bind(a.duration_minutes)
                .bind(a.mode.as_str())
                .bind(a.location.as_str())
                .bind(a.video_url.as_str())
                .bind(a.created_at.as_millis())
                .bind(a.counselor_id.as_str())
                .bind(a.tenant_id.as_str())
                .bind(a.client_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "appointment"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn appointment(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::AppointmentId,
            ) -> Result<lotse_core::appointment::Appointment, lotse_core::StoreError> {
                let row = sqlx::query(
                    "SELECT a.* FROM appointments a JOIN clients c ON c.id = a.client_id \
                     WHERE a.tenant_id = $1 AND a.id = $2 AND c.erased_at IS NULL",
                )
                .bind(tenant.as_str())
                .bind(id.as_str())
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "appointment"))?;
                Self::appointment_from_row(&row)
            }

            async fn case_appointments(
                &self,
                tenant: &lotse_core::TenantId,
                case: &lotse_core::CaseId,
            ) -> Result<Vec<lotse_core::appointment::Appointment>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT * FROM appointments WHERE tenant_id = $1 AND case_id = $2 ORDER BY starts_at, id",
                )
                .bind(tenant.as_str())
                .bind(case.as_str())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "appointment"))?;
                rows.iter().map(Self::appointment_from_row).collect()
            }

            async fn counselor_appointments(
                &self,
                tenant: &lotse_core::TenantId,
                counselor: &lotse_core::UserId,
                from: lotse_core::Timestamp,
                to: lotse_core::Timestamp,
            ) -> Result<Vec<lotse_core::appointment::Appointment>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT a.* FROM appointments a JOIN clients c ON c.id = a.client_id \
                     WHERE a.tenant_id = $1 AND a.counselor_id = $2 AND a.starts_at >= $3 AND a.starts_at < $4 \
                     AND c.erased_at IS NULL ORDER BY a.starts_at, a.id",
                )
                .bind(tenant.as_str())
                .bind(counselor.as_str())
                .bind(from.as_millis())
                .bind(to.as_millis())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "appointment"))?;
                rows.iter().map(Self::appointment_from_row).collect()
            }

            async fn reminders_due(
                &self,
                from: lotse_core::Timestamp,
                to: lotse_core::Timestamp,
            ) -> Result<Vec<lotse_core::appointment::Appointment>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT a.* FROM appointments a JOIN clients c ON c.id = a.client_id \
                     WHERE a.cancelled_at IS NULL AND c.erased_at IS NULL AND a.starts_at >= $1 AND a.starts_at < $2 \
                     AND (a.reminder_outcome IS NULL OR (a.reminder_outcome = 'sending' AND a.reminder_at < $3)) \
                     ORDER BY a.starts_at, a.id LIMIT 500",
                )
                .bind(from.as_millis())
                .bind(to.as_millis())
                .bind(from.as_millis() - 15 * 60_000)
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "appointment"))?;
                rows.iter().map(Self::appointment_from_row).collect()
            }

            async fn claim_reminder(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::AppointmentId,
                now: lotse_core::Timestamp,
            ) -> Result<bool, lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE appointments SET reminder_outcome = 'sending', reminder_at = $1 \
                     WHERE tenant_id = $2 AND id = $3 \
                     AND (reminder_outcome IS NULL OR (reminder_outcome = 'sending' AND reminder_at < $4))",
                )
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(id.as_str())
                .bind(now.as_millis() - 15 * 60_000)
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "appointment"))?;
                Ok(done.rows_affected() == 1)
            }

            async fn release_reminder(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::AppointmentId,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query(
                    "UPDATE appointments SET reminder_outcome = NULL, reminder_at = NULL \
                     WHERE tenant_id = $1 AND id = $2 AND reminder_outcome = 'sending'",
                )
                .bind(tenant.as_str())
                .bind(id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "appointment"))?;
                Ok(())
            }

            async fn finish_reminder(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::AppointmentId,
                outcome: &str,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query(
                    "UPDATE appointments SET reminder_outcome = $1, reminder_at = $2 WHERE tenant_id = $3 AND id = $4",
                )
                .bind(outcome)
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "appointment"))?;
                Ok(())
            }
        }
    };
}

macro_rules! calendar_feed_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl lotse_core::store::CalendarFeedStore for $store {
            async fn set_calendar_feed(
                &self,
                tenant: &lotse_core::TenantId,
                user: &lotse_core::UserId,
                digest: &str,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "calendar_feed");
                let mut tx = self.pool.begin().await.map_err(map)?;
                sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1 AND tenant_id = $2")
                    .bind(user.as_str())
                    .bind(tenant.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                let done = sqlx::query(
                    "INSERT INTO calendar_feeds (user_id, tenant_id, token_digest, created_at) \
                     SELECT id, tenant_id, $1, $2 FROM users WHERE tenant_id = $3 AND id = $4",
                )
                .bind(digest)
                .bind(now.as_millis())
                .bind(tenant.as_str())
                .bind(user.as_str())
                .execute(&mut *tx)
                .await
                .map_err(map)?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                tx.commit().await.map_err(map)
            }

            async fn calendar_feed_owner(
                &self,
                digest: &str,
            ) -> Result<(lotse_core::TenantId, lotse_core::UserId), lotse_core::StoreError> {
                use sqlx::Row;
                let row = sqlx::query(
                    "SELECT f.tenant_id, f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id \
                     WHERE f.token_digest = $1 AND u.active = 1",
                )
                .bind(digest)
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "calendar_feed"))?;
                let get = |e| $crate::errors::map_sqlx(e, "calendar_feed");
                Ok((
                    lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    lotse_core::UserId::from_trusted(row.try_get("user_id").map_err(get)?),
                ))
            }
        }
    };
}

pub(crate) use appointment_store;
pub(crate) use calendar_feed_store;
