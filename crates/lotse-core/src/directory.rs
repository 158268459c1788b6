//! The referral directory: services (authorities, counseling centres, language schools, …) with topics, languages
//! spoken, location and contact, and the search counselors and visitors use to find the nearest fitting one.

use crate::ServiceId;
use crate::case::Topic;
use crate::knowledge::{Invalid, Problem, Source, check_sources, check_text, check_url, invalid, valid_slug};
use serde::{Deserialize, Serialize};

string_enum!(
    ServiceKind {
        Authority = "authority",
        CounselingCentre = "counseling_centre",
        LanguageSchool = "language_school",
        JobCentre = "job_centre",
        EmploymentAgency = "employment_agency",
        Health = "health",
        LegalAid = "legal_aid",
        Recognition = "recognition",
        Housing = "housing",
        SchoolChildcare = "school_childcare",
        Community = "community",
        Other = "other",
    }
);

string_enum!(
    ContactKind {
        Phone = "phone",
        Email = "email",
        Web = "web",
        Address = "address",
        Other = "other",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub kind: ContactKind,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ServiceId>,
    pub slug: String,
    pub name: String,
    pub kind: ServiceKind,
    pub topics: Vec<Topic>,
    /// ISO 639-1 codes of the languages spoken there.
    pub languages: Vec<String>,
    pub street: String,
    pub postcode: String,
    pub town: String,
    pub latitude: f64,
    pub longitude: f64,
    pub opening_hours: String,
    pub contact: Vec<Contact>,
    pub accessibility: String,
    pub description: String,
    pub sources: Vec<Source>,
}

/// A two-letter lower-case language code.
pub fn valid_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

pub fn valid_postcode(code: &str) -> bool {
    code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit())
}

impl Service {
    pub fn validate(&self, at: &str) -> Result<(), Invalid> {
        if !valid_slug(&self.slug) {
            return Err(invalid(format!("{at}.slug"), Problem::BadSlug));
        }
        check_text(&self.name, &format!("{at}.name"), 200, true)?;
        for (i, code) in self.languages.iter().enumerate() {
            if !valid_language_code(code) {
                return Err(invalid(format!("{at}.languages[{i}]"), Problem::BadLanguage));
            }
        }
        check_text(&self.street, &format!("{at}.street"), 200, false)?;
        if !valid_postcode(&self.postcode) {
            return Err(invalid(format!("{at}.postcode"), Problem::BadPostcode));
        }
        check_text(&self.town, &format!("{at}.town"), 100, true)?;
        if !(-90.0..=90.0).contains(&self.latitude) || !(-180.0..=180.0).contains(&self.longitude) {
            return Err(invalid(format!("{at}.latitude"), Problem::BadCoordinates));
        }
        check_text(&self.opening_hours, &format!("{at}.opening_hours"), 1_000, false)?;
        for (i, c) in self.contact.iter().enumerate() {
            let field = format!("{at}.contact[{i}].value");
            check_text(&c.value, &field, 300, true)?;
            if c.kind == ContactKind::Web {
                check_url(&c.value, &field)?;
            }
        }
        check_text(&self.accessibility, &format!("{at}.accessibility"), 1_000, false)?;
        check_text(&self.description, &format!("{at}.description"), 2_000, false)?;
        check_sources(&self.sources, &format!("{at}.sources"))
    }
}

/// A point on the earth, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coordinates {
    pub latitude: f64,
    pub longitude: f64,
}

impl Coordinates {
    /// Great-circle distance in kilometres (haversine; good to a few metres at these distances).
    pub fn distance_km(self, other: Coordinates) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (lat1, lat2) = (self.latitude.to_radians(), other.latitude.to_radians());
        let d_lat = lat2 - lat1;
        let d_lon = (other.longitude - self.longitude).to_radians();
        let a = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

/// Postcode → place and centroid for Saxony-Anhalt (GeoNames, CC BY 4.0; see `data/README.md`).
pub struct Postcodes {
    rows: Vec<(String, String, Coordinates)>,
}

static POSTCODES_CSV: &str = include_str!("../data/postcodes-st.csv");

impl Postcodes {
    /// The table shipped with Lotse.
    pub fn saxony_anhalt() -> &'static Postcodes {
        static TABLE: std::sync::OnceLock<Postcodes> = std::sync::OnceLock::new();
        TABLE.get_or_init(|| Postcodes::parse(POSTCODES_CSV))
    }

    fn parse(csv: &str) -> Postcodes {
        let rows = csv
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split(',');
                let code = cols.next()?.to_string();
                let place = cols.next()?.to_string();
                let latitude = cols.next()?.parse().ok()?;
                let longitude = cols.next()?.parse().ok()?;
                Some((code, place, Coordinates { latitude, longitude }))
            })
            .collect();
        Postcodes { rows }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn lookup(&self, postcode: &str) -> Option<(&str, Coordinates)> {
        self.rows.iter().find(|(code, _, _)| code == postcode.trim()).map(|(_, place, c)| (place.as_str(), *c))
    }
}

/// What a directory search asks for; every part is optional.
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    pub topic: Option<Topic>,
    pub language: Option<String>,
    pub kind: Option<ServiceKind>,
    /// Part of the town's name, any case.
    pub town: Option<String>,
    /// Sort by distance from here, and keep only those within `radius_km` when given.
    pub near: Option<Coordinates>,
    pub radius_km: Option<f64>,
}

/// A service that matched, with its distance when the query had a location.
#[derive(Debug, Clone)]
pub struct DirectoryHit<'a> {
    pub service: &'a Service,
    pub distance_km: Option<f64>,
}

/// Filters and orders services: nearest first when a location is given, otherwise by town and name.
pub fn search<'a>(services: &'a [Service], query: &DirectoryQuery) -> Vec<DirectoryHit<'a>> {
    let town = query.town.as_ref().map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty());
    let mut hits: Vec<DirectoryHit<'a>> = services
        .iter()
        .filter(|s| query.topic.is_none_or(|t| s.topics.contains(&t)))
        .filter(|s| query.kind.is_none_or(|k| s.kind == k))
        .filter(|s| query.language.as_ref().is_none_or(|l| s.languages.iter().any(|x| x == l)))
        .filter(|s| town.as_ref().is_none_or(|t| s.town.to_lowercase().contains(t.as_str())))
        .map(|s| DirectoryHit {
            service: s,
            distance_km: query
                .near
                .map(|here| here.distance_km(Coordinates { latitude: s.latitude, longitude: s.longitude })),
        })
        .filter(|h| match (h.distance_km, query.radius_km) {
            (Some(d), Some(r)) => d <= r,
            _ => true,
        })
        .collect();
    hits.sort_by(|a, b| match (a.distance_km, b.distance_km) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        _ => {
            (a.service.town.as_str(), a.service.name.as_str()).cmp(&(b.service.town.as_str(), b.service.name.as_str()))
        }
    });
    hits
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn service(slug: &str, town: &str, postcode: &str, topics: Vec<Topic>, languages: &[&str]) -> Service {
        let (_, at) = Postcodes::saxony_anhalt().lookup(postcode).unwrap();
        Service {
            id: None,
            slug: slug.into(),
            name: slug.into(),
            kind: ServiceKind::CounselingCentre,
            topics,
            languages: languages.iter().map(|l| l.to_string()).collect(),
            street: String::new(),
            postcode: postcode.into(),
            town: town.into(),
            latitude: at.latitude,
            longitude: at.longitude,
            opening_hours: String::new(),
            contact: vec![],
            accessibility: String::new(),
            description: String::new(),
            sources: vec![],
        }
    }

    #[test]
    fn the_postcode_table_covers_the_three_cities() {
        let table = Postcodes::saxony_anhalt();
        assert!(table.len() >= 200, "{}", table.len());
        let halle = table.lookup("06108").unwrap().1;
        let magdeburg = table.lookup("39104").unwrap().1;
        let dessau = table.lookup("06844").unwrap().1;
        // Halle–Magdeburg is about 75 km, Halle–Dessau about 45 km as the crow flies.
        assert!((70.0..82.0).contains(&halle.distance_km(magdeburg)), "{}", halle.distance_km(magdeburg));
        assert!((38.0..50.0).contains(&halle.distance_km(dessau)), "{}", halle.distance_km(dessau));
        assert!(table.lookup("10115").is_none());
    }

    #[test]
    fn search_filters_by_topic_language_and_town_and_sorts_by_distance() {
        let services = vec![
            service("mbe-magdeburg", "Magdeburg", "39104", vec![Topic::Residence], &["de", "ar"]),
            service("mbe-halle", "Halle (Saale)", "06108", vec![Topic::Residence, Topic::Family], &["de", "uk"]),
            service("vhs-dessau", "Dessau-Roßlau", "06844", vec![Topic::LanguageCourse], &["de"]),
        ];
        let near_halle = Postcodes::saxony_anhalt().lookup("06110").unwrap().1;
        let q = DirectoryQuery { topic: Some(Topic::Residence), near: Some(near_halle), ..Default::default() };
        let slugs: Vec<&str> = search(&services, &q).iter().map(|h| h.service.slug.as_str()).collect();
        assert_eq!(slugs, ["mbe-halle", "mbe-magdeburg"]);
        let q = DirectoryQuery { near: Some(near_halle), radius_km: Some(50.0), ..Default::default() };
        assert_eq!(search(&services, &q).len(), 2);
        let q = DirectoryQuery { language: Some("ar".into()), ..Default::default() };
        assert_eq!(search(&services, &q)[0].service.slug, "mbe-magdeburg");
        let q = DirectoryQuery { town: Some("HALLE".into()), ..Default::default() };
        assert_eq!(search(&services, &q)[0].service.slug, "mbe-halle");
    }

    #[test]
    fn validation_refuses_bad_postcodes_and_coordinates() {
        let mut s = service("x-y", "Halle (Saale)", "06108", vec![], &["de"]);
        assert_eq!(s.validate("d"), Ok(()));
        s.postcode = "6108".into();
        assert_eq!(s.validate("d").unwrap_err().problem, Problem::BadPostcode);
        let mut s = service("x-y", "Halle (Saale)", "06108", vec![], &["deu"]);
        assert_eq!(s.validate("d").unwrap_err().problem, Problem::BadLanguage);
        s.languages = vec![];
        s.latitude = 123.0;
        assert_eq!(s.validate("d").unwrap_err().problem, Problem::BadCoordinates);
    }
}
