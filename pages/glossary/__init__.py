"""The glossary (issue 33): every term the lessons use, defined once in 中文 and English
(ui/glossary.py), searchable, each with links to the lessons that use it."""
