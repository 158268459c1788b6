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
