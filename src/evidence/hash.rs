//! Streaming SHA-256 of files: buffered reads, never the whole file in memory.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// SHA-256 and size of a regular file (a FIFO or device is refused, never opened for a blocking
/// read), streamed through [`crate::fsutil::hash_stream`].
pub fn file(path: &Path) -> io::Result<(String, u64)> {
    let (mut f, len) = crate::fsutil::open_regular_len(path)?;
    crate::fsutil::hash_stream(&mut f, None, Some(len))
}

/// SHA-256 and size of an open file, keeping the first `head` bytes read (what the file says
/// it is, for `sniff`): one read of the file for both. `stat_size`: what the caller's stat of
/// the file showed (see [`crate::fsutil::hash_stream`]).
pub fn open_file_and_head(
    file: File,
    stat_size: Option<u64>,
    head: usize,
) -> io::Result<(String, u64, Vec<u8>)> {
    let mut r = HeadReader {
        inner: file,
        head: Vec::with_capacity(head),
        want: head,
    };
    let (sha, size) = crate::fsutil::hash_stream(&mut r, None, stat_size)?;
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

    /// A reader that counts its reads and hands out at most `chunk` bytes each time, as a
    /// network or FUSE file system may.
    struct Counted {
        data: std::io::Cursor<Vec<u8>>,
        chunk: usize,
        reads: usize,
    }

    impl Read for Counted {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.reads += 1;
            let n = buf.len().min(self.chunk);
            self.data.read(&mut buf[..n])
        }
    }

    fn hash_counted(len: usize, chunk: usize, stat_size: Option<u64>) -> (String, u64, usize) {
        let mut r = Counted {
            data: std::io::Cursor::new(vec![7u8; len]),
            chunk,
            reads: 0,
        };
        let (sha, n) = crate::fsutil::hash_stream(&mut r, None, stat_size).unwrap();
        (sha, n, r.reads)
    }

    #[test]
    fn a_short_read_at_the_stat_size_ends_the_file_and_any_other_count_reads_on() {
        use sha2::Digest;
        let whole = crate::base::hex(&sha2::Sha256::digest(vec![7u8; 1000]));
        // The size the stat saw, reached by a short read: no read of 0 afterwards.
        assert_eq!(
            hash_counted(1000, usize::MAX, Some(1000)),
            (whole.clone(), 1000, 1)
        );
        // No stat, or one that no longer matches (the file grew or shrank since): read to 0.
        assert_eq!(
            hash_counted(1000, usize::MAX, None),
            (whole.clone(), 1000, 2)
        );
        assert_eq!(
            hash_counted(1000, usize::MAX, Some(999)),
            (whole.clone(), 1000, 2)
        );
        assert_eq!(
            hash_counted(1000, usize::MAX, Some(1001)),
            (whole.clone(), 1000, 2)
        );
        // A reader that comes up short in the middle is read on until the stat size...
        assert_eq!(hash_counted(1000, 300, Some(1000)), (whole, 1000, 4));
        // ...and if the file grew after that stat, what the stat saw is what is hashed, as if
        // the rest had come just after the last read.
        let seen = crate::base::hex(&sha2::Sha256::digest(vec![7u8; 900]));
        assert_eq!(hash_counted(1000, 300, Some(900)), (seen, 900, 3));
        // A file of exactly one buffer fills it: only a read of 0 can tell the end.
        let full = 256 * 1024;
        let (_, n, reads) = hash_counted(full, usize::MAX, Some(full as u64));
        assert_eq!((n, reads), (full as u64, 2));
    }
}
