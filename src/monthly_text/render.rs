//! The monthly report written out as plain text (e-mail, chat) or Markdown (wiki).

use super::MonthlyReport;

impl MonthlyReport {
    /// The title, then each section's heading and its lines as "- " bullets.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n", self.title);
        for s in &self.sections {
            out.push_str(&format!("\n{}\n", s.heading));
            for line in &s.lines {
                out.push_str(&format!("- {line}\n"));
            }
        }
        out
    }

    /// `#` title, `##` per section, bullets; user-typed names escaped.
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n", escape(&self.title));
        for s in &self.sections {
            out.push_str(&format!("\n## {}\n\n", escape(s.heading)));
            for line in &s.lines {
                out.push_str(&format!("- {}\n", escape(line)));
            }
        }
        out
    }
}

/// Backslash-escapes what Markdown would read as markup (stage names and owners are typed).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}
