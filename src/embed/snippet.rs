//! The copy-paste snippet for the "Embed this calculator" page. Every value is escaped for an
//! HTML attribute, so whatever a user types can never break out of the snippet.

/// Escapes text for a double-quoted HTML attribute.
pub fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// `<script src="{base}embed.js" data-k="v" … async></script>`, options in the given order.
/// Attribute names are kept to `[a-z0-9._-]`; other characters are dropped.
pub fn script_tag(base_url: &str, options: &[(String, String)]) -> String {
    let mut tag = format!("<script src=\"{}\"", escape_attr(&format!("{base_url}embed.js")));
    for (name, value) in options {
        let name: String = name
            .chars()
            .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
            .collect();
        if !name.is_empty() {
            tag.push_str(&format!(" data-{name}=\"{}\"", escape_attr(value)));
        }
    }
    tag.push_str(" async></script>");
    tag
}

/// The iframe address the snippet produces, for the live preview.
pub fn preview_query(options: &[(String, String)]) -> String {
    let mut query = String::from("?embed=1");
    for (name, value) in options {
        query.push('&');
        query.push_str(&percent_encode(name));
        query.push('=');
        query.push_str(&percent_encode(value));
    }
    query
}

fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
