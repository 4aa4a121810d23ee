"""Dasbor Inovasi Daerah, analytics layer: schema, queries, scoring, import and export.

Plain Python and SQL; never imports streamlit, so the CLI, the reports and the benchmarks use it
exactly as the dashboard does.
"""
