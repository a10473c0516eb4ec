//! Delimited text as the user pastes or exports it: byte-order mark, tab / `;` / `,`
//! detected, quoted fields holding separators, quotes and line breaks. Every record keeps the
//! line it starts on so a problem can be pointed at.

/// The field separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Separator {
    Tab,
    Semicolon,
    Comma,
}

impl Separator {
    pub fn char(self) -> char {
        match self {
            Separator::Tab => '\t',
            Separator::Semicolon => ';',
            Separator::Comma => ',',
        }
    }
}

/// One record: the 1-based line it starts on and its fields, unquoted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

/// The records of a text; `unterminated_quote` is the line of a quote never closed (the rest
/// of the text was read as that one field).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Table {
    pub records: Vec<Record>,
    pub unterminated_quote: Option<usize>,
}

/// Removes a leading UTF-8 byte-order mark (spreadsheets add one to CSV exports).
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The separator of the first non-empty line, counted outside quotes: a tab wins (a pasted
/// spreadsheet range), then `;` (French exports, whose decimal mark is the comma), then `,`.
pub fn detect(text: &str) -> Separator {
    let first = strip_bom(text).lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let (mut tabs, mut semis, mut quoted) = (0, 0, false);
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            '\t' if !quoted => tabs += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if tabs > 0 {
        Separator::Tab
    } else if semis > 0 {
        Separator::Semicolon
    } else {
        Separator::Comma
    }
}

/// Splits `text` into records (RFC 4180 quoting, `""` for a quote inside quotes; CRLF, LF or
/// CR line ends). Blank lines are skipped; a quote opened mid-field is kept as a character.
pub fn parse(text: &str, sep: Separator) -> Table {
    let sep = sep.char();
    let mut table = Table::default();
    let mut cells: Vec<String> = Vec::new();
    let mut field = String::new();
    let (mut line, mut start_line) = (1usize, 1usize);
    let (mut quoted, mut field_started_quoted) = (false, false);
    let mut chars = strip_bom(text).chars().peekable();
    let finish = |cells: &mut Vec<String>, field: &mut String, table: &mut Table, start: usize| {
        cells.push(std::mem::take(field));
        let record = std::mem::take(cells);
        if !(record.len() == 1 && record[0].trim().is_empty()) {
            table.records.push(Record { line: start, cells: record });
        }
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !field_started_quoted => {
                quoted = true;
                field_started_quoted = true;
            }
            c if c == sep => {
                cells.push(std::mem::take(&mut field));
                field_started_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                finish(&mut cells, &mut field, &mut table, start_line);
                field_started_quoted = false;
                line += 1;
                start_line = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        table.unterminated_quote = Some(start_line);
    }
    if !field.is_empty() || !cells.is_empty() {
        finish(&mut cells, &mut field, &mut table, start_line);
    }
    table
}
