//! Routing suggestions: which counselor (and so which team) fits a waiting case, by topic, the client's languages
//! and region. A suggestion is advice with its reasons; a person decides.

use crate::case::{Case, Topic};
use crate::{TenantId, Timestamp, UserId};
use serde::Serialize;

/// What a counselor handles. Regions are postcode prefixes (`06`, `061`, `39104`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CounselorProfile {
    pub user_id: UserId,
    pub tenant_id: TenantId,
    pub team: String,
    pub topics: Vec<Topic>,
    pub languages: Vec<String>,
    pub regions: Vec<String>,
    /// An e-mail when a client writes (to the assignee, or to all who want it while nobody is assigned).
    pub notify_by_email: bool,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    #[error("unknown topic")]
    Topic,
    #[error("languages are two-letter codes")]
    Language,
    #[error("regions are postcode beginnings of one to five digits")]
    Region,
    #[error("the team name has at most 80 characters")]
    Team,
}

fn list(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split([',', ' ', ';']).map(|p| p.trim().to_ascii_lowercase()).filter(|p| !p.is_empty())
}

/// Checks and normalises a profile from its text form (comma-separated lists).
pub fn parse_profile(
    tenant: &TenantId,
    user: &UserId,
    team: &str,
    topics: &[String],
    languages: &str,
    regions: &str,
    now: Timestamp,
) -> Result<CounselorProfile, ProfileError> {
    let team = team.trim();
    if team.chars().count() > 80 || team.chars().any(char::is_control) || team.contains(',') {
        return Err(ProfileError::Team);
    }
    let mut parsed_topics = Vec::new();
    for topic in topics {
        let topic = Topic::parse(topic.trim()).ok_or(ProfileError::Topic)?;
        if !parsed_topics.contains(&topic) {
            parsed_topics.push(topic);
        }
    }
    let mut parsed_languages: Vec<String> = Vec::new();
    for code in list(languages) {
        if !crate::directory::valid_language_code(&code) {
            return Err(ProfileError::Language);
        }
        if !parsed_languages.contains(&code) {
            parsed_languages.push(code);
        }
    }
    let mut parsed_regions: Vec<String> = Vec::new();
    for prefix in list(regions) {
        if !(1..=5).contains(&prefix.len()) || !prefix.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ProfileError::Region);
        }
        if !parsed_regions.contains(&prefix) {
            parsed_regions.push(prefix);
        }
    }
    Ok(CounselorProfile {
        user_id: user.clone(),
        tenant_id: tenant.clone(),
        team: team.to_string(),
        topics: parsed_topics,
        languages: parsed_languages,
        regions: parsed_regions,
        notify_by_email: false,
        updated_at: now,
    })
}

/// The region kept for a case: the first three digits of a German postcode, so the case can be routed without
/// storing where exactly the client lives. Empty input → none.
pub fn region_of(postcode: &str) -> Result<Option<String>, ProfileError> {
    let postcode = postcode.trim();
    if postcode.is_empty() {
        return Ok(None);
    }
    if postcode.len() != 5 || !postcode.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ProfileError::Region);
    }
    Ok(Some(postcode[..3].to_string()))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub user_id: UserId,
    pub team: String,
    pub score: u32,
    pub topics: Vec<Topic>,
    pub languages: Vec<String>,
    pub region: bool,
}

/// Up to `limit` counselors for the case, best first. Each shared topic counts 3, a shared language 2 (a client
/// who cannot be understood is not helped, whatever the topic), a matching region 1. Counselors who match
/// nothing are not suggested. Ties keep the profiles' order.
pub fn suggest(
    case: &Case,
    client_languages: &[String],
    profiles: &[CounselorProfile],
    limit: usize,
) -> Vec<Suggestion> {
    let mut suggestions: Vec<Suggestion> = profiles
        .iter()
        .map(|p| {
            let topics: Vec<Topic> = case.topics.iter().filter(|t| p.topics.contains(t)).copied().collect();
            let languages: Vec<String> = client_languages.iter().filter(|l| p.languages.contains(l)).cloned().collect();
            let region = match &case.region {
                // A profile prefix of any length matches when the case's three digits and it agree so far.
                Some(case_region) => {
                    p.regions.iter().any(|r| case_region.starts_with(r.as_str()) || r.starts_with(case_region.as_str()))
                }
                None => false,
            };
            let score = 3 * topics.len() as u32 + 2 * languages.len() as u32 + u32::from(region);
            Suggestion { user_id: p.user_id.clone(), team: p.team.clone(), score, topics, languages, region }
        })
        .filter(|s| s.score > 0)
        .collect();
    suggestions.sort_by_key(|s| std::cmp::Reverse(s.score));
    suggestions.truncate(limit);
    suggestions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::CaseStatus;

    fn profile(team: &str, topics: &[&str], languages: &str, regions: &str) -> CounselorProfile {
        let topics: Vec<String> = topics.iter().map(|t| t.to_string()).collect();
        let parsed =
            parse_profile(&TenantId::generate(), &UserId::generate(), team, &topics, languages, regions, Timestamp(0));
        assert!(parsed.is_ok(), "{parsed:?}");
        let Ok(profile) = parsed else { unreachable!() };
        profile
    }

    fn case(topics: &[Topic], region: Option<&str>) -> Case {
        Case {
            id: crate::CaseId::generate(),
            tenant_id: TenantId::generate(),
            client_id: crate::ClientId::generate(),
            topics: topics.to_vec(),
            status: CaseStatus::Open,
            outcome: None,
            assigned_to: None,
            opened_by: None,
            opened_at: Timestamp(0),
            closed_at: None,
            region: region.map(str::to_string),
            team: None,
        }
    }

    #[test]
    fn topic_language_and_region_rank_counselors_and_non_matches_are_left_out() {
        let housing_arabic_halle = profile("Halle", &["housing"], "ar, de", "06");
        let housing_only = profile("Magdeburg", &["housing"], "de", "39");
        let arabic_only = profile("Magdeburg", &["job_search"], "ar", "39");
        let nothing = profile("", &["recognition"], "ru", "29");
        let profiles = [housing_only.clone(), arabic_only.clone(), nothing, housing_arabic_halle.clone()];
        let waiting = case(&[Topic::Housing], Some("061"));
        let ranked = suggest(&waiting, &["ar".to_string()], &profiles, 5);
        let order: Vec<&UserId> = ranked.iter().map(|s| &s.user_id).collect();
        assert_eq!(order, [&housing_arabic_halle.user_id, &housing_only.user_id, &arabic_only.user_id]);
        assert_eq!(ranked[0].score, 3 + 2 + 1);
        assert!(ranked[0].region && ranked[0].team == "Halle");
        assert_eq!(suggest(&waiting, &[], &profiles, 1).len(), 1);
    }

    #[test]
    fn profiles_and_postcodes_are_checked() {
        let t = TenantId::generate();
        let u = UserId::generate();
        let n = Timestamp(0);
        assert_eq!(parse_profile(&t, &u, "", &["weather".into()], "", "", n), Err(ProfileError::Topic));
        assert_eq!(parse_profile(&t, &u, "", &[], "arabic", "", n), Err(ProfileError::Language));
        assert_eq!(parse_profile(&t, &u, "", &[], "", "06x", n), Err(ProfileError::Region));
        assert_eq!(parse_profile(&t, &u, "a,b", &[], "", "", n), Err(ProfileError::Team));
        assert_eq!(region_of("06108"), Ok(Some("061".to_string())));
        assert_eq!(region_of(""), Ok(None));
        assert_eq!(region_of("0610"), Err(ProfileError::Region));
    }
}
