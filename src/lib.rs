//! skp: check, evidence and report on SKP (Sasaran Kinerja Pegawai) kept as YAML.
//!
//! The data flows one way: [`workspace`] discovers and loads files through [`yaml`] (a spanned
//! node tree) into the typed [`model`]; [`rules`] turn the model into [`diag`]nostics; [`render`]
//! prints them. Between loading and the rules, [`facts`] computes what rules read besides the
//! documents (the cascade, evidence states, coverage), once. [`cmd`] wires the flow to the
//! command line.

#![forbid(unsafe_code)]

pub mod base;
pub mod cascade;
pub mod cli;
pub mod cmd;
pub mod diag;
pub mod evidence;
pub mod facts;
pub mod fsutil;
pub mod i18n;
pub mod model;
pub mod privacy;
pub mod render;
pub mod rules;
pub mod schema;
pub mod tabular;
pub mod workspace;
pub mod yaml;
