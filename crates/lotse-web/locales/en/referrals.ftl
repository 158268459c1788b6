# Referrals to services of the directory (case work)

case-referral = Referral
case-refer = Refer to a service
case-refer-service = Service from the directory
case-refer-note = Note on the referral (what was agreed)
case-refer-button = Save referral
case-refer-none = The directory has no services yet.
case-referral-status = Status
case-referral-feedback = Feedback from the service
case-referral-update = Save referral status
referral-made = referred
referral-accepted = accepted
referral-completed = completed
referral-declined = declined
referral-no_show = did not attend
case-documents = Documents
case-documents-none = No documents yet.
case-document-file = File (PDF, image, text, Word or OpenDocument; at most 10 MB)
case-document-upload = Upload document
