//! QR codes for share links, drawn as one SVG path so they print sharply at any size and need no
//! canvas, image or script.

use qrcodegen::{QrCode, QrCodeEcc};

/// Quiet zone around the code, in modules (the QR standard asks for 4).
pub const QUIET_ZONE: u32 = 4;

/// A QR code ready to draw: `viewBox="0 0 {side} {side}"` and one path of dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height in modules, quiet zone included.
    pub side: u32,
    /// SVG path data: one rectangle per horizontal run of dark modules.
    pub path: String,
}

/// Encodes `text` with medium error correction (survives ~15 % damage: a crease or a smudge on a
/// printed page). `None` when the text is too long for any QR code.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let quiet = QUIET_ZONE as i32;
            path.push_str(&format!(
                "M{},{}h{}v1h-{}z",
                start + quiet,
                y + quiet,
                x - start,
                x - start
            ));
        }
    }
    Some(QrSvg {
        side: size.unsigned_abs() + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_link_into_a_square_with_a_quiet_zone() {
        let qr = qr_svg("https://example.org/#/chien-dich/v2.AAAA").expect("fits");
        // Version 3 (29 modules) or so for ~40 characters at ECC medium, plus 2 × 4 quiet modules.
        assert!(
            qr.side >= 21 + 8 && (qr.side - 8 - 17).is_multiple_of(4),
            "side {}",
            qr.side
        );
        assert!(qr.path.starts_with('M'));
        // The top-left finder pattern starts with a run of 7 dark modules at (4, 4).
        assert!(qr.path.starts_with("M4,4h7v1h-7z"), "{}", &qr.path[..20]);
    }

    #[test]
    fn too_long_text_gives_none_not_a_panic() {
        assert!(qr_svg(&"x".repeat(5000)).is_none());
        assert!(qr_svg("").is_some());
    }
}
