//! Synthetic demo data. Every person, address and organisation here is invented; the e-mail domains are
//! under `.example`, which is reserved and never delivers.

use anyhow::Context;
use lotse_core::password::Password;
use lotse_core::secret_token::SecretToken;
use lotse_core::tenant::TenantName;
use lotse_core::user::NewUser;
use lotse_core::{Clock, Email, Role, Store, SystemClock};

pub const DEMO_PASSWORD: &str = "lotse-demo-2026";

struct DemoTenant {
    name: &'static str,
    domain: &'static str,
    /// Halle shows the default (two factors required for roles that see personal data); Magdeburg lets you
    /// look around without an authenticator app.
    require_two_factor: bool,
    staff: [(&'static str, Role, &'static str); 5],
}

const TENANTS: [DemoTenant; 2] = [
    DemoTenant {
        name: "Migrationsberatung Halle (Demo)",
        domain: "halle.example",
        require_two_factor: true,
        staff: [
            ("admin", Role::Admin, "Jana Beispiel"),
            ("koordination", Role::Coordinator, "Tarek Muster"),
            ("beratung", Role::Counselor, "Olena Probe"),
            ("recht", Role::LegalReviewer, "Dr. Friederike Test"),
            ("streetwork", Role::Streetworker, "Deniz Demo"),
        ],
    },
    DemoTenant {
        name: "Integrationslotsen Magdeburg (Demo)",
        domain: "magdeburg.example",
        require_two_factor: false,
        staff: [
            ("admin", Role::Admin, "Paul Platzhalter"),
            ("koordination", Role::Coordinator, "Samira Fiktiv"),
            ("beratung", Role::Counselor, "Iryna Erfunden"),
            ("recht", Role::LegalReviewer, "Hans Mustermann"),
            ("streetwork", Role::Streetworker, "Leyla Beispiel"),
        ],
    },
];

pub struct SeedSummary {
    logins: Vec<(String, Role, String)>,
    api_token: String,
}

impl SeedSummary {
    pub fn print(&self) {
        println!("Demo logins at /login (password for all: {DEMO_PASSWORD}):");
        for (email, role, tenant) in &self.logins {
            println!("  {email:<32} {:<15} {tenant}", role.as_str());
        }
        println!("  Halle requires two-factor authentication for admin, coordinator and counselor (set up at first");
        println!("  log-in with any authenticator app); Magdeburg does not, for a quick look around.");
        println!("API token of admin@halle.example (shown once): {}", self.api_token);
        println!("  try: curl -H 'Authorization: Bearer {}' http://HOST/api/v1/me", self.api_token);
    }
}

pub async fn seed(store: &dyn Store) -> anyhow::Result<SeedSummary> {
    let now = SystemClock.now();
    let password_hash = Password::parse(DEMO_PASSWORD)?.hash()?;
    let mut logins = Vec::new();
    let mut api_token = String::new();
    for demo in &TENANTS {
        let name = TenantName::parse(demo.name)?;
        let tenant = store.create_tenant(&name, now).await.context("seed tenant")?;
        if !demo.require_two_factor {
            store.update_tenant(&tenant.id, &name, false).await.context("seed tenant settings")?;
        }
        for (local, role, name) in &demo.staff {
            let email = Email::parse(&format!("{local}@{}", demo.domain))?;
            let user = store
                .create_user(
                    &NewUser {
                        tenant_id: tenant.id.clone(),
                        email: email.clone(),
                        display_name: (*name).to_string(),
                        role: *role,
                        password_hash: password_hash.clone(),
                    },
                    now,
                )
                .await
                .context("seed user")?;
            if api_token.is_empty() && *role == Role::Admin {
                let secret = SecretToken::generate()?;
                store.create_token(&tenant.id, &user.id, "demo", &secret.digest(), now).await?;
                api_token = secret.expose().to_string();
            }
            logins.push((email.to_string(), *role, tenant.name.clone()));
        }
    }
    seed_knowledge(store).await?;
    Ok(SeedSummary { logins, api_token })
}

/// The knowledge written for Lotse (seed/*.json): articles in German, plain German, English and Arabic, the
/// directory of services in Saxony-Anhalt and the rumour register. Their sign-offs name a synthetic demo review.
pub const KNOWLEDGE_SEED: [(&str, &str); 5] = [
    ("articles-1.json", include_str!("../../../seed/articles-1.json")),
    ("articles-2.json", include_str!("../../../seed/articles-2.json")),
    ("articles-3.json", include_str!("../../../seed/articles-3.json")),
    ("articles-4.json", include_str!("../../../seed/articles-4.json")),
    ("directory-rumours.json", include_str!("../../../seed/directory-rumours.json")),
];

/// Loads the knowledge seed; the server indexes it when it starts.
pub async fn seed_knowledge(store: &dyn Store) -> anyhow::Result<()> {
    let service =
        lotse_core::knowledge_service::KnowledgeService { store, index: &lotse_core::knowledge_service::NoIndex };
    for (name, text) in KNOWLEDGE_SEED {
        let document = serde_json::from_str(text).with_context(|| format!("seed/{name}"))?;
        service.import(document).await.with_context(|| format!("seed/{name}"))?;
    }
    Ok(())
}
