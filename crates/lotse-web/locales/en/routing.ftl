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
