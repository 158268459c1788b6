# Case plan (goals, steps, tasks) and the counselor's overview

case-plan = Goals, steps and tasks
case-plan-none = Nothing planned yet.
case-plan-add = Add an item
case-plan-kind = Kind
case-plan-title = Description
case-plan-due = Due on
case-plan-save = Save item
case-plan-done = Done
case-plan-mark-done = Mark as done
case-plan-overdue = overdue
task-goal = Goal
task-step = Step
task-task = Task
work-title = My work
work-my-cases = My open cases
work-no-cases = No open cases are assigned to you.
work-search = Search my cases
work-search-button = Search
work-today = Today's appointments
work-no-appointments = No appointments today.
work-tasks-due = Tasks due (next 7 days and overdue)
work-no-tasks = No tasks due.
work-client = Client
