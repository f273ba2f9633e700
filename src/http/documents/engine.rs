//! Typst as a library: a world of exactly three files, the document's template and
//! `common.typ` (both compiled into the binary) and `data.json` (the record and its labels,
//! made per request), over the machine's fonts. A template reads nothing else: no package, no
//! other file, no clock.

use std::sync::LazyLock;

use anyhow::{anyhow, Context};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::ecow::EcoVec;
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use super::fonts::Fonts;

/// The file the templates read their data from, beside themselves.
const DATA_FILE: &str = "data.json";

/// What the templates share, imported by each.
const COMMON: Template = Template {
    name: "common.typ",
    source: include_str!("../../../templates/pdf/common.typ"),
};

/// How many compilations a cached layout result may go unused before it is dropped: each
/// document is different, so little is worth keeping, and the cache must not grow forever.
const CACHE_AGE: usize = 10;

/// Typst's standard library, built once.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// A document's Typst source: its file name and text.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    pub name: &'static str,
    pub source: &'static str,
}

struct DocumentWorld<'a> {
    main: Source,
    common: Source,
    data_id: FileId,
    data: Bytes,
    fonts: &'a Fonts,
}

fn file_id(name: &str) -> anyhow::Result<FileId> {
    let path = VirtualPath::new(name).map_err(|error| anyhow!("{name}: {error}"))?;
    Ok(FileId::new(RootedPath::new(VirtualRoot::Project, path)))
}

impl World for DocumentWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.common.id() {
            Ok(self.common.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if let Ok(source) = self.source(id) {
            Ok(Bytes::from_string(source))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index)
    }

    /// A record shows the dates it holds, never the day it was printed.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}

/// Lays `template` out over `data` (JSON) and writes it as PDF. Takes tens to hundreds of
/// milliseconds of one core: run it off the async workers.
pub fn compile_pdf(template: Template, data: Vec<u8>, fonts: &Fonts) -> anyhow::Result<Vec<u8>> {
    let world = DocumentWorld {
        main: Source::new(file_id(template.name)?, template.source.to_owned()),
        common: Source::new(file_id(COMMON.name)?, COMMON.source.to_owned()),
        data_id: file_id(DATA_FILE)?,
        data: Bytes::new(data),
        fonts,
    };
    let compiled = typst::compile::<PagedDocument>(&world).output;
    let pdf = compiled
        .and_then(|document| typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()))
        .map_err(|errors| diagnostics(&world, &errors))
        .with_context(|| format!("typesetting {}", template.name));
    typst::comemo::evict(CACHE_AGE);
    pdf
}

/// Each error with the file and line it arose on and Typst's hints, for the log.
fn diagnostics(world: &DocumentWorld, errors: &EcoVec<SourceDiagnostic>) -> anyhow::Error {
    let messages: Vec<String> = errors
        .iter()
        .map(|error| {
            let place = error.span.id().and_then(|id| {
                let source = world.source(id).ok()?;
                let start = world.range(error.span)?.start;
                let line = source.text().get(..start)?.matches('\n').count() + 1;
                Some(format!("{}:{line}: ", id.vpath().get_without_slash()))
            });
            let place = place.unwrap_or_default();
            let hints: Vec<&str> = error.hints.iter().map(|hint| hint.v.as_str()).collect();
            if hints.is_empty() {
                format!("{place}{}", error.message)
            } else {
                format!("{place}{} (hint: {})", error.message, hints.join("; "))
            }
        })
        .collect();
    anyhow!("{}", messages.join("; "))
}
