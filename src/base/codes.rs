//! Rule codes used by the loader. Codes are never reused; the registry holds their metadata.

pub const YAML_SYNTAX: &str = "F001";
pub const UNKNOWN_FIELD: &str = "F002";
pub const MISSING_FIELD: &str = "F003";
pub const INVALID_VALUE: &str = "F004";
pub const DUPLICATE_ID: &str = "F005";
pub const DUPLICATE_KEY: &str = "F006";
pub const UNSUPPORTED: &str = "F007";
pub const UNREADABLE: &str = "F008";
pub const BUDGET: &str = "F009";
pub const NIP_UNQUOTED: &str = "F010";
pub const NIP_SPACES: &str = "F011";
pub const NIP_STRUCTURE: &str = "F012";
pub const SKP_OVERLAP: &str = "F013";
pub const SKP_OUTSIDE_YEAR: &str = "F014";
pub const TARGET_INVALID: &str = "F015";
pub const TARGET_AMBIGUOUS: &str = "F016";
pub const NOT_DECLARED: &str = "F017";
pub const TARGET_SPELLED_MISMATCH: &str = "F018";
pub const UNIT_MISMATCH: &str = "F019";
pub const INVALID_ID: &str = "F020";
pub const SUPPRESSION_INVALID: &str = "F021";
pub const SUPPRESSION_UNUSED: &str = "F022";
