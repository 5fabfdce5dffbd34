//! A file the file worker writes for the user to keep (an .xlsx export, docs/rules.md §6.5), as
//! pure state: which download is under way, what the worker last said, and why the last one
//! failed. Each download has an id; the answer of one that was replaced or cancelled is dropped,
//! so a late answer never saves a file the user no longer asked for.

use crate::files::protocol::{FileError, WorkerStatus};

/// A download under way; `T` says which table it writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Download<T> {
    /// Its id.
    pub run: u32,
    /// The table asked for.
    pub what: T,
    /// What the file worker last said (loading, writing).
    pub status: Option<WorkerStatus>,
}

/// The steps of a download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DownloadAction<T> {
    /// "Excel (.xlsx)": ignored while another download is under way.
    Start(T),
    /// What the file worker says while it writes.
    Status(WorkerStatus),
    /// Download `run` is saved, or failed.
    Done {
        run: u32,
        result: Result<(), FileError>,
    },
    /// "Dừng" while the file is written.
    Cancel,
}

/// A page's downloads: the one under way, the last error, the newest id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Downloads<T> {
    pub current: Option<Download<T>>,
    /// Why the last download failed (a Cancel is no failure).
    pub error: Option<FileError>,
    /// The newest download's id, bumped by every start and Cancel.
    pub run: u32,
}

impl<T> Default for Downloads<T> {
    fn default() -> Self {
        Downloads {
            current: None,
            error: None,
            run: 0,
        }
    }
}

impl<T: Copy> Downloads<T> {
    /// Whether a download is under way.
    pub fn is_busy(&self) -> bool {
        self.current.is_some()
    }

    /// Moves the download on; `false` when the action changed nothing (a stale answer, a
    /// second start while one is under way).
    pub fn update(&mut self, action: DownloadAction<T>) -> bool {
        match action {
            DownloadAction::Start(what) => {
                if self.current.is_some() {
                    return false;
                }
                self.run = self.run.wrapping_add(1);
                self.error = None;
                self.current = Some(Download {
                    run: self.run,
                    what,
                    status: None,
                });
            }
            DownloadAction::Status(status) => match &mut self.current {
                Some(download) => download.status = Some(status),
                None => return false,
            },
            DownloadAction::Done { run, result } => {
                if self.current.map(|d| d.run) != Some(run) {
                    return false;
                }
                self.current = None;
                self.error = result.err().filter(|e| *e != FileError::Cancelled);
            }
            DownloadAction::Cancel => {
                if self.current.is_none() {
                    return false;
                }
                self.current = None;
                self.run = self.run.wrapping_add(1);
            }
        }
        true
    }
}
