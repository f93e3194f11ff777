"""Each lesson's ledger checks: `check_*(view, said)` functions named by `pages/<folder>/ledger.py`, and the tests of views only a click reaches."""
