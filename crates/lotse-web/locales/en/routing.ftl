# Queue and handover of cases

nav-queue = Queue
queue-title = Queue
queue-intro = Open cases not yet assigned to anyone – oldest first, with the topics and the client's languages.
queue-empty = The queue is empty.
queue-waiting-since = Waiting since
queue-take = Take over
case-assignee = Assigned to
case-queue-nobody = nobody (queue)
case-queue-back = Back to the queue
case-hand-over = Hand over
case-hand-over-to = To
case-hand-over-note = Handover note

# Routing suggestions and what counselors handle
routing-postcode = Client's postcode (optional)
routing-postcode-hint = Only the first three digits are kept, to route the case to the right region.
routing-reason-region = region
routing-bad-topic = Unknown topic.
routing-bad-languages = Please give languages as two-letter codes, for example ar, de, uk.
routing-bad-regions = Please give regions as the beginning of a postcode, one to five digits, for example 06, 391.
routing-bad-team = The team name has at most 80 characters and no comma.
routing-profile-title = What I handle
routing-profile-intro = The queue uses this to suggest waiting cases that fit: by topic, language and region.
routing-team = Team
routing-languages = My counseling languages
routing-languages-hint = Codes separated by commas, for example de, ar, fa.
routing-regions = My regions
routing-regions-hint = Beginnings of postcodes separated by commas, for example 06, 391.
routing-profile-save = Save what I handle
routing-team-filter = Filter by team
routing-all-teams = All
routing-my-team = my team
routing-suggested = Suggested
routing-no-suggestion = No fitting suggestion
routing-assign = Assign
routing-to-team = To the team
