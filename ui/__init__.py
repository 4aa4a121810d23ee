"""Streamlit-side helpers shared by dashboard.py and pages/: cached data access, widgets, layout.

Only this package and pages/ import streamlit; everything they show comes from `analytics`.
"""
