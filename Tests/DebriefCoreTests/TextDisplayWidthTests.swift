import Testing
@testable import DebriefCore

@Suite("Display width")
struct TextDisplayWidthTests {
    @Test("plain ASCII is one column per character", arguments: [
        ("", 0), ("a", 1), ("hello world", 11), ("~!@#$%^&*()", 11),
    ])
    func ascii(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
        #expect(text.displayWidth == width)
    }

    @Test("combining marks and accents add nothing", arguments: [
        ("e\u{301}", 1),  // e + combining acute
        ("cafe\u{301}", 4),
        ("café", 4),  // precomposed é
        ("Z\u{324}\u{354}\u{367}\u{311}\u{313}", 1),  // "zalgo" stack
        ("\u{301}", 0),  // a lone mark
        ("n\u{303}o\u{308}", 2),
    ])
    func combiningMarks(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("CJK, Hangul and fullwidth forms take two columns", arguments: [
        ("中", 2), ("中文字符", 8), ("日本語", 6), ("한국어", 6), ("ＡＢ", 4), ("。", 2),
        ("ｶﾀｶﾅ", 4),  // halfwidth katakana stays narrow
        ("\u{1100}\u{1161}\u{11A8}", 2),  // conjoining jamo form one syllable
        ("\u{20000}", 2),  // CJK Extension B
        ("Acme 株式会社 🚀", 16),
    ])
    func wide(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("emoji and emoji sequences are drawn two columns wide", arguments: [
        ("😀", 2),
        ("👍🏽", 2),  // skin-tone modifier
        ("🏽", 2),  // a lone modifier shows as a swatch
        ("👨‍👩‍👧‍👦", 2),  // ZWJ family
        ("🧑‍💻", 2),
        ("🏳️‍🌈", 2),  // VS16 + ZWJ
        ("🏳‍🌈", 2),  // ZWJ without VS16
        ("🇫🇷", 2),  // flag
        ("🇫🇷🇩🇪", 4),
        ("❤️", 2),  // text-default emoji + VS16
        ("#️⃣", 2),  // keycap
        ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", 2),  // tag sequence (Scotland)
    ])
    func emoji(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("text presentation and text-default emoji take one column", arguments: [
        ("❤", 1), ("☺", 1), ("⌚\u{FE0E}", 1), ("⌚", 2), ("#", 1),
        ("🇫", 1),  // a lone regional indicator
        ("\u{2764}\u{FE0E}", 1),
    ])
    func textPresentation(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("zero-width and control characters take no columns", arguments: [
        ("\u{200B}", 0), ("a\u{200B}b", 2), ("\u{FEFF}", 0), ("\u{2060}", 0), ("\u{202E}", 0),
        ("\u{1B}", 0), ("\u{0}", 0), ("\u{7F}", 0), ("\u{9B}", 0), ("\r\n", 0), ("\u{AD}", 1),
    ])
    func zeroWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("Indic conjuncts take one column per consonant")
    func indicConjunct() {
        #expect(DisplayWidth.of("क्ष") == 2)
        #expect(DisplayWidth.of("नमस्ते") == 4)
    }

    @Test("single scalars")
    func scalars() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x4E2D)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x00E9)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1F600)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0xFF61)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x3000)!) == 2)
    }

    @Test("width tables are sorted, non-overlapping pairs")
    func tablesAreWellFormed() {
        for table in [DisplayWidthTables.wide, DisplayWidthTables.zeroWidth, DisplayWidthTables.emoji] {
            #expect(table.bounds.count % 2 == 0)
            for index in stride(from: 0, to: table.bounds.count, by: 2) {
                #expect(table.bounds[index] <= table.bounds[index + 1])
                if index > 0 { #expect(table.bounds[index - 1] < table.bounds[index]) }
            }
        }
    }
}
