//! Texts about reading and writing data files (CSV, pasted tables).
