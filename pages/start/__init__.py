"""The start page at "/": the course in the notes' order, each lesson's goal, its place in the
notes and the learner's progress (kept in their browser); old Playground links forwarded."""
