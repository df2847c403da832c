//! A document as one self-contained HTML page a person can hand on: no script, no request when
//! opened (charts are inline SVG, styles inline), readable on paper (print CSS: each analysis on a
//! new page), in the document's language.

use super::svg::escape;
use super::{Block, Document};
use crate::i18n::Message;
use crate::metrics::analyses;

const STYLE: &str = "
body { font-family: system-ui, sans-serif; color: #1f2933; background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0 0 .5rem; border-bottom: 2px solid #2f6fdb; padding-bottom: .2rem; }
section { margin: 1.75rem 0; }
p { margin: .3rem 0; }
.muted { color: #52606d; }
ul.findings { list-style: none; padding: 0; margin: 0; }
ul.findings li { padding: .4rem 0; border-bottom: 1px solid #e4e7eb; display: flex; gap: .6rem; align-items: baseline; }
.badge { display: inline-block; border-radius: 1rem; padding: 0 .5rem; font-size: .8rem; border: 1px solid currentColor; white-space: nowrap; }
.warning { color: #c23030; } .notice { color: #a66321; } .info { color: #52606d; }
ul.findings li span:last-child { color: #1f2933; }
table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
figure { margin: .5rem 0 1rem; }
svg { max-width: 100%; height: auto; }
footer { margin-top: 2rem; font-size: .85rem; color: #52606d; }
@media (max-width: 40rem) {
  main { padding: .75rem; }
  table { display: block; overflow-x: auto; max-width: 100%; }
}
@media print {
  main { max-width: none; padding: 0; }
  section { break-before: page; }
  section.findings { break-before: avoid; }
  figure, table, li { break-inside: avoid; }
}
";

/// The page of `doc`.
pub fn page(doc: &Document) -> String {
    let l = doc.locale;
    let mut title = String::new();
    let mut body = String::new();
    let mut open_section = false;
    let mut in_findings = false;
    let close_list = |body: &mut String, in_findings: &mut bool| {
        if *in_findings {
            body.push_str("</ul>\n");
            *in_findings = false;
        }
    };
    for b in &doc.blocks {
        if !matches!(b, Block::Finding { .. }) {
            close_list(&mut body, &mut in_findings);
        }
        match b {
            Block::Title(t) => {
                title = t.clone();
                body.push_str(&format!("<header><h1>{}</h1>\n", escape(t)));
                let note = Message::new("html-generated").text("version", crate::VERSION);
                body.push_str(&format!(
                    "<p class=\"muted\">{}</p></header>\n",
                    escape(&note.render(l))
                ));
            }
            Block::Heading(h) => {
                if open_section {
                    body.push_str("</section>\n");
                }
                open_section = true;
                body.push_str(&format!("<section><h2>{}</h2>\n", escape(h)));
            }
            Block::Line(t) => body.push_str(&format!("<p>{}</p>\n", escape(t))),
            Block::Finding { severity, text } => {
                if !in_findings {
                    body.push_str("<ul class=\"findings\">\n");
                    in_findings = true;
                }
                let badge = Message::new("html-severity").text("severity", *severity);
                body.push_str(&format!(
                    "<li><span class=\"badge {severity}\">{}</span><span>{}</span></li>\n",
                    escape(&badge.render(l)),
                    escape(text)
                ));
            }
            Block::Table { columns, rows, .. } => {
                body.push_str("<table><thead><tr>");
                for c in columns {
                    body.push_str(&format!("<th scope=\"col\">{}</th>", escape(c)));
                }
                body.push_str("</tr></thead><tbody>\n");
                for r in rows {
                    body.push_str("<tr>");
                    for c in r {
                        body.push_str(&format!("<td>{}</td>", escape(c)));
                    }
                    body.push_str("</tr>\n");
                }
                body.push_str("</tbody></table>\n");
            }
            Block::Chart(svg) => body.push_str(&format!("<figure>{svg}</figure>\n")),
            Block::Pointer { .. } => {}
        }
    }
    close_list(&mut body, &mut in_findings);
    if open_section {
        body.push_str("</section>\n");
    }
    body.push_str(&methods(doc));
    let footer = Message::new("html-footer").text("version", crate::VERSION);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body><main>\n{body}<footer>{footer}</footer>\n</main></body>\n</html>\n",
        lang = l.tag(),
        title = escape(&title),
        footer = escape(&footer.render(l)),
    )
}

/// The methods' messages: privacy, each analysis of [`analyses`] (`html-method-` and its name),
/// the findings.
macro_rules! method_notes {
    ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
        [
            "html-method-privacy",
            $(concat!("html-method-", stringify!($name)),)*
            "html-method-findings",
        ]
    };
}

/// How each number was found, in a few sentences a reader can check.
fn methods(doc: &Document) -> String {
    let l = doc.locale;
    let mut s = format!(
        "<section class=\"methods\"><h2>{}</h2>\n",
        escape(&Message::new("html-methods").render(l))
    );
    for id in analyses!(method_notes) {
        s.push_str(&format!("<p>{}</p>\n", escape(&Message::new(id).render(l))));
    }
    s.push_str("</section>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn a_page_escapes_what_the_data_says_and_holds_no_script() {
        let doc = Document {
            locale: Locale::De,
            blocks: vec![
                Block::Title("Bericht <am> 30.06.2025".into()),
                Block::Finding {
                    severity: "warning",
                    text: "<script>alert(1)</script>".into(),
                },
                Block::Heading("Ziele & mehr".into()),
                Block::Table {
                    columns: vec!["Programm".into()],
                    rows: vec![vec!["<img src=x onerror=alert(1)>".into()]],
                    main: true,
                },
            ],
        };
        let page = page(&doc);
        assert!(page.starts_with("<!doctype html>\n<html lang=\"de\">"));
        assert!(!page.contains("<script") && !page.contains("<img"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("<h2>Ziele &amp; mehr</h2>"));
        assert!(page.contains("<span class=\"badge warning\">handeln</span>"));
        assert!(page.contains("Wie die Zahlen gefunden wurden"));
    }

    /// Every analysis of the report has its method's note in the catalogue (a missing message
    /// would print its id).
    #[test]
    fn every_analysis_has_its_method_note() {
        for id in analyses!(method_notes) {
            assert_ne!(Message::new(id).english(), id);
        }
    }
}
