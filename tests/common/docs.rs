//! Evidence documents built byte by byte for tests: a text PDF (standard Type 1 font, real
//! cross-reference table), a DOCX (Office Open XML in a ZIP), a JPEG with an EXIF date. Each is
//! the smallest form real readers accept, with the metadata date the content checks read.

use std::io::Write;

/// A one-page PDF whose text is `text` (one line per `\n`), with `CreationDate` `created`
/// (`YYYYMMDD`) when given.
pub fn pdf(text: &str, created: Option<&str>) -> Vec<u8> {
    let mut content = String::from("BT /F1 10 Tf 40 800 Td 12 TL\n");
    for line in text.lines() {
        let esc: String = line
            .chars()
            .map(|c| match c {
                '(' | ')' | '\\' => format!("\\{c}"),
                c if c.is_ascii() => c.to_string(),
                _ => "?".into(),
            })
            .collect();
        content.push_str(&format!("({esc}) Tj T*\n"));
    }
    content.push_str("ET\n");
    let info = match created {
        Some(d) => format!("<< /Producer (skp tests) /CreationDate (D:{d}090000+07'00') >>"),
        None => "<< /Producer (skp tests) >>".to_string(),
    };
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_string(),
        format!(
            "<< /Length {} >>\nstream\n{content}endstream",
            content.len()
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_string(),
        info,
    ];
    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A DOCX whose paragraphs are the lines of `text`, with `dcterms:created` `created`
/// (`YYYY-MM-DD`) when given.
pub fn docx(text: &str, created: Option<&str>) -> Vec<u8> {
    let body: String = text
        .lines()
        .map(|l| {
            format!(
                "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                xml_escape(l)
            )
        })
        .collect();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}</w:body></w:document>"
    );
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         {}</cp:coreProperties>",
        created.map_or(String::new(), |d| format!(
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{d}T08:00:00Z</dcterms:created>"
        ))
    );
    let types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
                 <Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in [
            ("[Content_Types].xml", types.to_string()),
            ("word/document.xml", document),
            ("docProps/core.xml", core),
        ] {
            z.start_file(name, opts).unwrap();
            z.write_all(data.as_bytes()).unwrap();
        }
        z.finish().unwrap();
    }
    buf.into_inner()
}

/// A tiny JPEG (SOI, an EXIF APP1 segment, EOI) whose `DateTimeOriginal` is `taken`
/// (`YYYY:MM:DD HH:MM:SS`).
pub fn jpeg(taken: &str) -> Vec<u8> {
    assert_eq!(taken.len(), 19);
    // TIFF, little endian: IFD0 with one entry (the Exif IFD pointer), then the Exif IFD with
    // DateTimeOriginal (ASCII, 20 bytes including NUL, stored at an offset).
    let mut t: Vec<u8> = b"II*\0".to_vec();
    t.extend_from_slice(&8u32.to_le_bytes());
    // IFD0 at 8: 1 entry.
    t.extend_from_slice(&1u16.to_le_bytes());
    t.extend_from_slice(&0x8769u16.to_le_bytes());
    t.extend_from_slice(&4u16.to_le_bytes()); // LONG
    t.extend_from_slice(&1u32.to_le_bytes());
    t.extend_from_slice(&26u32.to_le_bytes()); // Exif IFD offset
    t.extend_from_slice(&0u32.to_le_bytes()); // no next IFD
    // Exif IFD at 26: 1 entry.
    t.extend_from_slice(&1u16.to_le_bytes());
    t.extend_from_slice(&0x9003u16.to_le_bytes());
    t.extend_from_slice(&2u16.to_le_bytes()); // ASCII
    t.extend_from_slice(&20u32.to_le_bytes());
    t.extend_from_slice(&44u32.to_le_bytes()); // value offset
    t.extend_from_slice(&0u32.to_le_bytes());
    assert_eq!(t.len(), 44);
    t.extend_from_slice(taken.as_bytes());
    t.push(0);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&t);
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}
