# Lotse – user interface, English (translated from German, the source language of all translations).
# Key rules: every language has exactly the same keys; use variables ($name) only as in the German file.

## Frame of every page
site-name = Lotse
site-tagline = Migration counseling – safe and easy to understand
skip-to-content = Skip to content
nav-main-label = Main navigation
nav-home = Home
language-switch-label = Choose language
language-current = Current language: { $language }
footer-label = Footer
footer-about = Lotse is free software for migration counseling. Your data stays with the counseling center.
footer-version = Version { $version }

## Home page
home-title = Welcome to Lotse
home-intro = Here you will find guidance on residence, work, language and everyday life in Germany – and people who can advise you.
home-features-heading = What Lotse does for you
home-feature-verified-title = Checked information
home-feature-verified-text = Lawyers check our answers. Every answer shows its source and the date it was checked.
home-feature-noapp-title = Counseling without an app
home-feature-noapp-text = You do not need an app, a phone number or an email address. An access code is enough.
home-feature-privacy-title = Your data is protected
home-feature-privacy-text = Personal data is stored encrypted and is not passed on to third parties.
home-languages-heading = In your language
home-languages-text = Lotse speaks German, English, Arabic, Ukrainian, Russian, Persian and Turkish.

## Language selection without JavaScript
language-page-title = Choose language
language-page-intro = Choose the language in which Lotse should be shown. Your choice is saved in a cookie.

## Errors (pages and API)
error-page-title = Error { $status }
error-back-home = Go to the home page
error-request-id = Reference number: { $id }
error-bad_request = The request is not valid.
error-malformed_json = The data sent is not valid JSON.
error-unsupported_media_type = This data format is not supported. Please send JSON.
error-unauthorized = Please sign in to continue.
error-invalid_token = The access key is not valid or has been revoked.
error-forbidden = You do not have permission to do this.
error-not_found = This page does not exist.
error-method_not_allowed = This action is not possible here.
error-payload_too_large = The data sent is too large.
error-invalid_input = Some details are not valid. Please check what you entered.
error-too_many_requests = Too many requests. Please wait a moment and then try again.
error-internal = An internal error has occurred. Please try again later.
error-unavailable = The service is not available right now. Please try again later.
error-conflict = These details already exist, for example an email address that is already in use.
error-gone = This link has expired.

## Staff sign-in
nav-login = Sign in
nav-staff = Overview
nav-audit = Audit log
nav-logout = Sign out
login-title = Staff sign-in
login-email = Email address
login-password = Password
login-submit = Sign in
login-help = Forgot your password? Please contact the administrators of your organization.
login-failed = The email address or password is incorrect.
login-throttled = Too many failed sign-in attempts. Please wait { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and then try again.
login-2fa-title = Second factor
login-2fa-code = Six-digit code from your authenticator app
login-2fa-submit = Confirm
login-2fa-failed = The code is wrong or has already been used.
login-2fa-too-many = Too many wrong codes. Please sign in again.
login-2fa-recovery-hint = No access to the app? Enter one of your recovery codes.

## Set up two-factor authentication
twofa-title = Two-factor authentication
twofa-intro = Your organization protects personal data with a second factor. Scan the QR code with an authenticator app and enter the code it shows.
twofa-qr-label = QR code for the authenticator app
twofa-manual = Or enter this key by hand:
twofa-confirm = Set up
twofa-enabled = Two-factor authentication is set up.
twofa-already = Two-factor authentication is already set up. To reset it, please contact the administrators.
twofa-recovery-heading = Recovery codes
twofa-recovery-text = Each code works once, in case you cannot access the app. Keep the codes in a safe place; they are shown only now.
twofa-continue = Continue to the overview

## Staff overview
staff-title = Overview
staff-welcome = Welcome, { $name }
staff-organisation = Organization
staff-role = Role
staff-2fa = Two-factor authentication
staff-2fa-on = set up
staff-2fa-off = not set up
staff-2fa-setup = Set up now
staff-sessions = Sessions
staff-logout-everywhere = Sign out on all devices
role-admin = Administration
role-coordinator = Coordination
role-counselor = Counseling
role-legal_reviewer = Legal review
role-streetworker = Digital street work

## Audit log
audit-title = Access log
audit-time = Time (UTC)
audit-action = Action
audit-actor = Person (ID)
audit-entity = Object
audit-purpose = Purpose
audit-detail = Detail
audit-from = From
audit-to = To
audit-filter = Filter
audit-count = { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
pagination-label = Pages
pagination-previous = Previous
pagination-next = Next
pagination-page = Page { $page }

## Administration
nav-users = Staff
nav-settings = Settings
admin-users-title = Staff
admin-users-count = { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    }
admin-name = Name
admin-status = Status
admin-active = active
admin-inactive = deactivated
admin-invite-title = Invite a person
admin-invite-submit = Create invitation
admin-invite-created = The invitation has been created. Give this link to the person in a secure way. It is valid for seven days and is shown only now:
admin-invalid-email = Please enter a valid email address.
admin-invalid-name = Please enter a name with no more than 120 characters.
admin-invalid-role = Please choose a role.
admin-email-taken = An account already exists for this email address.
admin-save = Save
admin-saved = Saved.
admin-2fa-reset = Reset two-factor authentication
admin-2fa-reset-done = Two-factor authentication has been reset. The person will set it up again the next time they sign in.
admin-back = Back to the list
admin-settings-title = Organization settings
admin-tenant-name = Name of the organization
admin-require-2fa = Require two-factor authentication for all roles that can see personal data
invite-title = Set your password
invite-password = New password (at least 12 characters)
invite-password-again = Repeat the password
invite-submit = Save password
invite-mismatch = The two passwords do not match.
invite-too-short = The password must have at least 12 and at most 256 characters.
password-title = Change password
password-current = Current password
password-wrong-current = The current password is not correct.
password-changed = Your password has been changed. You are now logged out on other devices.

## Termine (Kalenderdateien)
appointment-in_person = Counseling appointment in person
appointment-phone = Counseling by phone
appointment-video = Counseling by video
admin-retention-days = Keep closed cases for (days)
admin-retention-hint = After that, Lotse deletes the case content and notes; anonymous numbers for statistics remain. Three years are 1095 days.

## Case work (pages for counselors)
nav-clients = Clients
clients-title = Clients
clients-count = Clients: { $count }
clients-empty = No clients yet.
clients-new-title = Add a client
clients-alias = Alias
clients-alias-hint = A name to find the person again. It does not have to be their real name.
clients-real-name = Name (optional)
clients-languages = Languages (codes separated by commas, e.g. ar, de)
clients-consent-counseling = The person agrees to counseling and to the storage of their data.
clients-create = Add
clients-created = The client has been added.
clients-invalid = Please check this entry: { $field }
client-title = Client
client-profile = Details
client-date-of-birth = Date of birth
client-email = Email
client-phone = Phone
client-notes = Notes
client-not-given = not given
client-consents = Consents
client-consent-given = given on { $date }
client-consent-withdrawn = withdrawn on { $date }
client-no-consents = No consent recorded yet.
client-consent-withdraw = Withdraw
client-consent-record = Record a consent
client-consent-purpose = For what
client-consent-language = Language of the form shown
client-consent-record-hint = The current form version is recorded. The form to print:
client-consent-save = Save consent
client-cases = Cases
client-no-cases = No cases yet.
client-open-case = Open a case
client-case-title = Short title
client-topics = Topics
client-export = All data about this person (access under Art. 15 GDPR)
case-title = Case
case-status-open = open
case-status-closed = closed
case-timeline = Timeline
case-timeline-empty = No entries yet.
case-note = Note
case-contact = Contact
case-add-note = Add a note
case-log-contact = Log a contact
case-mode = Kind of contact
case-duration = Duration in minutes
case-save = Save
case-close = Close the case
case-outcome = Outcome
case-closed-notice = This case is closed.
mode-in_person = in person
mode-phone = phone
mode-video = video
mode-chat = chat
mode-email = email
mode-messenger = messenger
outcome-resolved = resolved
outcome-referred = referred
outcome-client_withdrew = ended by the client
outcome-no_contact = no further contact
outcome-other = other
topic-residence = Residence
topic-work_permit = Work permit
topic-recognition = Recognition of qualifications
topic-language_course = Language course
topic-job_search = Job search
topic-application_documents = Application documents
topic-benefits = Social benefits
topic-family = Family
topic-housing = Housing
topic-health_insurance = Health insurance
topic-school_childcare = School and childcare
topic-everyday_authorities = Everyday authorities
export-title = Information about stored data
export-intro = This page shows everything Lotse stores about this person (Art. 15 GDPR), for printing or handing over.
export-origin = Country of origin
export-residence = Residence status
export-special = special category of personal data
export-created = created on
export-access-log = Access to this data
