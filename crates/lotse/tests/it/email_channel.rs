//! The e-mail channel through a real mail server (OpenSMTPD → LMTP → Dovecot, started by scripts/test.sh): a mail
//! to the counseling address appears in the inbox; the counselor's answer arrives in the sender's mailbox with
//! the right In-Reply-To; the client's reply to that answer lands in the same conversation; reading the mailbox
//! again stores nothing twice; an urgent mail is answered at once with the emergency numbers, by mail, and
//! flagged for a counselor.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::reminders::{mail_server, wait_for_mail};
use crate::support::{TestApp, bearer};
use axum::http::{Method, StatusCode};
use lotse_core::Role;
use lotse_core::mail::{MailSender, OutgoingMail};
use std::sync::Arc;

/// The counseling address `{mailbox}@lotse.test` of `tenant`, sending by SMTP and reading its own mailbox.
fn counseling_channel(
    smtp: &str,
    imap: &str,
    mailbox: &str,
    tenant: &lotse_core::TenantId,
) -> lotse_web::email::MailChannel {
    lotse_web::email::MailChannel::new(
        Arc::new(lotse_mail::SmtpMailer::new(smtp, &format!("Beratung <{mailbox}@lotse.test>")).unwrap()),
        "lotse.test",
        Some(lotse_mail::imap::ImapAccount::from_url(&format!("imap://{mailbox}:mailtest@{imap}")).unwrap()),
        tenant.clone(),
        "https://beratung.example.org",
    )
}

#[tokio::test]
async fn a_mail_becomes_a_conversation_and_the_answer_goes_back_threaded() {
    let (smtp, imap) = mail_server();
    let app = TestApp::new().await;
    let (user, token) = app.tenant_with_user("Beratung Post", "post@post.example", Role::Counselor).await;
    let staff = bearer(&token);
    let run = &uuid::Uuid::now_v7().simple().to_string()[20..];
    let counseling = format!("beratung{run}");
    let client_box = format!("klient{run}");
    assert!(app.state.mail.set(Arc::new(counseling_channel(&smtp, &imap, &counseling, &user.tenant_id))).is_ok());

    // The client writes from an ordinary mail program.
    let client_mailer = lotse_mail::SmtpMailer::new(&smtp, &format!("Amal <{client_box}@example.org>")).unwrap();
    let first_id = format!("<frage-{run}@example.org>");
    client_mailer
        .send(&OutgoingMail {
            to: lotse_core::Email::parse(&format!("{counseling}@lotse.test")).unwrap(),
            subject: "Frage zur Anerkennung".into(),
            text: "Guten Tag, wie lasse ich mein Diplom anerkennen?".into(),
            message_id: first_id.clone(),
            in_reply_to: None,
            references: vec![],
            automatic: false,
        })
        .await
        .unwrap();
    wait_for_mail(&imap, &counseling, 1).await;
    let report = lotse_web::email::poll_inbox(&app.state).await.unwrap();
    assert_eq!(report.stored, 1, "{report:?}");
    let again = lotse_web::email::poll_inbox(&app.state).await.unwrap();
    assert_eq!(again.stored, 0, "seen mail is not read twice");

    let inbox = app.get_with("/api/v1/conversations", &[("authorization", &staff)]).await.json();
    assert_eq!(inbox.as_array().unwrap().len(), 1, "{inbox}");
    assert_eq!(inbox[0]["channel"], "email");
    let conversation = inbox[0]["id"].as_str().unwrap().to_string();
    let messages = app
        .get_with(&format!("/api/v1/conversations/{conversation}/messages"), &[("authorization", &staff)])
        .await
        .json();
    let body = messages["messages"][0]["body"].as_str().unwrap();
    assert!(body.contains("Frage zur Anerkennung") && body.contains("Diplom anerkennen"), "{body}");
    // The sender's address is in the client's sealed profile, not in the conversation list.
    let client = app
        .get_with(&format!("/api/v1/clients/{}", inbox[0]["client_id"].as_str().unwrap()), &[("authorization", &staff)])
        .await
        .json();
    assert_eq!(client["email"], format!("{client_box}@example.org"));

    // The counselor answers; the mail arrives threaded under the client's mail.
    let answer = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{conversation}/messages"),
            &[("authorization", &staff), ("content-type", "application/json")],
            r#"{"client_msg_id":"a1","body":"Guten Tag! Die Anerkennung beginnt bei der zuständigen Stelle; ich schicke Ihnen die Adresse."}"#,
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED);
    let arrived = wait_for_mail(&imap, &client_box, 1).await;
    assert_eq!(arrived.len(), 1, "the answer reached the client's mailbox");
    let parsed = lotse_mail::imap::parse(&arrived[0]).unwrap();
    assert_eq!(parsed.parents.first(), Some(&first_id), "In-Reply-To names the client's mail");
    assert!(parsed.text.contains("zuständigen Stelle"));
    assert_eq!(parsed.from, format!("{counseling}@lotse.test"));
    // An internal note does not go out.
    app.call(
        Method::POST,
        &format!("/api/v1/conversations/{conversation}/messages"),
        &[("authorization", &staff), ("content-type", "application/json")],
        r#"{"client_msg_id":"n1","body":"intern","internal":true}"#,
    )
    .await;

    // The client replies to the answer: it joins the same conversation.
    client_mailer
        .send(&OutgoingMail {
            to: lotse_core::Email::parse(&format!("{counseling}@lotse.test")).unwrap(),
            subject: "Re: Antwort".into(),
            text: "Danke, das hilft mir.".into(),
            message_id: format!("<danke-{run}@example.org>"),
            in_reply_to: Some(parsed.message_id.clone()),
            references: vec![first_id.clone(), parsed.message_id.clone()],
            automatic: false,
        })
        .await
        .unwrap();
    wait_for_mail(&imap, &counseling, 2).await;
    assert_eq!(lotse_web::email::poll_inbox(&app.state).await.unwrap().stored, 1);
    let inbox = app.get_with("/api/v1/conversations", &[("authorization", &staff)]).await.json();
    assert_eq!(inbox.as_array().unwrap().len(), 1, "still one conversation");
    let messages = app
        .get_with(&format!("/api/v1/conversations/{conversation}/messages"), &[("authorization", &staff)])
        .await
        .json();
    let bodies: Vec<&str> =
        messages["messages"].as_array().unwrap().iter().map(|m| m["body"].as_str().unwrap()).collect();
    assert_eq!(bodies.len(), 4, "{bodies:?}");
    assert!(bodies[3].contains("Danke, das hilft mir."));
    assert_eq!(wait_for_mail(&imap, &client_box, 2).await.len(), 1, "the internal note was not mailed");
}

#[tokio::test]
async fn counselors_and_consenting_clients_are_notified_by_mail_without_content() {
    let (smtp, imap) = mail_server();
    let app = TestApp::new().await;
    let run = &uuid::Uuid::now_v7().simple().to_string()[20..];
    let counselor_box = format!("berater{run}");
    let (user, token) =
        app.tenant_with_user("Beratung Hinweis", &format!("{counselor_box}@lotse.test"), Role::Counselor).await;
    let staff = bearer(&token);
    let channel = lotse_web::email::MailChannel::new(
        Arc::new(lotse_mail::SmtpMailer::new(&smtp, "Beratung <hinweis@lotse.test>").unwrap()),
        "lotse.test",
        None,
        user.tenant_id.clone(),
        "https://beratung.example.org",
    );
    assert!(app.state.mail.set(Arc::new(channel)).is_ok());
    let wants = app
        .call(
            Method::PUT,
            "/api/v1/me/routing-profile",
            &[("authorization", &staff), ("content-type", "application/json")],
            r#"{"notify_by_email":true}"#,
        )
        .await;
    assert_eq!(wants.status, StatusCode::OK, "{}", wants.body);

    let started = app
        .call(Method::POST, "/api/v1/chat/start", &[("content-type", "application/json")], r#"{"lang":"fa"}"#)
        .await
        .json();
    let conversation = started["conversation_id"].as_str().unwrap().to_string();
    let client = started["client_token"].as_str().unwrap().to_string();
    let secret = "Geheimnis-Kanarie: mein Aufenthalt läuft ab";
    let sent = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{conversation}/messages"),
            &[("authorization", &bearer(&client)), ("content-type", "application/json")],
            serde_json::json!({"client_msg_id": "c1", "body": secret}).to_string(),
        )
        .await;
    assert_eq!(sent.status, StatusCode::CREATED);
    let mails = wait_for_mail(&imap, &counselor_box, 1).await;
    assert_eq!(mails.len(), 1, "the counselor is told");
    let parsed = lotse_mail::imap::parse(&mails[0]).unwrap();
    assert!(parsed.text.contains(&format!("https://beratung.example.org/inbox/{conversation}")), "{}", parsed.text);
    assert!(!String::from_utf8_lossy(&mails[0]).contains("Kanarie"), "no message text in a notification");

    // The client asks for e-mail notifications on the chat page: bad input refused, then address and consent.
    let cookie = format!("lotse_chat={client}");
    let client_box = format!("ratsuchend{run}");
    let refused = app.post_form("/chat/c/notify", &[("email", "keine-adresse")], Some(&cookie)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let without_consent =
        app.post_form("/chat/c/notify", &[("email", &format!("{client_box}@example.org"))], Some(&cookie)).await;
    assert_eq!(without_consent.status, StatusCode::UNPROCESSABLE_ENTITY);
    let on = app
        .post_form(
            "/chat/c/notify",
            &[("email", &format!("{client_box}@example.org")), ("consent", "on")],
            Some(&cookie),
        )
        .await;
    assert_eq!(on.status, StatusCode::SEE_OTHER, "{}", on.body);
    assert!(app.get_cookie("/chat/c", &cookie).await.body.contains("role=\"status\""));

    // Two answers in a row: one notification (at most one in 15 minutes), in the client's language, no content.
    for (id, body) in [("s1", "پاسخ اول"), ("s2", "پاسخ دوم")] {
        let answer = app
            .call(
                Method::POST,
                &format!("/api/v1/conversations/{conversation}/messages"),
                &[("authorization", &staff), ("content-type", "application/json")],
                serde_json::json!({"client_msg_id": id, "body": body}).to_string(),
            )
            .await;
        assert_eq!(answer.status, StatusCode::CREATED);
    }
    let mails = wait_for_mail(&imap, &client_box, 1).await;
    assert_eq!(mails.len(), 1);
    let parsed = lotse_mail::imap::parse(&mails[0]).unwrap();
    assert!(parsed.subject.contains("مرکز مشاوره"), "in Farsi: {}", parsed.subject);
    assert!(!parsed.text.contains("پاسخ اول") && !parsed.text.contains("پاسخ دوم"), "no answer text: {}", parsed.text);
    assert_eq!(wait_for_mail(&imap, &client_box, 2).await.len(), 1, "throttled");
}

#[tokio::test]
async fn an_urgent_mail_gets_the_emergency_numbers_by_mail_and_a_flag() {
    let (smtp, imap) = mail_server();
    let app = TestApp::new().await;
    let (user, token) = app.tenant_with_user("Beratung Notfall", "notfall@post.example", Role::Counselor).await;
    let staff = bearer(&token);
    let run = &uuid::Uuid::now_v7().simple().to_string()[20..];
    let counseling = format!("notruf{run}");
    let client_box = format!("hilfe{run}");
    assert!(app.state.mail.set(Arc::new(counseling_channel(&smtp, &imap, &counseling, &user.tenant_id))).is_ok());
    let client_mailer = lotse_mail::SmtpMailer::new(&smtp, &format!("Sara <{client_box}@example.org>")).unwrap();
    client_mailer
        .send(&OutgoingMail {
            to: lotse_core::Email::parse(&format!("{counseling}@lotse.test")).unwrap(),
            subject: "Hilfe".into(),
            text: "Mein Mann schlägt mich, ich habe Angst, heute nach Hause zu gehen.".into(),
            message_id: format!("<hilfe-{run}@example.org>"),
            in_reply_to: None,
            references: vec![],
            automatic: false,
        })
        .await
        .unwrap();
    wait_for_mail(&imap, &counseling, 1).await;
    assert_eq!(lotse_web::email::poll_inbox(&app.state).await.unwrap().stored, 1);

    // The automatic answer reaches the client's mailbox, threaded, with the emergency numbers.
    let arrived = wait_for_mail(&imap, &client_box, 1).await;
    assert_eq!(arrived.len(), 1, "the emergency numbers went out by mail");
    let parsed = lotse_mail::imap::parse(&arrived[0]).unwrap();
    assert_eq!(parsed.parents.first().map(String::as_str), Some(format!("<hilfe-{run}@example.org>").as_str()));
    for number in ["110", "112", "116 016"] {
        assert!(parsed.text.contains(number), "{number} in {}", parsed.text);
    }
    // In the inbox: flagged urgent, the mail and the automatic message.
    let inbox = app.get_with("/api/v1/conversations", &[("authorization", &staff)]).await.json();
    let id = inbox[0]["id"].as_str().unwrap().to_string();
    let conversation =
        app.db.store.conversation(&user.tenant_id, &lotse_core::ConversationId::parse(&id).unwrap()).await.unwrap();
    assert_eq!(conversation.flag, Some(lotse_core::assistant::ConversationFlag::Urgent));
    let messages =
        app.get_with(&format!("/api/v1/conversations/{id}/messages"), &[("authorization", &staff)]).await.json();
    let senders: Vec<&str> =
        messages["messages"].as_array().unwrap().iter().map(|m| m["sender"].as_str().unwrap()).collect();
    assert_eq!(senders, ["client", "system"]);
}
