//! Password log-in with throttling. Known and unknown accounts behave alike: the same Argon2 work, the same
//! answers and the same lock-out after the same number of failures, so neither time nor messages reveal
//! whether an account exists.

use crate::password::{Password, PasswordHashString};
use crate::policy::needs_two_factor;
use crate::session::SessionStage;
use crate::store::{Store, StoreError};
use crate::user::User;
use crate::{Email, TenantId, Timestamp, UserId};
use std::collections::HashMap;
use std::sync::Mutex;

/// Failures allowed before the account cools down.
pub const FREE_ATTEMPTS: i64 = 5;
const BASE_COOLDOWN_MS: i64 = 60_000;
const MAX_COOLDOWN_MS: i64 = 15 * 60_000;

#[derive(Debug)]
pub enum LoginOutcome {
    /// Password right; the session starts at `stage`.
    Accepted { user: User, stage: SessionStage },
    /// Wrong e-mail or password (never says which). `account` is for the audit log only.
    Rejected { account: Option<(TenantId, UserId)> },
    /// Too many failures; try again after this many seconds.
    Throttled { retry_after_secs: u64, account: Option<(TenantId, UserId)> },
}

/// The cool-down after `failures` consecutive failures: none for the first five, then 1, 2, 4, 8 and at most
/// 15 minutes.
pub fn cooldown_ms(failures: i64) -> Option<i64> {
    if failures < FREE_ATTEMPTS {
        return None;
    }
    let doublings = u32::try_from((failures - FREE_ATTEMPTS).min(10)).unwrap_or(10);
    Some((BASE_COOLDOWN_MS << doublings).min(MAX_COOLDOWN_MS))
}

pub struct LoginService {
    dummy_hash: PasswordHashString,
    /// Failure counts for e-mail addresses without an account, so they throttle like real ones.
    unknown: Mutex<HashMap<String, (i64, Option<i64>)>>,
}

impl LoginService {
    pub fn new() -> Result<Self, crate::password::PasswordError> {
        let dummy = Password::parse("dummy password for timing only")?.hash()?;
        Ok(Self { dummy_hash: dummy, unknown: Mutex::new(HashMap::new()) })
    }

    pub async fn log_in(
        &self,
        store: &dyn Store,
        email_text: &str,
        password_text: &str,
        now: Timestamp,
    ) -> Result<LoginOutcome, StoreError> {
        let password = Password::parse(password_text).ok();
        let email = Email::parse(email_text).ok();
        let record = match &email {
            Some(email) => match store.login_record(email).await {
                Ok(record) => Some(record),
                Err(StoreError::NotFound) => None,
                Err(other) => return Err(other),
            },
            None => None,
        };
        let Some(record) = record else {
            return Ok(self.unknown_account(email_text, password.as_ref(), now));
        };
        if let Some(until) = record.locked_until
            && until.as_millis() > now.as_millis()
        {
            return Ok(LoginOutcome::Throttled {
                retry_after_secs: seconds_until(until.as_millis(), now),
                account: Some((record.user.tenant_id.clone(), record.user.id.clone())),
            });
        }
        let matches = password.as_ref().is_some_and(|p| p.verify(&record.password_hash));
        if !matches || !record.user.active {
            let failures = record.failed_logins + 1;
            let locked_until = cooldown_ms(failures).map(|ms| Timestamp(now.as_millis() + ms));
            store.record_login_failure(&record.user.tenant_id, &record.user.id, failures, locked_until).await?;
            let account = Some((record.user.tenant_id.clone(), record.user.id.clone()));
            return Ok(match locked_until {
                Some(until) => {
                    LoginOutcome::Throttled { retry_after_secs: seconds_until(until.as_millis(), now), account }
                }
                None => LoginOutcome::Rejected { account },
            });
        }
        store.reset_login_failures(&record.user.tenant_id, &record.user.id).await?;
        let tenant = store.tenant(&record.user.tenant_id).await?;
        let stage = if record.user.two_factor_enabled {
            SessionStage::SecondFactor
        } else if tenant.require_two_factor && needs_two_factor(record.user.role) {
            SessionStage::EnrolSecondFactor
        } else {
            SessionStage::Complete
        };
        Ok(LoginOutcome::Accepted { user: record.user, stage })
    }

    fn unknown_account(&self, email_text: &str, password: Option<&Password>, now: Timestamp) -> LoginOutcome {
        let key = email_text.trim().to_lowercase();
        let Ok(mut unknown) = self.unknown.lock() else { return LoginOutcome::Rejected { account: None } };
        if unknown.len() > 50_000 {
            unknown.retain(|_, (_, until)| until.is_some_and(|u| u > now.as_millis()));
        }
        let entry = unknown.entry(key).or_insert((0, None));
        if let Some(until) = entry.1
            && until > now.as_millis()
        {
            return LoginOutcome::Throttled { retry_after_secs: seconds_until(until, now), account: None };
        }
        // The same Argon2 work as for a real account.
        if let Some(password) = password {
            let _ = password.verify(&self.dummy_hash);
        }
        entry.0 += 1;
        entry.1 = cooldown_ms(entry.0).map(|ms| now.as_millis() + ms);
        match entry.1 {
            Some(until) => LoginOutcome::Throttled { retry_after_secs: seconds_until(until, now), account: None },
            None => LoginOutcome::Rejected { account: None },
        }
    }
}

fn seconds_until(until_ms: i64, now: Timestamp) -> u64 {
    u64::try_from((until_ms - now.as_millis() + 999) / 1000).unwrap_or(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cooldown_grows_and_is_capped() {
        assert_eq!(cooldown_ms(4), None);
        assert_eq!(cooldown_ms(5), Some(60_000));
        assert_eq!(cooldown_ms(6), Some(120_000));
        assert_eq!(cooldown_ms(20), Some(15 * 60_000));
    }
}
