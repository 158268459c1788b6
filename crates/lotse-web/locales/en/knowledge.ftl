# Knowledge, services, fact check (public portal) and editorial work (staff)

nav-knowledge = Knowledge
nav-services = Services
nav-factcheck = Fact check
nav-editorial = Editorial
nav-reviews = Reviews

portal-title = Finding your way in Saxony-Anhalt
portal-intro = Verified information on residence, work, language, family and everyday life – checked by lawyers, with sources.
portal-search-title = Search
portal-search-label = What are you looking for?
portal-search-button = Search
portal-results = { $count ->
    [one] One result
   *[other] { $count } results
}
portal-no-results = Nothing found. Try other words or choose a topic.
portal-topics = Topics
portal-filter-topic = Topic
portal-filter-jurisdiction = Applies to
portal-filter-all = All
portal-articles-in-topic = Articles on this topic
portal-no-articles = There are no checked articles on this topic yet.
portal-disclaimer = This information does not replace advice on your individual case. Please take your personal question to a counseling service.

jurisdiction-federal = All of Germany
jurisdiction-state = State
jurisdiction-municipality = Municipality

article-checked = Checked by a lawyer on { $date }
article-review-expired = The regular review of this article is overdue. Some details may be out of date.
article-fallback-notice = This article is not available in your language yet. You are reading the German version.
article-outdated-notice = This translation is based on an older version. The German version is more recent.
article-read-in = Also read in:
article-legal-references = Legal basis
article-sources = Sources
article-source-checked = checked on { $date }
article-version = Version { $version }
article-related-services = Find a matching service
article-plain-language = Plain German
article-german = German

services-title = Counseling services and authorities
services-intro = Find services near you by topic and language.
services-postcode = Postcode
services-radius = Distance in km
services-town = Town
services-language = Language spoken there
services-kind = Kind of service
services-distance = { $km } km away
services-hours = Opening hours
services-contact = Contact
services-accessibility = Accessibility
services-languages = Languages
services-topics = Topics
services-none = No matching service found. Widen the distance or leave out a filter.
services-unknown-postcode = We do not know this postcode. Searching by distance works for postcodes in Saxony-Anhalt.
services-found = { $count ->
    [one] One service
   *[other] { $count } services
}

kind-authority = Authority
kind-counseling_centre = Counseling centre
kind-language_school = Language school
kind-job_centre = Jobcenter
kind-employment_agency = Employment agency
kind-health = Health
kind-legal_aid = Legal advice
kind-recognition = Recognition of qualifications
kind-housing = Housing
kind-school_childcare = School and childcare
kind-community = Community and volunteering
kind-other = Other

factcheck-title = Fact check
factcheck-intro = Rumours from social networks and messenger groups – and what is actually true.
factcheck-claim = Claim
factcheck-seen = seen on { $platform } since { $date }
factcheck-correction = What is true
factcheck-related = Read more
factcheck-empty = No entries yet.
verdict-false = False
verdict-misleading = Misleading
verdict-partly_true = Partly true
verdict-true = True
verdict-unproven = Unproven
platform-other = other channels

editorial-title = Knowledge articles
editorial-intro = Write drafts, send them for legal review, translate. Only lawyers publish.
editorial-new = New article
editorial-slug = Short name for the address (lower case, with hyphens)
editorial-topic = Topic
editorial-jurisdiction = Applies to
editorial-area = Area (state or municipality; empty for all of Germany)
editorial-field-title = Title
editorial-summary = Summary
editorial-body = Text (Markdown)
editorial-references = Legal basis, one per line: law | section | link
editorial-sources = Sources, one per line: title | link | checked on (YYYY-MM-DD)
editorial-create = Create draft
editorial-save = Save as a new version
editorial-submit = Send for legal review
editorial-status = Status
editorial-latest = Newest version
editorial-published = Published version
editorial-none = none
editorial-history = All versions
editorial-diff = Changes from the previous version
editorial-diff-title = Changes from version { $from } to version { $to }
editorial-diff-removed = removed
editorial-diff-added = added
editorial-translations = Translations
editorial-translation-current = current
editorial-translation-outdated = outdated (from version { $version })
editorial-translation-missing = missing
editorial-add-translation = Save translation
editorial-language = Language
editorial-review = Legal review
editorial-review-due = Review valid until
editorial-publish = Sign off and publish this version
editorial-return = Return to the editors
editorial-comment = Comment
editorial-archive = Archive
editorial-signoffs = Review records
editorial-decision-published = Signed off
editorial-decision-returned = Returned
editorial-by = by { $name }
editorial-open-portal = View in the portal
editorial-stale = Someone has saved a newer version in the meantime. Your change was not saved; reload the page.
editorial-wrong-status = This is not possible in the current status.
editorial-invalid = Please check: { $field }
editorial-taken = This short name is already taken.
editorial-line-format = Line { $line } does not have the expected format.
editorial-saved = Saved.
editorial-author = Written by { $name }

status-draft = Draft
status-in_review = In review
status-published = Published
status-archived = Archived
status-review_due = Review due

reviews-title = Reviews
reviews-intro = Articles waiting for your review, and published articles whose review has expired.
reviews-empty = There is nothing to review right now.
