"""The lessons, one package each (`pages/<folder>/`), listed in `ui/registry.py`. A lesson
imports the shared layers (`ui`, `optimizers`, `landscapes`, `models`), never another lesson."""
