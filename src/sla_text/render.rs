//! The SLA document written out as plain text (e-mail, chat) or Markdown (wiki, README).

use super::words::colon;
use super::SlaDocument;
use crate::i18n::Lang;

/// Blank line a signer fills in by hand.
const BLANK: &str = "______________________________";

impl SlaDocument {
    /// Plain text: headings on their own lines, clauses as "- " bullets, blank signature lines.
    pub fn to_text(&self, lang: Lang) -> String {
        let c = colon(lang);
        let mut out = String::new();
        out.push_str(self.title);
        out.push_str("\n\n");
        out.push_str(&format!("{} {}\n", self.goal_line, self.intro));
        for (heading, clauses) in
            [(self.marketing_heading, &self.marketing), (self.sales_heading, &self.sales)]
        {
            out.push_str(&format!("\n{heading}{c}\n"));
            for clause in clauses {
                out.push_str(&format!("- {clause}\n"));
            }
        }
        out.push_str(&format!(
            "\n{}{c} {}\n{}\n",
            self.capacity_heading,
            self.verdict_label,
            self.capacity.trim()
        ));
        if !self.agreement.is_empty() {
            out.push_str(&format!("\n{}{c}\n", agreement_heading(lang)));
            for line in &self.agreement {
                out.push_str(&format!("- {line}\n"));
            }
        }
        out.push_str(&format!("\n{}\n", self.signatures_heading));
        for signer in self.signers {
            out.push_str(&format!("\n{signer}\n"));
            for field in self.signature_fields {
                out.push_str(&format!("{field}{c} {BLANK}\n"));
            }
        }
        out
    }

    /// Markdown: a title, one section per team, the verdict in bold, and a signature table.
    pub fn to_markdown(&self, lang: Lang) -> String {
        let mut out =
            format!("# {}\n\n{} {}\n", escape(self.title), escape(&self.goal_line), escape(self.intro));
        for (heading, clauses) in
            [(self.marketing_heading, &self.marketing), (self.sales_heading, &self.sales)]
        {
            out.push_str(&format!("\n## {}\n\n", escape(heading)));
            for clause in clauses {
                out.push_str(&format!("- {}\n", escape(clause)));
            }
        }
        out.push_str(&format!(
            "\n## {}\n\n**{}.** {}\n",
            escape(self.capacity_heading),
            escape(self.verdict_label),
            escape(self.capacity.trim())
        ));
        if !self.agreement.is_empty() {
            out.push_str(&format!("\n## {}\n\n", escape(agreement_heading(lang))));
            for line in &self.agreement {
                out.push_str(&format!("- {}\n", escape(line)));
            }
        }
        out.push_str(&format!("\n## {}\n\n", escape(self.signatures_heading)));
        out.push_str(&format!(
            "| | {} | {} |\n| --- | --- | --- |\n",
            escape(self.signers[0]),
            escape(self.signers[1])
        ));
        for field in self.signature_fields {
            out.push_str(&format!("| {} | | |\n", escape(field)));
        }
        out
    }
}

/// Heading of the agreement's part (owners, status, changes).
pub fn agreement_heading(lang: Lang) -> &'static str {
    lang.pick("Suivi de l'accord", "The agreement over time")
}

/// Backslash-escapes the characters Markdown would read as markup (stage names are typed by
/// the user and may hold any of them).
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
