//! Texts of the app shell: header, navigation, footer, home page, loading and crash panels.

use super::Text;

/// The product's name (not translated).
pub const APP_NAME: Text = Text { vi: "Sẵn Sàng", en: "Sẵn Sàng" };
