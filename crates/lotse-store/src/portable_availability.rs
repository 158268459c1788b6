//! Booking windows and booking links, written once for both backends.

macro_rules! availability_store {
    ($store:ty, $row:ty) => {
        impl $store {
            fn window_from_row(
                row: &$row,
            ) -> Result<lotse_core::availability::AvailabilityWindow, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "availability");
                let modes: String = row.try_get("modes").map_err(get)?;
                Ok(lotse_core::availability::AvailabilityWindow {
                    id: lotse_core::AvailabilityId::from_trusted(row.try_get("id").map_err(get)?),
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    user_id: lotse_core::UserId::from_trusted(row.try_get("user_id").map_err(get)?),
                    weekday: row.try_get("weekday").map_err(get)?,
                    starts_minute: row.try_get("starts_minute").map_err(get)?,
                    ends_minute: row.try_get("ends_minute").map_err(get)?,
                    slot_minutes: row.try_get("slot_minutes").map_err(get)?,
                    modes: modes.split(',').filter_map(lotse_core::appointment::AppointmentMode::parse).collect(),
                    location: row.try_get("location").map_err(get)?,
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::AvailabilityStore for $store {
            async fn add_window(
                &self,
                w: &lotse_core::availability::AvailabilityWindow,
            ) -> Result<(), lotse_core::StoreError> {
                let modes: Vec<&str> = w.modes.iter().map(|m| m.as_str()).collect();
                let done = sqlx::query(
                    "INSERT INTO availability (id, tenant_id, user_id, weekday, starts_minute, ends_minute, \
                     slot_minutes, modes, location, created_at) \
                     SELECT $1, u.tenant_id, u.id, $2, $3, $4, $5, $6, $7, $8 FROM users u \
                     WHERE u.tenant_id = $9 AND u.id = $10",
                )
                .bind(w.id.as_str())
                .bind(w.weekday)
                .bind(w.starts_minute)
                .bind(w.ends_minute)
                .bind(w.slot_minutes)
                .bind(modes.join(","))
                .bind(w.location.as_str())
                .bind(w.created_at.as_millis())
                .bind(w.tenant_id.as_str())
                .bind(w.user_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "availability"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn remove_window(
                &self,
                tenant: &lotse_core::TenantId,
                user: &lotse_core::UserId,
                id: &lotse_core::AvailabilityId,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query("DELETE FROM availability WHERE tenant_id = $1 AND user_id = $2 AND id = $3")
                    .bind(tenant.as_str())
                    .bind(user.as_str())
                    .bind(id.as_str())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "availability"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn windows(
                &self,
                tenant: &lotse_core::TenantId,
                user: &lotse_core::UserId,
            ) -> Result<Vec<lotse_core::availability::AvailabilityWindow>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT * FROM availability WHERE tenant_id = $1 AND user_id = $2 \
                     ORDER BY weekday, starts_minute, id",
                )
                .bind(tenant.as_str())
                .bind(user.as_str())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "availability"))?;
                rows.iter().map(Self::window_from_row).collect()
            }

            async fn create_booking_link(
                &self,
                digest: &str,
                link: &lotse_core::availability::BookingLink,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO booking_links (digest, tenant_id, case_id, counselor_id, created_at, expires_at) \
                     SELECT $1, k.tenant_id, k.id, u.id, $2, $3 FROM cases k \
                     JOIN users u ON u.tenant_id = k.tenant_id AND u.id = $4 \
                     WHERE k.tenant_id = $5 AND k.id = $6 AND k.status = 'open'",
                )
                .bind(digest)
                .bind(link.created_at.as_millis())
                .bind(link.expires_at.as_millis())
                .bind(link.counselor_id.as_str())
                .bind(link.tenant_id.as_str())
                .bind(link.case_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "booking_link"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn booking_link(
                &self,
                digest: &str,
            ) -> Result<lotse_core::availability::BookingLink, lotse_core::StoreError> {
                use sqlx::Row;
                let row = sqlx::query(
                    "SELECT b.* FROM booking_links b JOIN cases k ON k.id = b.case_id \
                     WHERE b.digest = $1 AND k.status = 'open'",
                )
                .bind(digest)
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "booking_link"))?;
                let get = |e| $crate::errors::map_sqlx(e, "booking_link");
                let appointment: Option<String> = row.try_get("appointment_id").map_err(get)?;
                Ok(lotse_core::availability::BookingLink {
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    case_id: lotse_core::CaseId::from_trusted(row.try_get("case_id").map_err(get)?),
                    counselor_id: lotse_core::UserId::from_trusted(row.try_get("counselor_id").map_err(get)?),
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                    expires_at: lotse_core::Timestamp(row.try_get("expires_at").map_err(get)?),
                    appointment_id: appointment.map(lotse_core::AppointmentId::from_trusted),
                })
            }

            async fn book_through_link(
                &self,
                digest: &str,
                a: &lotse_core::appointment::Appointment,
            ) -> Result<(), lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "booking_link");
                // The write lock serialises bookings, so two clients cannot take the same slot.
                let mut tx = self.begin_write().await?;
                let clash: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM appointments WHERE tenant_id = $1 AND counselor_id = $2 \
                     AND cancelled_at IS NULL AND starts_at < $3 AND starts_at + duration_minutes * 60000 > $4",
                )
                .bind(a.tenant_id.as_str())
                .bind(a.counselor_id.as_str())
                .bind(a.starts_at.as_millis() + a.duration_minutes * 60_000)
                .bind(a.starts_at.as_millis())
                .fetch_one(&mut *tx)
                .await
                .map_err(map)?;
                if clash > 0 {
                    return Err(lotse_core::StoreError::Conflict("slot"));
                }
                sqlx::query(
                    "INSERT INTO appointments (id, tenant_id, client_id, case_id, counselor_id, starts_at, \
                     duration_minutes, mode, location, video_url, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .bind(a.id.as_str())
                .bind(a.tenant_id.as_str())
                .bind(a.client_id.as_str())
                .bind(a.case_id.as_ref().map(|k| k.as_str().to_string()))
                .bind(a.counselor_id.as_str())
                .bind(a.starts_at.as_millis())
                .bind(a.duration_minutes)
                .bind(a.mode.as_str())
                .bind(a.location.as_str())
                .bind(a.video_url.as_str())
                .bind(a.created_at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err(map)?;
                let used = sqlx::query(
                    "UPDATE booking_links SET appointment_id = $1 WHERE digest = $2 AND appointment_id IS NULL \
                     AND tenant_id = $3",
                )
                .bind(a.id.as_str())
                .bind(digest)
                .bind(a.tenant_id.as_str())
                .execute(&mut *tx)
                .await
                .map_err(map)?;
                if used.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::Conflict("link_used"));
                }
                tx.commit().await.map_err(map)?;
                Ok(())
            }
        }
    };
}

pub(crate) use availability_store;

macro_rules! routing_store {
    ($store:ty, $row:ty) => {
        impl $store {
            fn profile_from_row(row: &$row) -> Result<lotse_core::routing::CounselorProfile, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "counselor_profile");
                let split = |text: String| -> Vec<String> {
                    text.split(',').filter(|p| !p.is_empty()).map(str::to_string).collect()
                };
                let topics: String = row.try_get("topics").map_err(get)?;
                Ok(lotse_core::routing::CounselorProfile {
                    user_id: lotse_core::UserId::from_trusted(row.try_get("user_id").map_err(get)?),
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    team: row.try_get("team").map_err(get)?,
                    topics: split(topics).iter().filter_map(|t| lotse_core::case::Topic::parse(t)).collect(),
                    languages: split(row.try_get("languages").map_err(get)?),
                    regions: split(row.try_get("regions").map_err(get)?),
                    notify_by_email: row.try_get::<i64, _>("notify_by_email").map_err(get)? != 0,
                    updated_at: lotse_core::Timestamp(row.try_get("updated_at").map_err(get)?),
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::RoutingStore for $store {
            async fn set_counselor_profile(
                &self,
                p: &lotse_core::routing::CounselorProfile,
            ) -> Result<(), lotse_core::StoreError> {
                let topics: Vec<&str> = p.topics.iter().map(|t| t.as_str()).collect();
                let done = sqlx::query(
                    "INSERT INTO counselor_profiles (user_id, tenant_id, team, topics, languages, regions, updated_at, \
                     notify_by_email) SELECT u.id, u.tenant_id, $1, $2, $3, $4, $5, $6 FROM users u \
                     WHERE u.tenant_id = $7 AND u.id = $8 \
                     ON CONFLICT (user_id) DO UPDATE SET team = excluded.team, topics = excluded.topics, \
                     languages = excluded.languages, regions = excluded.regions, updated_at = excluded.updated_at, \
                     notify_by_email = excluded.notify_by_email",
                )
                .bind(p.team.as_str())
                .bind(topics.join(","))
                .bind(p.languages.join(","))
                .bind(p.regions.join(","))
                .bind(p.updated_at.as_millis())
                .bind(i64::from(p.notify_by_email))
                .bind(p.tenant_id.as_str())
                .bind(p.user_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "counselor_profile"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn counselor_profile(
                &self,
                tenant: &lotse_core::TenantId,
                user: &lotse_core::UserId,
            ) -> Result<lotse_core::routing::CounselorProfile, lotse_core::StoreError> {
                let row = sqlx::query("SELECT * FROM counselor_profiles WHERE tenant_id = $1 AND user_id = $2")
                    .bind(tenant.as_str())
                    .bind(user.as_str())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "counselor_profile"))?;
                Self::profile_from_row(&row)
            }

            async fn counselor_profiles(
                &self,
                tenant: &lotse_core::TenantId,
            ) -> Result<Vec<lotse_core::routing::CounselorProfile>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT p.* FROM counselor_profiles p JOIN users u ON u.id = p.user_id \
                     WHERE p.tenant_id = $1 AND u.active = 1 ORDER BY u.display_name, u.id",
                )
                .bind(tenant.as_str())
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "counselor_profile"))?;
                rows.iter().map(Self::profile_from_row).collect()
            }

            async fn set_case_team(
                &self,
                tenant: &lotse_core::TenantId,
                case: &lotse_core::CaseId,
                team: Option<&str>,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE cases SET team = $1 WHERE tenant_id = $2 AND id = $3 AND status = 'open' \
                     AND assigned_to IS NULL",
                )
                .bind(team)
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

pub(crate) use routing_store;
