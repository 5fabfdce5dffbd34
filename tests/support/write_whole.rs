//! Writing generated test files whole or not at all: the end-to-end tests run two spec files at
//! once, and one may look for a fixture while the other's generator is writing it.

/// Writes `bytes` to a temporary file next to `path`, then renames it into place.
pub fn write_whole(path: &std::path::Path, bytes: &[u8]) {
    let mut partial = path.as_os_str().to_owned();
    partial.push(format!(".{}.partial", std::process::id()));
    std::fs::write(&partial, bytes).expect("write the file");
    std::fs::rename(&partial, path).expect("put the file in place");
}
