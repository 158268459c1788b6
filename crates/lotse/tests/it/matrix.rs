//! The role × route matrix and tenant isolation, walked over every route in the routes table (which a unit
//! test keeps equal to the router and the OpenAPI document).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer, hidden_field, session_cookie};
use axum::http::{Method, StatusCode};
use lotse_core::policy::allows;
use lotse_core::secret_token::SecretToken;
use lotse_core::user::User;
use lotse_core::{Role, TenantId};
use lotse_web::routes::{API_ROUTES, Access, PAGE_ROUTES};

const PASSWORD: &str = "a sufficiently long password";

struct Member {
    role: Role,
    cookie: String,
    csrf: String,
    token: String,
}

struct Org {
    tenant: TenantId,
    members: Vec<Member>,
    /// A colleague the routes with an `{id}` act on.
    subject: User,
    token_id: String,
    /// A client of this organisation, for the client routes.
    client_id: String,
    /// A case of that client, for the case routes.
    case_id: String,
}

async fn organisation(app: &TestApp, name: &str, domain: &str) -> Org {
    let first = app.user_with_password(name, &format!("admin@{domain}"), Role::Admin, PASSWORD, false).await;
    let tenant = first.tenant_id.clone();
    let mut users = vec![first];
    for role in [Role::Coordinator, Role::Counselor, Role::LegalReviewer, Role::Streetworker] {
        users.push(add_user(app, &tenant, &format!("{}@{domain}", role.as_str()), role).await);
    }
    let subject = add_user(app, &tenant, &format!("subject@{domain}"), Role::Counselor).await;
    let mut members = Vec::new();
    let mut token_id = String::new();
    for user in users {
        let login = app.post_form("/login", &[("email", user.email.as_str()), ("password", PASSWORD)], None).await;
        assert_eq!(login.header("location"), "/staff", "{}", user.email);
        let cookie = session_cookie(&login).unwrap();
        let csrf = hidden_field(&app.get_cookie("/staff", &cookie).await.body, "csrf");
        let secret = SecretToken::generate().unwrap();
        let info = app
            .db
            .store
            .create_token(&tenant, &user.id, "matrix", &secret.digest(), lotse_core::Timestamp(1))
            .await
            .unwrap();
        token_id = info.id.to_string();
        members.push(Member { role: user.role, cookie, csrf, token: secret.expose().to_string() });
    }
    let admin_token = bearer(&members[0].token);
    let created = app
        .call(
            Method::POST,
            "/api/v1/clients",
            &[("authorization", &admin_token), ("content-type", "application/json")],
            r#"{"alias":"Matrix-Klient","real_name":"Test Person"}"#,
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let client_id = created.json()["id"].as_str().unwrap().to_string();
    let case = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &admin_token), ("content-type", "application/json")],
            format!(r#"{{"client_id":"{client_id}","topics":["housing"]}}"#),
        )
        .await;
    assert_eq!(case.status, StatusCode::CREATED, "{}", case.body);
    let case_id = case.json()["id"].as_str().unwrap().to_string();
    Org { tenant, members, subject, token_id, client_id, case_id }
}

async fn add_user(app: &TestApp, tenant: &TenantId, email: &str, role: Role) -> User {
    let hash = lotse_core::password::Password::parse(PASSWORD).unwrap().hash().unwrap();
    app.db
        .store
        .create_user(
            &lotse_core::user::NewUser {
                tenant_id: tenant.clone(),
                email: lotse_core::Email::parse(email).unwrap(),
                display_name: "Kollegin".into(),
                role,
                password_hash: hash,
            },
            lotse_core::Timestamp(1),
        )
        .await
        .unwrap()
}

fn page_path(template: &str, org: &Org) -> String {
    let id = if template.starts_with("/clients/") {
        org.client_id.as_str()
    } else if template.starts_with("/cases/") {
        org.case_id.as_str()
    } else {
        org.subject.id.as_str()
    };
    template
        .replace("{id}", id)
        .replace("{code}", "ar")
        .replace("{token}", &"a".repeat(64))
        .replace("{*path}", "css/lotse.css")
        .replace("{file}", "0000.ics")
        .replace("{entry}", "0190c0de-0000-7000-8000-000000000003")
        .replace("{doc}", "0190c0de-0000-7000-8000-000000000004")
        .replace("{task}", "0190c0de-0000-7000-8000-000000000005")
        .replace("{consent}", "0190c0de-0000-7000-8000-000000000001")
        .replace("{attachment}", "0190c0de-0000-7000-8000-000000000006")
        .replace("{draft}", "0190c0de-0000-7000-8000-000000000007")
        .replace("{slug}", "integrationskurs")
        .replace("{topic}", "residence")
        .replace("{version}", "2")
}

/// Form fields that keep everything as it is, so the walk changes nothing that matters.
fn form_for(path: &str, csrf: &str, n: usize) -> Vec<(String, String)> {
    let mut fields = vec![("csrf".to_string(), csrf.to_string())];
    if path == "/admin/users" {
        fields.extend([
            ("email".into(), format!("new{n}@matrix.example")),
            ("name".into(), "Neu".into()),
            ("role".into(), "streetworker".into()),
        ]);
    } else if path.starts_with("/admin/users/") && !path.ends_with("reset-2fa") {
        fields.extend([
            ("role".into(), "counselor".into()),
            ("active".into(), "on".into()),
            ("name".into(), "Kollegin".into()),
        ]);
    } else if path == "/admin/settings" {
        fields.push(("name".into(), "Matrix e.V.".into()));
    } else if path == "/clients" {
        fields.push(("alias".into(), format!("Matrix {n}")));
    } else if path.ends_with("/notes") {
        fields.push(("text".into(), "Notiz".into()));
    } else if path.ends_with("/contacts") {
        fields.extend([("mode".into(), "phone".into()), ("text".into(), "Anruf".into())]);
    } else if path.ends_with("/tasks") {
        fields.extend([("kind".into(), "task".into()), ("title".into(), "Matrix".into())]);
    } else if path.ends_with("/referrals") {
        fields.extend([
            ("service_id".into(), "0190c0de-0000-7000-8000-000000000002".into()),
            ("note".into(), "x".into()),
        ]);
    } else if path.ends_with("/consents") {
        fields.extend([("purpose".into(), "ai_assistance".into()), ("language".into(), "ar".into())]);
    } else if path == "/availability" {
        fields.extend([
            ("weekday".into(), "1".into()),
            ("from".into(), "09:00".into()),
            ("to".into(), "10:00".into()),
            ("slot_minutes".into(), "30".into()),
            ("phone".into(), "on".into()),
        ]);
    } else if path == "/availability/profile" {
        fields.extend([
            ("team".into(), "Matrix".into()),
            ("topic".into(), "housing".into()),
            ("languages".into(), "de".into()),
        ]);
    } else if path.ends_with("/close") {
        fields.push(("outcome".into(), "resolved".into()));
    } else if path.ends_with("/2fa") {
        fields.push(("code".into(), "000000".into()));
    }
    fields
}

fn allowed(access: Access, role: Role) -> bool {
    match access {
        Access::Public | Access::Session | Access::Staff => true,
        Access::Permission(action) => allows(role, action),
        Access::ChatClient => false,
        Access::ChatParticipant => allows(role, lotse_core::policy::Action::HandleClientData),
    }
}

#[tokio::test]
async fn every_role_gets_exactly_its_permissions_on_every_page_route() {
    let app = TestApp::new().await;
    let org = organisation(&app, "Matrix e.V.", "matrix.example").await;
    let mut checked = 0;
    for (n, member) in org.members.iter().enumerate() {
        for (method, template, access) in PAGE_ROUTES {
            // Ending one's own session is covered elsewhere; it would end the walk.
            if template.starts_with("/logout") || matches!(access, Access::Public) {
                continue;
            }
            let path = page_path(template, &org);
            let response = if *method == "GET" {
                app.get_cookie(&path, &member.cookie).await
            } else {
                let fields = form_for(&path, &member.csrf, n);
                let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                app.post_form(&path, &fields, Some(&member.cookie)).await
            };
            let expected_allowed = allowed(*access, member.role);
            if expected_allowed {
                assert_ne!(
                    response.status,
                    StatusCode::FORBIDDEN,
                    "{:?} {method} {path}: {}",
                    member.role,
                    response.body
                );
                assert!(response.status.as_u16() < 500, "{:?} {method} {path}", member.role);
            } else {
                assert_eq!(response.status, StatusCode::FORBIDDEN, "{:?} {method} {path}", member.role);
            }
            checked += 1;
        }
    }
    let walked =
        PAGE_ROUTES.iter().filter(|(_, p, a)| !p.starts_with("/logout") && !matches!(a, Access::Public)).count();
    assert_eq!(checked, 5 * walked);
    assert!(walked >= 13);
}

#[tokio::test]
async fn anonymous_visitors_get_a_login_redirect_or_401_everywhere_protected() {
    let app = TestApp::new().await;
    let org = organisation(&app, "Anonym e.V.", "anonym.example").await;
    for (method, template, access) in PAGE_ROUTES {
        let path = page_path(template, &org);
        let response = if *method == "GET" {
            app.get(&path).await
        } else {
            app.post_form(
                &path,
                &form_for(&path, "x", 0).iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>(),
                None,
            )
            .await
        };
        match access {
            Access::Public => assert!(
                response.status != StatusCode::SEE_OTHER || !response.header("location").starts_with("/login?"),
                "{method} {path}"
            ),
            _ => {
                assert_eq!(response.status, StatusCode::SEE_OTHER, "{method} {path}");
                assert!(response.header("location").starts_with("/login?next="), "{method} {path}");
            }
        }
    }
    for (method, template, access) in API_ROUTES {
        let path = api_path(template, &org, &org.token_id);
        let response = app
            .call(Method::from_bytes(method.as_bytes()).unwrap(), &path, &[("content-type", "application/json")], "{}")
            .await;
        if matches!(access, Access::Public) {
            assert!(response.status != StatusCode::UNAUTHORIZED && response.status.as_u16() < 500, "{method} {path}");
            continue;
        }
        assert_eq!(response.status, StatusCode::UNAUTHORIZED, "{method} {path}");
        assert_eq!(response.json()["error"]["code"], "unauthorized");
    }
}

fn api_path(template: &str, org: &Org, token_id: &str) -> String {
    let id = if template.contains("/tokens/") {
        token_id
    } else if template.contains("/clients/") {
        org.client_id.as_str()
    } else if template.contains("/cases/") {
        org.case_id.as_str()
    } else {
        org.subject.id.as_str()
    };
    template
        .replace("{id}", id)
        .replace("{consent}", "0190c0de-0000-7000-8000-000000000001")
        .replace("{attachment}", "0190c0de-0000-7000-8000-000000000006")
        .replace("{draft}", "0190c0de-0000-7000-8000-000000000007")
        .replace("{entry}", "0190c0de-0000-7000-8000-000000000003")
        .replace("{doc}", "0190c0de-0000-7000-8000-000000000004")
        .replace("{task}", "0190c0de-0000-7000-8000-000000000005")
}

fn api_body(method: &str, path: &str, n: usize, org: &Org) -> String {
    match (method, path) {
        ("POST", "/api/v1/cases") => format!(r#"{{"client_id":"{}","topics":["benefits"]}}"#, org.client_id),
        ("POST", "/api/v1/cases/{id}/notes") => r#"{"text":"Notiz"}"#.into(),
        ("POST", "/api/v1/cases/{id}/contacts") => r#"{"mode":"phone","duration_minutes":10}"#.into(),
        ("POST", "/api/v1/cases/{id}/close") => r#"{"outcome":"resolved"}"#.into(),
        ("POST", "/api/v1/cases/{id}/referrals") => {
            r#"{"service_id":"0190c0de-0000-7000-8000-000000000002","note":"Matrix"}"#.into()
        }
        ("POST", "/api/v1/cases/{id}/referrals/{entry}") => r#"{"status":"accepted"}"#.into(),
        ("POST", "/api/v1/cases/{id}/tasks") => r#"{"kind":"task","title":"Matrix"}"#.into(),
        ("POST", "/api/v1/cases/{id}/assign") => r#"{"user_id":null,"note":""}"#.into(),
        ("POST", "/api/v1/tokens") => r#"{"label":"matrix"}"#.into(),
        ("POST", "/api/v1/users") => {
            format!(r#"{{"email":"api{n}@matrix.example","display_name":"Neu","role":"streetworker"}}"#)
        }
        ("POST", "/api/v1/clients") => format!(r#"{{"alias":"Klient {n}"}}"#),
        ("POST", "/api/v1/clients/{id}/consents") => {
            r#"{"purpose":"counseling","legal_basis":"consent","form_version":"2026-11","language":"de"}"#.into()
        }
        ("PATCH", _) => r#"{"display_name":"Kollegin"}"#.into(),
        ("PUT", _) => r#"{"name":"Matrix e.V.","require_two_factor":false}"#.into(),
        _ => String::new(),
    }
}

#[tokio::test]
async fn every_role_gets_exactly_its_permissions_on_every_api_route() {
    let app = TestApp::new().await;
    let org = organisation(&app, "Matrix e.V.", "matrix.example").await;
    for (n, member) in org.members.iter().enumerate() {
        for (method, template, access) in API_ROUTES {
            let path = template
                .replace(
                    "{id}",
                    if template.contains("tokens") {
                        "0190c0de-0000-7000-8000-000000000000"
                    } else {
                        org.subject.id.as_str()
                    },
                )
                .replace("{entry}", "0190c0de-0000-7000-8000-000000000003")
                .replace("{doc}", "0190c0de-0000-7000-8000-000000000004")
                .replace("{task}", "0190c0de-0000-7000-8000-000000000005");
            let auth = bearer(&member.token);
            let response = app
                .call(
                    Method::from_bytes(method.as_bytes()).unwrap(),
                    &path,
                    &[("authorization", &auth), ("content-type", "application/json")],
                    api_body(method, template, n, &org),
                )
                .await;
            if allowed(*access, member.role) {
                assert!(
                    ![401, 403].contains(&response.status.as_u16()) && response.status.as_u16() < 500,
                    "{:?} {method} {path}: {} {}",
                    member.role,
                    response.status,
                    response.body
                );
            } else {
                assert_eq!(response.status, StatusCode::FORBIDDEN, "{:?} {method} {path}", member.role);
                assert_eq!(response.json()["error"]["code"], "forbidden");
                // The permission is checked before the body is even read.
                if *method != "GET" {
                    let junk = app
                        .call(
                            Method::from_bytes(method.as_bytes()).unwrap(),
                            &path,
                            &[("authorization", &auth), ("content-type", "application/json")],
                            "{not json",
                        )
                        .await;
                    assert_eq!(
                        junk.status,
                        StatusCode::FORBIDDEN,
                        "{:?} {method} {path} with a malformed body",
                        member.role
                    );
                }
            }
        }
    }
}

#[tokio::test]
async fn nothing_of_another_tenant_is_read_changed_or_confirmed() {
    let app = TestApp::new().await;
    let a = organisation(&app, "Tenant A e.V.", "a.example").await;
    let b = organisation(&app, "Tenant B e.V.", "b.example").await;
    let admin_b = &b.members[0];
    assert_eq!(admin_b.role, Role::Admin);
    let victim = &a.subject;

    // Pages with an id of tenant A, as tenant B's admin: 404, exactly as for an id that does not exist.
    // Knowledge pages are shared by the installation (see below), not tenant data.
    for (method, template, _) in
        PAGE_ROUTES.iter().filter(|(_, p, _)| p.contains("{id}") && !p.starts_with("/editorial/"))
    {
        let path = template.replace("{id}", victim.id.as_str());
        let response = if *method == "GET" {
            app.get_cookie(&path, &admin_b.cookie).await
        } else {
            let fields = form_for(&path, &admin_b.csrf, 99);
            app.post_form(
                &path,
                &fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>(),
                Some(&admin_b.cookie),
            )
            .await
        };
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{method} {path}");
    }
    // API routes with an id of tenant A. Knowledge, directory and rumours are shared by the installation by design
    // (docs/knowledge-format.md), so they are not tenant data.
    let auth = bearer(&admin_b.token);
    let shared = ["/api/v1/articles/", "/api/v1/services/", "/api/v1/rumours/"];
    for (method, template, _) in
        API_ROUTES.iter().filter(|(_, p, _)| p.contains("{id}") && !shared.iter().any(|s| p.starts_with(s)))
    {
        let path = api_path(template, &a, &a.token_id);
        let response = app
            .call(
                Method::from_bytes(method.as_bytes()).unwrap(),
                &path,
                &[("authorization", &auth), ("content-type", "application/json")],
                api_body(method, template, 0, &a),
            )
            .await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{method} {path}: {}", response.body);
    }
    // Lists show only tenant B.
    let users = app.get_with("/api/v1/users?limit=200", &[("authorization", &auth)]).await;
    assert!(!users.body.contains("a.example"), "{}", users.body);
    let page = app.get_cookie("/admin/users", &admin_b.cookie).await;
    assert!(!page.body.contains("a.example"));
    let audit = app.get_with(&format!("/api/v1/audit?entity={}", victim.id), &[("authorization", &auth)]).await;
    assert_eq!(audit.json()["total"], 0, "{}", audit.body);
    let audit_page = app.get_cookie(&format!("/admin/audit?entity={}", victim.id), &admin_b.cookie).await;
    assert_eq!(audit_page.status, StatusCode::OK);
    assert!(!audit_page.body.contains(&format!("user {}", victim.id)), "no entry about tenant A's user");

    let clients = app.get_with("/api/v1/clients?limit=200", &[("authorization", &auth)]).await;
    assert!(
        !clients.body.contains(&a.client_id) && !clients.body.contains("Matrix-Klient")
            || clients.json()["items"].as_array().unwrap().iter().all(|c| c["id"] != a.client_id.as_str())
    );

    // Tenant A's objects are unchanged.
    let still = app.db.store.user(&a.tenant, &victim.id).await.unwrap();
    assert_eq!((still.role, still.active, still.display_name.as_str()), (Role::Counselor, true, "Kollegin"));
    let token_owner = app.get_with("/api/v1/me", &[("authorization", &bearer(&a.members.last().unwrap().token))]).await;
    assert_eq!(token_owner.status, StatusCode::OK, "tenant A's token still works");
    assert_eq!(app.db.store.tenant(&a.tenant).await.unwrap().name, "Tenant A e.V.");
    let a_client = app
        .get_with(&format!("/api/v1/clients/{}", a.client_id), &[("authorization", &bearer(&a.members[0].token))])
        .await;
    assert_eq!(a_client.status, StatusCode::OK, "tenant A's client was not erased by B");
    assert_eq!(a_client.json()["real_name"], "Test Person");
}
