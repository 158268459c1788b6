//! Conversations and messages, written once for both backends.

macro_rules! chat_store {
    ($store:ty, $row:ty) => {
        impl $store {
            fn conversation_from_row(row: &$row) -> Result<lotse_core::chat::Conversation, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "conversation");
                let channel: String = row.try_get("channel").map_err(get)?;
                let topic: Option<String> = row.try_get("topic").map_err(get)?;
                let case: Option<String> = row.try_get("case_id").map_err(get)?;
                let assigned: Option<String> = row.try_get("assigned_to").map_err(get)?;
                let flag: Option<String> = row.try_get("flag").map_err(get)?;
                Ok(lotse_core::chat::Conversation {
                    id: lotse_core::ConversationId::from_trusted(row.try_get("id").map_err(get)?),
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    client_id: lotse_core::ClientId::from_trusted(row.try_get("client_id").map_err(get)?),
                    case_id: case.map(lotse_core::CaseId::from_trusted),
                    channel: lotse_core::chat::Channel::parse(&channel)
                        .ok_or_else(|| lotse_core::StoreError::Backend("unknown channel".into()))?,
                    language: row.try_get("language").map_err(get)?,
                    topic: topic.as_deref().and_then(lotse_core::case::Topic::parse),
                    assigned_to: assigned.map(lotse_core::UserId::from_trusted),
                    last_seq: row.try_get("last_seq").map_err(get)?,
                    client_read_seq: row.try_get("client_read_seq").map_err(get)?,
                    staff_read_seq: row.try_get("staff_read_seq").map_err(get)?,
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                    last_message_at: lotse_core::Timestamp(row.try_get("last_message_at").map_err(get)?),
                    email_thread: row.try_get("email_thread").map_err(get)?,
                    flag: flag.as_deref().and_then(lotse_core::assistant::ConversationFlag::parse),
                })
            }

            fn message_from_row(row: &$row) -> Result<lotse_core::chat::StoredMessage, lotse_core::StoreError> {
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "message");
                let sender: String = row.try_get("sender").map_err(get)?;
                let author: Option<String> = row.try_get("author").map_err(get)?;
                let internal: i64 = row.try_get("internal").map_err(get)?;
                Ok(lotse_core::chat::StoredMessage {
                    conversation_id: lotse_core::ConversationId::from_trusted(
                        row.try_get("conversation_id").map_err(get)?,
                    ),
                    seq: row.try_get("seq").map_err(get)?,
                    sender: lotse_core::chat::SenderKind::parse(&sender)
                        .ok_or_else(|| lotse_core::StoreError::Backend("unknown sender".into()))?,
                    author: author.map(lotse_core::UserId::from_trusted),
                    client_msg_id: row.try_get("client_msg_id").map_err(get)?,
                    internal: internal != 0,
                    sealed_body: row.try_get("sealed_body").map_err(get)?,
                    sent_at: lotse_core::Timestamp(row.try_get("sent_at").map_err(get)?),
                    attachment_id: row.try_get("attachment_id").map_err(get)?,
                })
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::ChatStore for $store {
            async fn create_conversation(
                &self,
                c: &lotse_core::chat::Conversation,
                access_digest: Option<&str>,
                password_hash: Option<&str>,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO conversations (id, tenant_id, client_id, case_id, channel, language, topic, \
                     access_digest, password_hash, assigned_to, email_thread, created_at, last_message_at) \
                     SELECT $1, tenant_id, id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM clients \
                     WHERE tenant_id = $12 AND id = $13 AND erased_at IS NULL",
                )
                .bind(c.id.as_str())
                .bind(c.case_id.as_ref().map(|k| k.as_str().to_string()))
                .bind(c.channel.as_str())
                .bind(c.language.as_str())
                .bind(c.topic.map(|t| t.as_str()))
                .bind(access_digest)
                .bind(password_hash)
                .bind(c.assigned_to.as_ref().map(|u| u.as_str().to_string()))
                .bind(c.email_thread.clone())
                .bind(c.created_at.as_millis())
                .bind(c.last_message_at.as_millis())
                .bind(c.tenant_id.as_str())
                .bind(c.client_id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn conversation(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::ConversationId,
            ) -> Result<lotse_core::chat::Conversation, lotse_core::StoreError> {
                let row = sqlx::query("SELECT * FROM conversations WHERE tenant_id = $1 AND id = $2")
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                Self::conversation_from_row(&row)
            }

            async fn conversation_by_access(
                &self,
                access_digest: &str,
            ) -> Result<(lotse_core::chat::Conversation, Option<String>), lotse_core::StoreError> {
                use sqlx::Row;
                let row = sqlx::query("SELECT * FROM conversations WHERE access_digest = $1")
                    .bind(access_digest)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                let hash: Option<String> =
                    row.try_get("password_hash").map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                Ok((Self::conversation_from_row(&row)?, hash))
            }

            async fn set_conversation_password(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::ConversationId,
                password_hash: &str,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query("UPDATE conversations SET password_hash = $1 WHERE tenant_id = $2 AND id = $3")
                    .bind(password_hash)
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn create_chat_session(
                &self,
                digest: &str,
                tenant: &lotse_core::TenantId,
                conversation: &lotse_core::ConversationId,
                now: lotse_core::Timestamp,
                expires_at: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query(
                    "INSERT INTO chat_sessions (digest, tenant_id, conversation_id, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(digest)
                .bind(tenant.as_str())
                .bind(conversation.as_str())
                .bind(now.as_millis())
                .bind(expires_at.as_millis())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "chat_session"))?;
                Ok(())
            }

            async fn chat_session(
                &self,
                digest: &str,
                now: lotse_core::Timestamp,
            ) -> Result<(lotse_core::TenantId, lotse_core::ConversationId), lotse_core::StoreError> {
                let row: (String, String) = sqlx::query_as(
                    "SELECT tenant_id, conversation_id FROM chat_sessions WHERE digest = $1 AND expires_at > $2",
                )
                .bind(digest)
                .bind(now.as_millis())
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "chat_session"))?;
                Ok((lotse_core::TenantId::from_trusted(row.0), lotse_core::ConversationId::from_trusted(row.1)))
            }

            async fn append_messages(
                &self,
                batch: &[(lotse_core::chat::NewMessage, Vec<u8>)],
            ) -> Result<Vec<Result<lotse_core::chat::Appended, lotse_core::StoreError>>, lotse_core::StoreError>
            {
                let map = |e| $crate::errors::map_sqlx(e, "message");
                let mut out = Vec::with_capacity(batch.len());
                let mut tx = self.begin_write().await?;
                for (m, sealed) in batch {
                    let existing: Option<(i64, i64)> = sqlx::query_as(
                        "SELECT seq, sent_at FROM chat_messages WHERE conversation_id = $1 AND client_msg_id = $2",
                    )
                    .bind(m.conversation_id.as_str())
                    .bind(m.client_msg_id.as_str())
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(map)?;
                    if let Some((seq, sent_at)) = existing {
                        out.push(Ok(lotse_core::chat::Appended {
                            seq,
                            sent_at: lotse_core::Timestamp(sent_at),
                            duplicate: true,
                        }));
                        continue;
                    }
                    let seq: Option<i64> = sqlx::query_scalar(
                        "UPDATE conversations SET last_seq = last_seq + 1, last_message_at = $1 \
                         WHERE tenant_id = $2 AND id = $3 RETURNING last_seq",
                    )
                    .bind(m.sent_at.as_millis())
                    .bind(m.tenant_id.as_str())
                    .bind(m.conversation_id.as_str())
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(map)?;
                    let Some(seq) = seq else {
                        out.push(Err(lotse_core::StoreError::NotFound));
                        continue;
                    };
                    sqlx::query(
                        "INSERT INTO chat_messages (conversation_id, seq, tenant_id, sender, author, client_msg_id, \
                         internal, sealed_body, sent_at, attachment_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                    )
                    .bind(m.conversation_id.as_str())
                    .bind(seq)
                    .bind(m.tenant_id.as_str())
                    .bind(m.sender.as_str())
                    .bind(m.author.as_ref().map(|u| u.as_str().to_string()))
                    .bind(m.client_msg_id.as_str())
                    .bind(i64::from(m.internal))
                    .bind(sealed.as_slice())
                    .bind(m.sent_at.as_millis())
                    .bind(m.attachment_id.clone())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                    out.push(Ok(lotse_core::chat::Appended { seq, sent_at: m.sent_at, duplicate: false }));
                }
                tx.commit().await.map_err(map)?;
                Ok(out)
            }

            async fn messages_after(
                &self,
                tenant: &lotse_core::TenantId,
                conversation: &lotse_core::ConversationId,
                after: i64,
                limit: u32,
            ) -> Result<Vec<lotse_core::chat::StoredMessage>, lotse_core::StoreError> {
                let rows = sqlx::query(
                    "SELECT * FROM chat_messages WHERE tenant_id = $1 AND conversation_id = $2 AND seq > $3 \
                     ORDER BY seq LIMIT $4",
                )
                .bind(tenant.as_str())
                .bind(conversation.as_str())
                .bind(after)
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "message"))?;
                rows.iter().map(Self::message_from_row).collect()
            }

            async fn mark_read(
                &self,
                tenant: &lotse_core::TenantId,
                conversation: &lotse_core::ConversationId,
                client_side: bool,
                seq: i64,
            ) -> Result<(), lotse_core::StoreError> {
                let sql = if client_side {
                    "UPDATE conversations SET client_read_seq = $1 WHERE tenant_id = $2 AND id = $3 \
                     AND client_read_seq < $1 AND last_seq >= $1"
                } else {
                    "UPDATE conversations SET staff_read_seq = $1 WHERE tenant_id = $2 AND id = $3 \
                     AND staff_read_seq < $1 AND last_seq >= $1"
                };
                sqlx::query(sql)
                    .bind(seq)
                    .bind(tenant.as_str())
                    .bind(conversation.as_str())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                Ok(())
            }

            async fn list_conversations(
                &self,
                tenant: &lotse_core::TenantId,
                filter: &lotse_core::store::ConversationFilter,
                page: lotse_core::PageRequest,
            ) -> Result<lotse_core::Page<lotse_core::chat::Conversation>, lotse_core::StoreError> {
                let assigned = filter.assigned_to.as_ref().map(|u| u.as_str().to_string()).unwrap_or_default();
                let language = filter.language.clone().unwrap_or_default();
                let topic = filter.topic.clone().unwrap_or_default();
                let team = filter.team.clone().unwrap_or_default();
                let total: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM conversations WHERE tenant_id = $1 AND ($2 = 0 OR assigned_to IS NULL) \
                     AND ($3 = '' OR assigned_to = $3) AND ($4 = '' OR language = $4) AND ($5 = '' OR topic = $5) \
                     AND ($6 = '' OR assigned_to IN (SELECT user_id FROM counselor_profiles \
                     WHERE tenant_id = $1 AND team = $6))",
                )
                    .bind(tenant.as_str())
                    .bind(i64::from(filter.unassigned))
                    .bind(assigned.as_str())
                    .bind(language.as_str())
                    .bind(topic.as_str())
                    .bind(team.as_str())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                let rows = sqlx::query(
                    "SELECT * FROM conversations WHERE tenant_id = $1 AND ($2 = 0 OR assigned_to IS NULL) \
                     AND ($3 = '' OR assigned_to = $3) AND ($4 = '' OR language = $4) AND ($5 = '' OR topic = $5) \
                     AND ($6 = '' OR assigned_to IN (SELECT user_id FROM counselor_profiles \
                     WHERE tenant_id = $1 AND team = $6)) \
                     ORDER BY last_message_at DESC, id LIMIT $7 OFFSET $8",
                )
                .bind(tenant.as_str())
                .bind(i64::from(filter.unassigned))
                .bind(assigned.as_str())
                .bind(language.as_str())
                .bind(topic.as_str())
                .bind(team.as_str())
                .bind($crate::errors::to_i64(page.limit))
                .bind($crate::errors::to_i64(page.offset))
                .fetch_all(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                Ok(lotse_core::Page {
                    items: rows.iter().map(Self::conversation_from_row).collect::<Result<_, _>>()?,
                    total: $crate::errors::to_u64(total),
                    offset: page.offset,
                    limit: page.limit,
                })
            }

            async fn assign_conversation(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::ConversationId,
                user: Option<&lotse_core::UserId>,
            ) -> Result<(), lotse_core::StoreError> {
                // The assignee must be a user of the same tenant.
                let done = sqlx::query(
                    "UPDATE conversations SET assigned_to = $1 WHERE tenant_id = $2 AND id = $3 \
                     AND ($1 IS NULL OR EXISTS (SELECT 1 FROM users u WHERE u.tenant_id = $2 AND u.id = $1))",
                )
                .bind(user.map(|u| u.as_str().to_string()))
                .bind(tenant.as_str())
                .bind(id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }

            async fn add_chat_attachment(
                &self,
                a: &lotse_core::chat_attachment::ChatAttachment,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query(
                    "INSERT INTO chat_attachments (id, tenant_id, conversation_id, storage_key, sealed_name, \
                     content_type, size_bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(a.id.as_str())
                .bind(a.tenant_id.as_str())
                .bind(a.conversation_id.as_str())
                .bind(a.storage_key.as_str())
                .bind(a.sealed_name.as_slice())
                .bind(a.content_type.as_str())
                .bind(a.size_bytes)
                .bind(a.created_at.as_millis())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "attachment"))?;
                Ok(())
            }

            async fn chat_attachments(
                &self,
                tenant: &lotse_core::TenantId,
                conversation: &lotse_core::ConversationId,
            ) -> Result<Vec<String>, lotse_core::StoreError> {
                sqlx::query_scalar("SELECT id FROM chat_attachments WHERE tenant_id = $1 AND conversation_id = $2 ORDER BY id")
                    .bind(tenant.as_str())
                    .bind(conversation.as_str())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "attachment"))
            }

            async fn chat_attachment(
                &self,
                tenant: &lotse_core::TenantId,
                conversation: &lotse_core::ConversationId,
                id: &str,
            ) -> Result<lotse_core::chat_attachment::ChatAttachment, lotse_core::StoreError> {
                use sqlx::Row;
                let row = sqlx::query(
                    "SELECT * FROM chat_attachments WHERE tenant_id = $1 AND conversation_id = $2 AND id = $3",
                )
                .bind(tenant.as_str())
                .bind(conversation.as_str())
                .bind(id)
                .fetch_one(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "attachment"))?;
                let get = |e| $crate::errors::map_sqlx(e, "attachment");
                Ok(lotse_core::chat_attachment::ChatAttachment {
                    id: row.try_get("id").map_err(get)?,
                    tenant_id: lotse_core::TenantId::from_trusted(row.try_get("tenant_id").map_err(get)?),
                    conversation_id: lotse_core::ConversationId::from_trusted(row.try_get("conversation_id").map_err(get)?),
                    storage_key: row.try_get("storage_key").map_err(get)?,
                    sealed_name: row.try_get("sealed_name").map_err(get)?,
                    content_type: row.try_get("content_type").map_err(get)?,
                    size_bytes: row.try_get("size_bytes").map_err(get)?,
                    created_at: lotse_core::Timestamp(row.try_get("created_at").map_err(get)?),
                })
            }

            async fn email_conversation(
                &self,
                tenant: &lotse_core::TenantId,
                message_ids: &[String],
            ) -> Result<Option<lotse_core::ConversationId>, lotse_core::StoreError> {
                for id in message_ids {
                    let found: Option<String> = sqlx::query_scalar(
                        "SELECT conversation_id FROM email_messages WHERE tenant_id = $1 AND message_id = $2",
                    )
                    .bind(tenant.as_str())
                    .bind(id.as_str())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "email"))?;
                    if let Some(conversation) = found {
                        return Ok(Some(lotse_core::ConversationId::from_trusted(conversation)));
                    }
                }
                Ok(None)
            }

            async fn record_email(
                &self,
                tenant: &lotse_core::TenantId,
                conversation: &lotse_core::ConversationId,
                message_id: &str,
                received: bool,
                now: lotse_core::Timestamp,
            ) -> Result<(), lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "email");
                sqlx::query(
                    "INSERT INTO email_messages (tenant_id, message_id, conversation_id, created_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (tenant_id, message_id) DO NOTHING",
                )
                .bind(tenant.as_str())
                .bind(message_id)
                .bind(conversation.as_str())
                .bind(now.as_millis())
                .execute(&self.pool)
                .await
                .map_err(map)?;
                if received {
                    sqlx::query("UPDATE conversations SET email_thread = $1 WHERE tenant_id = $2 AND id = $3")
                        .bind(message_id)
                        .bind(tenant.as_str())
                        .bind(conversation.as_str())
                        .execute(&self.pool)
                        .await
                        .map_err(map)?;
                }
                Ok(())
            }

            async fn move_conversation(
                &self,
                tenant: &lotse_core::TenantId,
                conversation: &lotse_core::ConversationId,
                client: &lotse_core::ClientId,
                messages: &[(i64, Vec<u8>)],
                files: &[(String, Vec<u8>, String)],
            ) -> Result<(), lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "conversation");
                let mut tx = self.begin_write().await?;
                let moved = sqlx::query(
                    "UPDATE conversations SET client_id = $1, case_id = NULL WHERE tenant_id = $2 AND id = $3 \
                     AND EXISTS (SELECT 1 FROM clients c WHERE c.tenant_id = $2 AND c.id = $1 AND c.erased_at IS NULL)",
                )
                .bind(client.as_str())
                .bind(tenant.as_str())
                .bind(conversation.as_str())
                .execute(&mut *tx)
                .await
                .map_err(map)?;
                if moved.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                for (seq, sealed) in messages {
                    sqlx::query("UPDATE chat_messages SET sealed_body = $1 WHERE conversation_id = $2 AND seq = $3")
                        .bind(sealed.as_slice())
                        .bind(conversation.as_str())
                        .bind(*seq)
                        .execute(&mut *tx)
                        .await
                        .map_err(map)?;
                }
                for (id, sealed_name, storage_key) in files {
                    sqlx::query(
                        "UPDATE chat_attachments SET sealed_name = $1, storage_key = $2 WHERE conversation_id = $3 AND id = $4",
                    )
                    .bind(sealed_name.as_slice())
                    .bind(storage_key.as_str())
                    .bind(conversation.as_str())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                }
                tx.commit().await.map_err(map)?;
                Ok(())
            }

            async fn link_conversation_case(
                &self,
                tenant: &lotse_core::TenantId,
                id: &lotse_core::ConversationId,
                case: Option<&lotse_core::CaseId>,
            ) -> Result<(), lotse_core::StoreError> {
                let done = sqlx::query(
                    "UPDATE conversations SET case_id = $1 WHERE tenant_id = $2 AND id = $3 \
                     AND ($1 IS NULL OR EXISTS (SELECT 1 FROM cases k WHERE k.tenant_id = $2 AND k.id = $1 \
                     AND k.client_id = conversations.client_id))",
                )
                .bind(case.map(|c| c.as_str().to_string()))
                .bind(tenant.as_str())
                .bind(id.as_str())
                .execute(&self.pool)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "conversation"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Ok(())
            }
        }
    };
}

pub(crate) use chat_store;
