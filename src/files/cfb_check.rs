//! A check of an .xls's compound file before `calamine` reads it (docs/rules.md §6.4).
//!
//! `calamine` 0.38 trusts the sector numbers inside a compound file (MS-CFB): a chain that
//! points at a sector just past the end of a file cut short makes it slice out of bounds, a
//! sector number past its FAT makes it index out of bounds, a chain that loops back on itself
//! makes it read forever, and on wasm32 a directory entry's 64-bit size that does not fit a
//! `usize` makes it unwrap. Each is a panic (or a hang) in the file worker, found by fuzzing
//! (`tests/fuzz/corpus/workbook/found-cfb-sector-past-end.xls`). This walks the same chains it
//! walks — the DIFAT, the FAT sectors, the directory, the mini stream and mini FAT, and the
//! workbook stream — with every step checked, so a file that would trip it is called damaged
//! first.

/// Sector numbers at and above this are markers, not sectors (MS-CFB 2.1).
const MAX_REGULAR: u32 = 0xFFFF_FFFA;
const DIFAT_SECTOR: u32 = 0xFFFF_FFFC;
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
/// Streams shorter than this live in the mini stream, in 64-byte sectors (MS-CFB 2.6.3).
const MINI_CUTOFF: u64 = 4096;
const MINI_SECTOR: usize = 64;

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

fn u32s(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

/// The sectors after the header, as `calamine` addresses them.
struct Sectors<'a> {
    data: &'a [u8],
    size: usize,
}

/// Where each piece of a stream is, in order: (offset in the sectors' data, length).
type Pieces = Vec<(usize, usize)>;

impl Sectors<'_> {
    /// Sector `id`, possibly short at the end of the file; `None` where `calamine` would slice
    /// past the end.
    fn get(&self, id: u32) -> Option<&[u8]> {
        let start = (id as usize).checked_mul(self.size)?;
        if start >= self.data.len() {
            return None;
        }
        let end = start.saturating_add(self.size).min(self.data.len());
        self.data.get(start..end)
    }

    /// Follows a chain through `fat` until its end or `len` bytes; `None` on a sector outside
    /// the file or the FAT, or a chain longer than the FAT (a loop).
    fn chain(&self, start: u32, fat: &[u32], len: u64) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        self.walk_chain(start, fat, len, |sector| out.extend_from_slice(sector))?;
        Some(out)
    }

    /// Where a chain's bytes are (see [`Sectors::chain`]).
    fn pieces(&self, start: u32, fat: &[u32], len: u64) -> Option<Pieces> {
        let mut pieces = Vec::new();
        let base = self.data.as_ptr() as usize;
        self.walk_chain(start, fat, len, |sector| {
            pieces.push((sector.as_ptr() as usize - base, sector.len()));
        })?;
        Some(pieces)
    }

    /// [`Sectors::chain`] without keeping the bytes.
    fn walk_chain(
        &self,
        start: u32,
        fat: &[u32],
        len: u64,
        mut keep: impl FnMut(&[u8]),
    ) -> Option<()> {
        let mut read = 0u64;
        let mut id = start;
        let mut steps = 0usize;
        while id != END_OF_CHAIN {
            steps += 1;
            if steps > fat.len() + 1 {
                return None;
            }
            let sector = self.get(id)?;
            let take = usize::try_from(len.saturating_sub(read))
                .unwrap_or(usize::MAX)
                .min(sector.len());
            keep(sector.get(..take)?);
            read += take as u64;
            if read >= len {
                break;
            }
            id = *fat.get(id as usize)?;
        }
        Some(())
    }
}

/// Most cells a sheet's DIMENSIONS record may announce before it is neutralised (see
/// [`prepare_xls`]): `calamine` reserves room for all of them at once, 40 bytes each.
pub const MAX_ANNOUNCED_CELLS: u64 = 1_000_000;

/// Whether `calamine` can walk this compound file without a panic or a loop: `false` means
/// damaged. Only called on bytes that start with the compound-file signature.
pub fn cfb_is_walkable(bytes: &[u8]) -> bool {
    walk(bytes).is_some()
}

/// Checks an .xls ([`cfb_is_walkable`]) and makes its sheets' DIMENSIONS records harmless:
/// `calamine` reserves memory for every cell such a record announces before reading any (a
/// forged one asked for gigabytes — out of memory, found by fuzzing — and one whose first row
/// is past its last wraps around). A record announcing more than [`MAX_ANNOUNCED_CELLS`], or an
/// inverted range, is rewritten to one cell; the cells themselves carry their own positions, so
/// nothing read changes. `false` means damaged.
pub fn prepare_xls(bytes: &mut [u8]) -> bool {
    let Some(streams) = walk(bytes) else {
        return false;
    };
    for pieces in streams {
        let stream: Vec<u8> = pieces
            .iter()
            .flat_map(|&(at, len)| bytes.get(at..at + len).unwrap_or_default().iter().copied())
            .collect();
        // Stream offset → file offset.
        let file_offset = |offset: usize| -> Option<usize> {
            let mut rest = offset;
            for &(at, len) in &pieces {
                if rest < len {
                    return Some(at + rest);
                }
                rest -= len;
            }
            None
        };
        let mut at = 0usize;
        while let (Some(typ), Some(len)) = (u16_at(&stream, at), u16_at(&stream, at + 2)) {
            let data = at + 4;
            let len = usize::from(len);
            if stream
                .get(data..data + len)
                .is_some_and(|record| too_short(typ, record))
            {
                return false;
            }
            if typ == 0x0200
                && oversized_dimensions(stream.get(data..data + len).unwrap_or_default())
            {
                for offset in data..data + len {
                    if let Some(byte) = file_offset(offset).and_then(|o| bytes.get_mut(o)) {
                        *byte = 0;
                    }
                }
            }
            at = data + len;
        }
    }
    true
}

/// A record shorter than `calamine` 0.38 reads it without checking (an index out of bounds, a
/// panic; fuzzing found the defined name's): FilePass, CodePage, DateMode and BOF read two
/// bytes; BoundSheet8 eight; Lbl (a defined name, MS-XLS 2.4.150) fourteen and then its formula
/// from the end; ExternSheet a count; MergeCells (2.4.168) a count and eight bytes per area.
fn too_short(typ: u16, data: &[u8]) -> bool {
    let count = || usize::from(u16_at(data, 0).unwrap_or(0));
    match typ {
        0x002F | 0x0042 | 0x0022 | 0x0809 | 0x0017 => data.len() < 2,
        0x0085 => data.len() < 8,
        0x0018 => data.len() < 14 || usize::from(u16_at(data, 4).unwrap_or(0)) > data.len() - 14,
        0x00E5 => data.len() < 2 || data.len() < 2 + count() * 8,
        _ => false,
    }
}

/// A DIMENSIONS record (MS-XLS 2.4.90) as `calamine` reads it: too many cells, or rows the
/// wrong way round.
fn oversized_dimensions(data: &[u8]) -> bool {
    let (first_row, last_row, first_column, last_column) = match data.len() {
        10 => (
            u32::from(u16_at(data, 0).unwrap_or(0)),
            u32::from(u16_at(data, 2).unwrap_or(0)),
            u32::from(u16_at(data, 4).unwrap_or(0)),
            u32::from(u16_at(data, 6).unwrap_or(0)),
        ),
        14 | 16 => (
            u32_at(data, 0).unwrap_or(0),
            u32_at(data, 4).unwrap_or(0),
            u32::from(u16_at(data, 8).unwrap_or(0)),
            u32::from(u16_at(data, 10).unwrap_or(0)),
        ),
        _ => return false,
    };
    let first_column = if first_column > 0xFF || last_column < first_column {
        0
    } else {
        first_column
    };
    if last_row == 0 || last_column == 0 {
        return false;
    }
    if last_row - 1 < first_row || last_column - 1 < first_column {
        return true;
    }
    let rows = u64::from(last_row - first_row);
    let columns = u64::from(last_column - first_column);
    rows.saturating_mul(columns) > MAX_ANNOUNCED_CELLS
}

/// Walks the file; the pieces (file offsets) of each workbook stream.
fn walk(bytes: &[u8]) -> Option<Vec<Pieces>> {
    let header = bytes.get(..512)?;
    let (size, header_len) = match u16_at(header, 30)? {
        9 => (512usize, 512usize),
        12 => (4096, 4096),
        _ => return Some(Vec::new()), // calamine refuses it itself
    };
    let sectors = Sectors {
        data: bytes.get(header_len..)?,
        size,
    };
    let max_id = bytes.len() / size;

    // The DIFAT: 109 entries in the header, then a chain of DIFAT sectors.
    let mut difat: Vec<u32> = u32s(header.get(76..512)?).collect();
    let mut id = u32_at(header, 68)?;
    let mut difat_sectors = 0usize;
    while id < MAX_REGULAR {
        difat_sectors += 1;
        if difat_sectors > max_id + 1 {
            return None;
        }
        difat.extend(u32s(sectors.get(id)?));
        id = difat.pop()?;
    }
    let mut fat = Vec::new();
    for id in difat.into_iter().filter(|&id| id < DIFAT_SECTOR) {
        fat.extend(u32s(sectors.get(id)?));
    }

    // The directory: 128-byte entries; the first is the root, which holds the mini stream.
    let directory = sectors.chain(u32_at(header, 48)?, &fat, u64::MAX)?;
    let entries: Vec<&[u8]> = directory.chunks(128).filter(|c| c.len() == 128).collect();
    let entry = |e: &[u8]| -> Option<(String, u32, u64)> {
        let name_bytes = u16_at(e, 64)? as usize;
        let units: Vec<u16> = e
            .get(..name_bytes.min(64))?
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .take_while(|&u| u != 0)
            .collect();
        let len = if size == 512 {
            u64::from(u32_at(e, 120)?)
        } else {
            u64_at(e, 120)?
        };
        // calamine converts every entry's size to a usize with unwrap (32 bits in Wasm).
        u32::try_from(len).ok()?;
        Some((String::from_utf16_lossy(&units), u32_at(e, 116)?, len))
    };
    let parsed: Vec<(String, u32, u64)> =
        entries.iter().map(|e| entry(e)).collect::<Option<_>>()?;
    let Some((_, root_start, root_len)) = parsed.first().cloned() else {
        return Some(Vec::new()); // calamine refuses an empty directory itself
    };

    let mini_fat_sectors = u32_at(header, 64)?;
    let mut root_pieces = Pieces::new();
    let (mini_stream, mini_fat) = if mini_fat_sectors > 0 {
        let stream = sectors.chain(root_start, &fat, root_len)?;
        root_pieces = sectors.pieces(root_start, &fat, root_len)?;
        let fat_bytes = sectors.chain(
            u32_at(header, 60)?,
            &fat,
            u64::from(mini_fat_sectors).saturating_mul(size as u64),
        )?;
        (stream, u32s(&fat_bytes).collect::<Vec<u32>>())
    } else {
        (Vec::new(), Vec::new())
    };
    let mini = Sectors {
        data: &mini_stream,
        size: MINI_SECTOR,
    };

    // The streams an .xls reader opens, as file offsets.
    let in_file = |pieces: Pieces| -> Pieces {
        pieces
            .into_iter()
            .map(|(at, len)| (at + header_len, len))
            .collect()
    };
    let mut streams = Vec::new();
    for (name, start, len) in &parsed {
        if !(name.eq_ignore_ascii_case("Workbook") || name.eq_ignore_ascii_case("Book")) {
            continue;
        }
        if *len < MINI_CUTOFF {
            // Mini sectors lie in the mini stream, which lies in the root's sectors.
            let mut pieces = Pieces::new();
            for (at, len) in mini.pieces(*start, &mini_fat, *len)? {
                let mut rest = at;
                let mut want = len;
                for &(root_at, root_len) in &root_pieces {
                    if want == 0 {
                        break;
                    }
                    if rest >= root_len {
                        rest -= root_len;
                        continue;
                    }
                    let take = want.min(root_len - rest);
                    pieces.push((root_at + rest, take));
                    want -= take;
                    rest = 0;
                }
            }
            streams.push(in_file(pieces));
        } else {
            streams.push(in_file(sectors.pieces(*start, &fat, *len)?));
        }
    }
    Some(streams)
}
