//! Files as exports come (SPEC §2.1): CSV, TSV, JSON and XLSX side by side, each matched to a table
//! by the mapping's `file` / `sheet` or by its name (`people.csv`, a sheet called `Pairs`); every
//! file or sheet that feeds no table is listed in `meta.inputs`, never dropped in silence.

use super::mapping::Mapping;
use super::raw::{self, RawTable};
use super::{load_with, normalize, xlsx, Origin, Source};
use crate::error::{Error, Problem, Result};
use crate::i18n::{Arg, Message};
use crate::model::{Dataset, Table, UnusedFile};

/// A file handed in: its name (with its extension) and how to get its bytes. Bytes are read only
/// when the file's table is loaded (a workbook's when its sheets are listed), so one table's text
/// is in memory at a time.
pub struct InputFile<'f> {
    pub name: String,
    pub bytes: Box<dyn FnOnce() -> Result<Vec<u8>> + 'f>,
}

impl<'f> InputFile<'f> {
    /// A file whose bytes are already in memory.
    pub fn new(name: impl Into<String>, bytes: Vec<u8>) -> InputFile<'f> {
        InputFile {
            name: name.into(),
            bytes: Box::new(move || Ok(bytes)),
        }
    }
}

/// What a file holds, by its extension.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Format {
    /// CSV or TSV: the delimiter the extension implies, if any.
    Delimited(Option<u8>),
    Json,
    Workbook,
}

fn format(name: &str) -> Option<Format> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "csv" | "txt" => Format::Delimited(None),
        "tsv" | "tab" => Format::Delimited(Some(b'\t')),
        "json" => Format::Json,
        "xlsx" | "xlsm" | "xls" | "ods" => Format::Workbook,
        _ => return None,
    })
}

/// A file's name without folders and extension.
fn stem(name: &str) -> &str {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.rsplit_once('.').map_or(base, |(s, _)| s)
}

fn base(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// One file, as far as assignment knows it.
struct Entry<'f> {
    name: String,
    format: Option<Format>,
    /// A workbook's sheets, with its bytes (read to list them).
    sheets: Vec<String>,
    book: Option<Vec<u8>>,
    read: Option<Box<dyn FnOnce() -> Result<Vec<u8>> + 'f>>,
}

/// Where a table's input is: a file, and a sheet of it when it is a workbook.
#[derive(Debug, Clone, PartialEq)]
struct Place {
    file: usize,
    sheet: Option<String>,
}

/// Loads the tables in `files` as `mapping` says, and lists what fed no table.
pub fn load_files(files: Vec<InputFile<'_>>, mapping: &Mapping) -> Result<Dataset> {
    let mut entries = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for f in files {
        entries.push(entry(f, &mut problems)?);
    }
    let places = assign(&entries, mapping, &mut problems);
    if !problems.is_empty() {
        return Err(Error::input(problems));
    }
    let unused = unused(&entries, &places);
    if !places.iter().any(|(t, _)| *t == Table::People) {
        return Err(Error::input(vec![no_people(&entries)]));
    }
    let mut failed = None;
    let inputs =
        places
            .into_iter()
            .map_while(|(table, place)| match source(&mut entries, &place) {
                Ok(s) => Some((
                    table.name(),
                    Origin {
                        file: Some(base(&entries[place.file].name).to_string()),
                        sheet: place.sheet,
                    },
                    s,
                )),
                Err(e) => {
                    failed = Some(e);
                    None
                }
            });
    let loaded = load_with(inputs, mapping);
    if let Some(e) = failed {
        return Err(e);
    }
    let mut d = loaded?;
    d.inputs.unused_files = unused;
    Ok(d)
}

/// A file or a workbook's sheet read into cells for inspection, with the table it feeds (if any).
pub(super) struct Placed {
    pub file: String,
    pub sheet: Option<String>,
    pub table: Option<Table>,
    /// Its cells, or why they cannot be read.
    pub raw: std::result::Result<RawTable, String>,
}

/// Every file and sheet of `files`, read, with the table `mapping` (or its name) gives it; what
/// cannot be placed or read is said, not refused (this is for building a mapping).
pub(super) fn places(files: Vec<InputFile<'_>>, mapping: &Mapping) -> Result<Vec<Placed>> {
    let mut unreadable = Vec::new();
    let mut entries = Vec::new();
    for f in files {
        entries.push(entry(f, &mut unreadable)?);
    }
    let assigned = assign(&entries, mapping, &mut Vec::new());
    let table_of = |file: usize, sheet: Option<&String>| {
        assigned
            .iter()
            .find(|(_, p)| p.file == file && p.sheet.as_ref() == sheet)
            .map(|(t, _)| *t)
    };
    let mut out = Vec::new();
    for (i, e) in entries.iter_mut().enumerate() {
        let file = base(&e.name).to_string();
        let shown = |p: Box<Problem>| p.to_string();
        match e.format {
            Some(Format::Workbook) => {
                for sheet in e.sheets.clone() {
                    let bytes = e.book.as_deref().unwrap_or_default();
                    out.push(Placed {
                        file: file.clone(),
                        table: table_of(i, Some(&sheet)),
                        raw: xlsx::sheet(bytes, &sheet).map_err(shown),
                        sheet: Some(sheet),
                    });
                }
            }
            Some(format) => {
                let table = table_of(i, None);
                let bytes = take(e)?;
                let raw = match format {
                    Format::Json => raw::json_bytes(&file, &bytes),
                    Format::Delimited(d) => {
                        let delimiter = table.and_then(|t| mapping.table(t).delimiter).or(d);
                        raw::csv_owned(&file, bytes, delimiter)
                    }
                    Format::Workbook => continue,
                };
                out.push(Placed {
                    file,
                    sheet: None,
                    table,
                    raw: raw.map_err(shown),
                });
            }
            None => out.push(Placed {
                file,
                sheet: None,
                table: None,
                raw: Err("not a CSV, TSV, JSON or XLSX file".into()),
            }),
        }
    }
    out.extend(unreadable.into_iter().map(|p| Placed {
        file: match &p {
            Problem::Malformed { table, .. } => table.clone(),
            _ => String::new(),
        },
        sheet: None,
        table: None,
        raw: Err(p.to_string()),
    }));
    Ok(out)
}

/// A file as an entry: a workbook is opened to list its sheets.
fn entry<'f>(f: InputFile<'f>, problems: &mut Vec<Problem>) -> Result<Entry<'f>> {
    let format = format(&f.name);
    let mut e = Entry {
        name: f.name,
        format,
        sheets: Vec::new(),
        book: None,
        read: None,
    };
    if format == Some(Format::Workbook) {
        let bytes = (f.bytes)()?;
        match xlsx::sheet_names(&bytes) {
            Ok(sheets) => e.sheets = sheets,
            Err(detail) => problems.push(Problem::Malformed {
                table: base(&e.name).to_string(),
                row: None,
                detail,
            }),
        }
        e.book = Some(bytes);
    } else {
        e.read = Some(f.bytes);
    }
    Ok(e)
}

fn mapping_problem(detail: Message) -> Problem {
    Problem::Malformed {
        table: "mapping".into(),
        row: None,
        detail: detail.into(),
    }
}

/// Each table's place, in the contract's order: where the mapping says, else the file or sheet
/// named after it.
fn assign(
    entries: &[Entry<'_>],
    mapping: &Mapping,
    problems: &mut Vec<Problem>,
) -> Vec<(Table, Place)> {
    let names = || {
        entries
            .iter()
            .map(|e| base(&e.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out: Vec<(Table, Place)> = Vec::new();
    for table in Table::ALL {
        let name = table.name();
        let m = mapping.table(table);
        let place = match (&m.file, &m.sheet) {
            (Some(file), sheet) => {
                let found = entries
                    .iter()
                    .position(|e| base(&e.name) == file.as_str())
                    .or_else(|| {
                        entries
                            .iter()
                            .position(|e| base(&e.name).eq_ignore_ascii_case(file))
                    });
                let Some(i) = found else {
                    problems.push(mapping_problem(
                        Message::new("detail-file-not-given")
                            .text("table", name)
                            .text("file", file.as_str())
                            .text("files", names()),
                    ));
                    continue;
                };
                match sheet_of(&entries[i], name, sheet.as_deref()) {
                    Ok(sheet) => Place { file: i, sheet },
                    Err(detail) => {
                        problems.push(mapping_problem(detail.text("table", name)));
                        continue;
                    }
                }
            }
            (None, Some(sheet)) => match entries.iter().position(|e| e.sheets.contains(sheet)) {
                Some(i) => Place {
                    file: i,
                    sheet: Some(sheet.clone()),
                },
                None => {
                    problems.push(mapping_problem(
                        Message::new("detail-sheet-not-given")
                            .text("table", name)
                            .text("sheet", sheet.as_str()),
                    ));
                    continue;
                }
            },
            (None, None) => {
                let found = by_name(entries, name);
                match found.as_slice() {
                    [] => continue,
                    [one] => one.clone(),
                    [a, b, ..] => {
                        problems.push(mapping_problem(
                            Message::new("detail-two-candidates")
                                .text("first", describe(entries, a))
                                .text("second", describe(entries, b))
                                .text("table", name),
                        ));
                        continue;
                    }
                }
            }
        };
        if let Some((other, _)) = out.iter().find(|(_, p)| *p == place) {
            problems.push(mapping_problem(
                Message::new("detail-one-place-two-tables")
                    .text("place", describe(entries, &place))
                    .text("first", other.name())
                    .text("table", name),
            ));
            continue;
        }
        out.push((table, place));
    }
    out
}

/// The sheet of a file the mapping names: the one it names, else the one named after the table,
/// else the only one. Err: what is wrong, after `tables.<table>.`.
fn sheet_of(
    e: &Entry<'_>,
    table: &str,
    sheet: Option<&str>,
) -> std::result::Result<Option<String>, Message> {
    if e.format != Some(Format::Workbook) {
        return match sheet {
            Some(s) => Err(Message::new("detail-not-a-workbook")
                .text("sheet", s)
                .text("file", base(&e.name))),
            None => Ok(None),
        };
    }
    let listed = || e.sheets.join(", ");
    match sheet {
        Some(s) if e.sheets.iter().any(|x| x == s) => Ok(Some(s.to_string())),
        Some(s) => Err(Message::new("detail-no-such-sheet")
            .text("sheet", s)
            .text("file", base(&e.name))
            .text("sheets", listed())),
        None => {
            let named = e.sheets.iter().find(|x| normalize(x) == normalize(table));
            match (named, e.sheets.as_slice()) {
                (Some(s), _) | (None, [s]) => Ok(Some(s.clone())),
                _ => Err(Message::new("detail-several-sheets").text("sheets", listed())),
            }
        }
    }
}

/// The places whose name is the table's: a CSV, TSV or JSON file, a workbook's sheet, or a
/// workbook named after the table (its sheet named after it, else its only one).
fn by_name(entries: &[Entry<'_>], table: &str) -> Vec<Place> {
    let mut out = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        match e.format {
            Some(Format::Workbook) => {
                let sheets: Vec<&String> = e
                    .sheets
                    .iter()
                    .filter(|s| normalize(s) == normalize(table))
                    .collect();
                let named_file = normalize(stem(&e.name)) == normalize(table);
                match (sheets.first(), e.sheets.as_slice()) {
                    (Some(s), _) => out.push(Place {
                        file: i,
                        sheet: Some((*s).clone()),
                    }),
                    (None, [only]) if named_file => out.push(Place {
                        file: i,
                        sheet: Some(only.clone()),
                    }),
                    _ => {}
                }
            }
            Some(_) if normalize(stem(&e.name)) == normalize(table) => out.push(Place {
                file: i,
                sheet: None,
            }),
            _ => {}
        }
    }
    out
}

fn describe(entries: &[Entry<'_>], p: &Place) -> String {
    let name = base(&entries[p.file].name);
    match &p.sheet {
        Some(s) => format!("{name} (sheet \"{s}\")"),
        None => name.to_string(),
    }
}

/// Every file, and every sheet of a workbook, that feeds no table.
fn unused(entries: &[Entry<'_>], places: &[(Table, Place)]) -> Vec<UnusedFile> {
    let mut out = Vec::new();
    let used = |file: usize, sheet: Option<&String>| {
        places
            .iter()
            .any(|(_, p)| p.file == file && (sheet.is_none() || p.sheet.as_ref() == sheet))
    };
    for (i, e) in entries.iter().enumerate() {
        let why = match e.format {
            None => Message::new("unused-not-a-table-file"),
            Some(_) => Message::new("unused-file-name").text("tables", Table::listed()),
        };
        if e.format == Some(Format::Workbook) {
            for s in e.sheets.iter().filter(|s| !used(i, Some(s))) {
                out.push(UnusedFile {
                    file: base(&e.name).to_string(),
                    sheet: Some(s.clone()),
                    why: Message::new("unused-sheet-name").english(),
                    source: Message::new("unused-sheet-name"),
                });
            }
        } else if !used(i, None) {
            out.push(UnusedFile {
                file: base(&e.name).to_string(),
                sheet: None,
                why: why.english(),
                source: why,
            });
        }
    }
    out
}

/// Without a people table nothing loads: say which files were given and how to name one.
fn no_people(entries: &[Entry<'_>]) -> Problem {
    let given = entries
        .iter()
        .map(|e| base(&e.name))
        .collect::<Vec<_>>()
        .join(", ");
    let given = if given.is_empty() {
        Arg::Phrase(Box::new(Message::new("detail-none-given")))
    } else {
        Arg::Text(given)
    };
    mapping_problem(Message::new("detail-no-people").arg("given", given))
}

/// The input of a place, its bytes read now.
fn source(entries: &mut [Entry<'_>], place: &Place) -> Result<Source<'static>> {
    let e = &mut entries[place.file];
    Ok(match e.format {
        Some(Format::Workbook) => {
            let bytes = e.book.as_deref().unwrap_or_default();
            let sheet = place.sheet.as_deref().unwrap_or_default();
            Source::Raw(xlsx::sheet(bytes, sheet).map_err(|p| Error::input(vec![*p]))?)
        }
        Some(Format::Json) => Source::JsonBytes(take(e)?),
        Some(Format::Delimited(d)) => Source::Delimited(take(e)?, d),
        None => Source::CsvOwned(take(e)?),
    })
}

fn take(e: &mut Entry<'_>) -> Result<Vec<u8>> {
    match e.read.take() {
        Some(read) => read(),
        None => Ok(Vec::new()),
    }
}

/// Loads every CSV, TSV, JSON and XLSX file of a folder (SPEC §2.1), or the one file `path` names
/// (a workbook holding the tables, or a people table alone), as `mapping` says; the file `mapping`
/// was read from is no input, when it sits in the folder.
#[cfg(not(target_arch = "wasm32"))]
pub fn load_path(
    path: &std::path::Path,
    mapping: &Mapping,
    mapping_file: Option<&std::path::Path>,
) -> Result<Dataset> {
    let is_file = std::fs::metadata(path)
        .map_err(|e| Error::file("read", path, &e))?
        .is_file();
    let paths = if is_file {
        vec![path.to_path_buf()]
    } else {
        files_in(path, mapping_file)?
    };
    let files = paths
        .into_iter()
        .map(|path| InputFile {
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            bytes: Box::new(move || {
                std::fs::read(&path).map_err(|e| Error::file("read", &path, &e))
            }),
        })
        .collect();
    load_files(files, mapping)
}

/// The files of folder `dir` in name order, but for hidden ones and the mapping's own file.
#[cfg(not(target_arch = "wasm32"))]
fn files_in(
    dir: &std::path::Path,
    mapping_file: Option<&std::path::Path>,
) -> Result<Vec<std::path::PathBuf>> {
    let mapping_file = mapping_file.and_then(|p| p.canonicalize().ok());
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::file("read", dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !n.starts_with('.'))
        })
        .filter(|p| mapping_file.is_none() || p.canonicalize().ok() != mapping_file)
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(Error::Usage(format!(
            "{} holds no files (expected people.csv and optionally pairs.csv, sessions.csv, goals.csv, feedback.csv, promotions.csv, requests.csv; or .tsv, .json, .xlsx)",
            dir.display()
        )));
    }
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Vec<InputFile<'static>> {
        list.iter()
            .map(|(n, t)| InputFile::new(*n, t.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn tables_are_found_by_name_and_strays_are_listed() {
        let d = load_files(
            files(&[
                (
                    "People.CSV",
                    "person_id,hire_date\nE1,2020-01-01\nE2,2021-01-01\n",
                ),
                ("notes.txt", "hello\n"),
                ("logo.png", "\u{1}"),
            ]),
            &Mapping::default(),
        )
        .unwrap();
        assert_eq!(d.people.len(), 2);
        let t = &d.inputs.tables[0];
        assert_eq!(
            (t.table, t.file.as_deref(), t.rows),
            ("people", Some("People.CSV"), 2)
        );
        let stray: Vec<&str> = d
            .inputs
            .unused_files
            .iter()
            .map(|u| u.file.as_str())
            .collect();
        assert_eq!(stray, vec!["notes.txt", "logo.png"]);
    }

    #[test]
    fn a_mapping_names_the_files() {
        let m = Mapping::from_json(
            r#"{ "tables": { "people": { "file": "hris.tsv", "columns": { "person_id": "Employee ID", "hire_date": "Start" } } } }"#,
        )
        .unwrap();
        let d = load_files(
            files(&[(
                "exports/hris.tsv",
                "Employee ID\tStart\tOrg, Unit\nE1\t2020-01-01\tSales, EU\n",
            )]),
            &m,
        )
        .unwrap();
        assert_eq!(d.people.rows[0].id, "E1");
        assert_eq!(
            d.inputs.tables[0].headers_used,
            vec!["Employee ID", "Start", "Org, Unit"]
        );
        let e = load_files(files(&[("people.csv", "a\n1\n")]), &m).unwrap_err();
        assert!(e
            .to_string()
            .contains("tables.people.file names \"hris.tsv\", which was not given"));
    }

    #[test]
    fn two_candidates_for_a_table_are_refused() {
        let e = load_files(
            files(&[
                ("people.csv", "person_id,hire_date\n"),
                ("people.json", "[]"),
            ]),
            &Mapping::default(),
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("both people.csv and people.json could be the people table"),
            "{e}"
        );
    }

    #[test]
    fn without_people_the_error_lists_the_files() {
        let e = load_files(files(&[("staff.csv", "id\n1\n")]), &Mapping::default()).unwrap_err();
        assert!(
            e.to_string()
                .contains("no file is the people table (given: staff.csv)"),
            "{e}"
        );
    }
}
