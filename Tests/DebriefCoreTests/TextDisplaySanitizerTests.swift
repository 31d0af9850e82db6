import Testing
@testable import DebriefCore

@Suite("Display sanitizer")
struct TextDisplaySanitizerTests {
    /// Escape sequences and control characters a hostile or broken CSV might carry.
    static let corpus: [(name: String, input: String, expected: String, width: Int)] = [
        ("clear screen", "\u{1B}[2J", "␛[2J", 4),
        ("clear screen and home", "ok\u{1B}[2J\u{1B}[H", "ok␛[2J␛[H", 9),
        ("set window title", "\u{1B}]0;pwned\u{07}", "␛]0;pwned␇", 10),
        ("OSC 52 clipboard write", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "␛]52;c;cm0gLXJmIH4=␇", 20),
        ("unterminated OSC 8 hyperlink", "\u{1B}]8;;https://evil.example/ click", "␛]8;;https://evil.example/ click", 32),
        ("OSC 8 with ST", "\u{1B}]8;;x\u{1B}\\link", "␛]8;;x␛\\link", 12),
        ("8-bit CSI", "\u{9B}31mred", "\u{FFFD}31mred", 7),
        ("bell", "ding\u{07}", "ding␇", 5),
        ("carriage return", "safe\rEVIL", "safe␍EVIL", 9),
        ("NUL", "a\u{0}b", "a␀b", 3),
        ("DEL", "a\u{7F}b", "a␡b", 3),
        ("right-to-left override", "invoice\u{202E}fdp.exe", "invoicefdp.exe", 14),
        ("bidi isolates and marks", "\u{2067}a\u{2069}\u{200F}b\u{200E}\u{061C}", "ab", 2),
        ("zero-width space", "zero\u{200B}width", "zerowidth", 9),
        ("word joiner and BOM", "\u{FEFF}a\u{2060}b", "ab", 2),
        ("zero-width joiner outside emoji", "a\u{200D}b", "ab", 2),
        ("soft hyphen", "co\u{AD}op", "coop", 4),
        ("other C0 controls", "\u{1}\u{8}\u{B}\u{C}\u{1F}", "␁␈␋␌␟", 5),
        ("C1 NEL", "a\u{85}b", "a\u{FFFD}b", 3),
    ]

    @Test("escape sequences and controls become visible, inert placeholders",
          arguments: corpus.map { $0.name })
    func corpusEntry(name: String) throws {
        let entry = try #require(Self.corpus.first { $0.name == name })
        let output = DisplaySanitizer.singleLine.sanitize(entry.input)
        #expect(output == entry.expected)
        #expect(DisplayWidth.of(output) == entry.width)
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test("multi-line mode sanitises the same way but keeps line breaks")
    func multiLineCorpus() {
        for entry in Self.corpus {
            #expect(DisplaySanitizer.multiLine.sanitize(entry.input) == entry.expected, "\(entry.name)")
        }
    }

    @Test("emoji sequences keep their joiners and tags")
    func emojiSequences() {
        let samples = ["👨‍👩‍👧‍👦", "🏳️‍🌈", "🧑🏽‍💻", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "❤️", "👍🏽", "🇫🇷"]
        for sample in samples {
            #expect(DisplaySanitizer.singleLine.sanitize(sample) == sample)
        }
    }

    @Test("accents, CJK and Persian text are left alone")
    func ordinaryText() {
        for sample in ["café", "cafe\u{301}", "株式会社", "한국어", "नमस्ते", "مرحبا", "؀١"] {
            #expect(DisplaySanitizer.singleLine.sanitize(sample) == sample)
        }
    }

    @Test("one unsafe character in otherwise safe accented text is still sanitised")
    func unsafeAmongAccents() {
        let sanitizer = DisplaySanitizer.singleLine
        #expect(sanitizer.sanitize("Tomás\u{202E}Herrera") == "TomásHerrera")
        #expect(sanitizer.sanitize("€ 5\u{85}") == "€ 5\u{FFFD}")
        #expect(sanitizer.sanitize("Zürich\tAG") == "Zürich  AG")
        #expect(sanitizer.sanitize("é\u{200D}x") == "éx")
        #expect(sanitizer.sanitize("Café\u{2028}Bar") == "Café⏎Bar")
        #expect(sanitizer.sanitize("Acme – Renewal\u{AD}") == "Acme – Renewal")
    }

    @Test("single-line mode marks line breaks")
    func singleLineBreaks() {
        #expect(DisplaySanitizer.singleLine.sanitize("one\ntwo") == "one⏎two")
        #expect(DisplaySanitizer.singleLine.sanitize("one\r\ntwo\r\n") == "one⏎two⏎")
        #expect(DisplaySanitizer.singleLine.sanitize("a\u{2028}b\u{2029}c") == "a⏎b⏎c")
        #expect(DisplaySanitizer.singleLineWithSpaces.sanitize("one\ntwo") == "one two")
        #expect(DisplayWidth.of(DisplaySanitizer.singleLine.sanitize("one\ntwo")) == 7)
    }

    @Test("multi-line mode keeps line breaks as \\n")
    func multiLineBreaks() {
        #expect(DisplaySanitizer.multiLine.sanitize("one\r\ntwo\n\nthree") == "one\ntwo\n\nthree")
        #expect(DisplaySanitizer.multiLine.sanitize("a\u{2028}b") == "a\nb")
        #expect(DisplaySanitizer.multiLine.sanitize("x\u{1B}[31m\ny\r") == "x␛[31m\ny␍")
    }

    @Test("tabs expand to the next tab stop")
    func tabs() {
        #expect(DisplaySanitizer.singleLine.sanitize("\tx") == "    x")
        #expect(DisplaySanitizer.singleLine.sanitize("ab\tc") == "ab  c")
        #expect(DisplaySanitizer.singleLine.sanitize("abcd\te") == "abcd    e")
        #expect(DisplaySanitizer.singleLine.sanitize("中\tx") == "中  x")
        #expect(DisplaySanitizer.multiLine.sanitize("ab\n\tc") == "ab\n    c")
        #expect(DisplaySanitizer(newlines: .keep, tabWidth: 8).sanitize("a\tb") == "a       b")
    }

    @Test("plain printable ASCII comes back unchanged")
    func asciiFastPath() {
        let text = "Acme Corp, Q3 renewal: $120,000 (won)"
        #expect(DisplaySanitizer.singleLine.sanitize(text) == text)
        #expect(text.sanitizedForDisplay() == text)
        #expect("".sanitizedForDisplay() == "")
    }
}
