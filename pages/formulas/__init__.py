"""The formula sheet (issue 33): every update rule, schedule and identity the app uses, in the
notes' symbols, grouped like the course; searchable and printable. The optimizers' and the
schedules' formulas are read from their registrations (optimizers/), so the sheet cannot
drift from the app."""
