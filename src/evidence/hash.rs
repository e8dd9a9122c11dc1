//! Streaming SHA-256 of files: buffered reads, never the whole file in memory.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 0xf) as usize] as char);
    }
    s
}

/// SHA-256 and size of a regular file (a FIFO or device is refused, never opened for a blocking
/// read), streamed through [`crate::fsutil::hash_stream`].
pub fn file(path: &Path) -> io::Result<(String, u64)> {
    let mut f = crate::fsutil::open_regular(path)?;
    crate::fsutil::hash_stream(&mut f, None)
}

/// SHA-256 and size of an open file, keeping the first `head` bytes read (what the file says
/// it is, for `sniff`): one read of the file for both.
pub fn open_file_and_head(file: File, head: usize) -> io::Result<(String, u64, Vec<u8>)> {
    let mut r = HeadReader {
        inner: file,
        head: Vec::with_capacity(head),
        want: head,
    };
    let (sha, size) = crate::fsutil::hash_stream(&mut r, None)?;
    Ok((sha, size, r.head))
}

/// A reader that keeps a copy of the first `want` bytes it passes on.
struct HeadReader<R> {
    inner: R,
    head: Vec<u8>,
    want: usize,
}

impl<R: Read> Read for HeadReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let missing = self.want.saturating_sub(self.head.len());
        self.head.extend_from_slice(&buf[..n.min(missing)]);
        Ok(n)
    }
}

/// The `oid sha256:` of a Git LFS pointer file (content not fetched here), if `path` is one:
/// small, starting with the LFS version line.
pub fn lfs_pointer_oid(path: &Path) -> Option<String> {
    let f = File::open(path).ok()?;
    if f.metadata().ok()?.len() > 1024 {
        return None;
    }
    let mut text = String::new();
    f.take(1024).read_to_string(&mut text).ok()?;
    if !text.starts_with("version https://git-lfs.github.com/spec/") {
        return None;
    }
    text.lines()
        .find_map(|l| l.strip_prefix("oid sha256:"))
        .map(|h| h.trim().to_lowercase())
}

// Test fixtures are written with std into a fresh temporary folder of the test's own: nothing
// of a workspace is there to protect, so they need not go through `fsutil`.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digest() {
        // A test fixture written with std into a temporary folder.
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"test").unwrap();
        let (h, n) = file(&p).unwrap();
        assert_eq!(
            h,
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
        );
        assert_eq!(n, 4);
    }
}
