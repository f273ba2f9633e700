//! The fonts documents are set in, found once per process in the machine's font folders
//! (`/usr/share/fonts` and `/usr/local/share/fonts`, or the folders `MAJLIS_FONT_DIR` names,
//! separated by `:`). Finding them reads each font's tables once; a font's data is read again
//! and kept only when a document first uses it. The fonts are the machine's, not the
//! deployment's: nothing is embedded in the binary, and Debian's `fonts-noto-core` covers
//! every script the group writes in.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;

/// The variable that replaces the system's font folders.
pub const FONT_DIR_VARIABLE: &str = "MAJLIS_FONT_DIR";

const SYSTEM_FONT_DIRS: [&str; 2] = ["/usr/share/fonts", "/usr/local/share/fonts"];

/// A letter of each script the group's texts are written in: without a font for each, a
/// document would show empty boxes where the text should be.
const SCRIPTS: [(&str, char); 3] = [("Latin", 'A'), ("Cyrillic", 'Ж'), ("Arabic", 'ب')];

/// Font folders are shallow; this bounds a walk through a link that loops.
const MAX_DEPTH: usize = 8;

/// Every font found, its metadata for Typst's font selection and its data once used.
pub struct Fonts {
    pub book: LazyHash<FontBook>,
    slots: Vec<Slot>,
}

struct Slot {
    path: PathBuf,
    index: u32,
    font: OnceLock<Option<Font>>,
}

/// Why no document can be set: which script no font covers, and where fonts were looked for.
#[derive(Debug, thiserror::Error)]
#[error("no font for {missing} script found in {searched}; install Debian's fonts-noto-core or set {FONT_DIR_VARIABLE}")]
pub struct MissingFonts {
    missing: String,
    searched: String,
}

/// The fonts, searched for on first use; the answer (found or missing) stays for the process.
pub fn fonts() -> Result<&'static Fonts, &'static MissingFonts> {
    static FONTS: OnceLock<Result<Fonts, MissingFonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| Fonts::search(&font_dirs(std::env::var_os(FONT_DIR_VARIABLE))))
        .as_ref()
}

fn font_dirs(variable: Option<OsString>) -> Vec<PathBuf> {
    match variable.filter(|value| !value.is_empty()) {
        Some(value) => std::env::split_paths(&value).collect(),
        None => SYSTEM_FONT_DIRS.iter().map(PathBuf::from).collect(),
    }
}

impl Fonts {
    /// Reads the metadata of every font file under `dirs`, in a stable order (the order
    /// decides which of two fonts with the same family a document gets).
    pub fn search(dirs: &[PathBuf]) -> Result<Fonts, MissingFonts> {
        let mut files = Vec::new();
        for dir in dirs {
            font_files(dir, 0, &mut files);
        }
        files.sort();
        let mut book = FontBook::new();
        let mut slots = Vec::new();
        for path in files {
            let Ok(data) = std::fs::read(&path) else {
                continue;
            };
            for index in 0..faces_in(&data) {
                if let Some(info) = FontInfo::new(&data, index) {
                    book.push(info);
                    slots.push(Slot {
                        path: path.clone(),
                        index,
                        font: OnceLock::new(),
                    });
                }
            }
        }
        let uncovered: Vec<&str> = SCRIPTS
            .iter()
            .filter(|(_, letter)| !book_covers(&book, slots.len(), *letter))
            .map(|(script, _)| *script)
            .collect();
        if !uncovered.is_empty() {
            return Err(MissingFonts {
                missing: uncovered.join(", "),
                searched: dirs
                    .iter()
                    .map(|dir| dir.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        Ok(Fonts {
            book: LazyHash::new(book),
            slots,
        })
    }

    /// The font at `index` of the book, read from its file the first time it is asked for.
    pub fn get(&self, index: usize) -> Option<Font> {
        let slot = self.slots.get(index)?;
        slot.font
            .get_or_init(|| {
                let data = std::fs::read(&slot.path).ok()?;
                Font::new(Bytes::new(data), slot.index)
            })
            .clone()
    }
}

fn book_covers(book: &FontBook, count: usize, letter: char) -> bool {
    (0..count).any(|index| {
        book.info(index)
            .is_some_and(|info| info.coverage.contains(u32::from(letter)))
    })
}

/// The font files under `dir`, walked to `MAX_DEPTH`; folders that cannot be read are
/// passed over.
fn font_files(dir: &Path, depth: usize, found: &mut Vec<PathBuf>) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            font_files(&path, depth + 1, found);
        } else if is_font_file(&path) {
            found.push(path);
        }
    }
}

fn is_font_file(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            ["ttf", "otf", "ttc", "otc"]
                .iter()
                .any(|known| extension.eq_ignore_ascii_case(known))
        })
}

/// How many faces a font file holds: a collection (`ttcf`) says so in its header.
fn faces_in(data: &[u8]) -> u32 {
    match data.get(..12) {
        Some(header) if header.starts_with(b"ttcf") => {
            u32::from_be_bytes([header[8], header[9], header[10], header[11]])
        }
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variable_replaces_the_system_folders() {
        assert_eq!(
            font_dirs(Some(OsString::from("/opt/fonts:/srv/fonts"))),
            vec![PathBuf::from("/opt/fonts"), PathBuf::from("/srv/fonts")]
        );
        assert_eq!(
            font_dirs(Some(OsString::new())),
            font_dirs(None),
            "an empty variable is no variable"
        );
    }

    #[test]
    fn a_folder_without_fonts_names_every_script_left_uncovered() {
        let empty = tempfile::tempdir().expect("a temporary folder");
        let missing = Fonts::search(&[empty.path().to_path_buf()])
            .err()
            .expect("no fonts in an empty folder");
        let message = missing.to_string();
        assert!(message.contains("Latin, Cyrillic, Arabic"), "{message}");
        assert!(message.contains("fonts-noto-core"), "{message}");
    }

    #[test]
    fn a_collection_counts_its_faces() {
        let mut header = b"ttcf\x00\x01\x00\x00".to_vec();
        header.extend_from_slice(&3u32.to_be_bytes());
        assert_eq!(faces_in(&header), 3);
        assert_eq!(faces_in(b"\x00\x01\x00\x00 a single font"), 1);
    }
}
