import Testing
@testable import DebriefCore

@Suite("Truncating and padding by display width")
struct TextFittingTests {
    @Test("text that fits is returned unchanged")
    func fits() {
        #expect(DisplayWidth.truncate("Hello", toWidth: 5) == "Hello")
        #expect(DisplayWidth.truncate("中文", toWidth: 4) == "中文")
        #expect(DisplayWidth.truncate("", toWidth: 0) == "")
    }

    @Test("truncation ends in an ellipsis", arguments: [
        ("Hello world", 8, "Hello w…"),
        ("Hello world", 1, "…"),
        ("Hello world", 0, ""),
        ("Acme Corp", 6, "Acme… "),  // spaces before the ellipsis are dropped, padding keeps the width
        ("中文字符", 5, "中文…"),
        ("中文字符", 4, "中… "),  // 中 + 文 would need 5 columns with the ellipsis: pad instead of halving 文
        ("中文字符", 2, "… "),
        ("😀😀😀", 4, "😀… "),
        ("👨‍👩‍👧 family", 3, "👨‍👩‍👧…"),
        ("cafe\u{301} society", 5, "cafe\u{301}…"),
    ])
    func truncates(text: String, width: Int, expected: String) {
        let result = DisplayWidth.truncate(text, toWidth: width)
        #expect(result == expected)
        #expect(DisplayWidth.of(result) == width)
    }

    @Test("an ellipsis wider than the room is left out")
    func ellipsisTooWide() {
        #expect(DisplayWidth.truncate("abcdef", toWidth: 2, ellipsis: "...") == "ab")
        #expect(DisplayWidth.truncate("中文", toWidth: 3, ellipsis: "....") == "中 ")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4, ellipsis: "...") == "a...")
    }

    @Test("negative widths behave like zero")
    func negativeWidth() {
        #expect(DisplayWidth.truncate("abc", toWidth: -3) == "")
        #expect(DisplayWidth.pad("abc", toWidth: -3) == "abc")
    }

    @Test("a truncated result is never wider than asked and never splits a character")
    func widthInvariant() {
        let samples = ["Hello, world", "中文字符测试", "a中b文c", "😀x👍🏽y🇫🇷", "e\u{301}e\u{301}e\u{301}", "ＡＢＣ def"]
        for sample in samples {
            for width in 0...14 {
                let result = DisplayWidth.truncate(sample, toWidth: width)
                #expect(DisplayWidth.of(result) == min(width, DisplayWidth.of(sample)), "\(sample) @ \(width)")
            }
        }
    }

    @Test("padding aligns by display width")
    func padding() {
        #expect(DisplayWidth.pad("ab", toWidth: 5) == "ab   ")
        #expect(DisplayWidth.pad("中", toWidth: 5, alignment: .right) == "   中")
        #expect(DisplayWidth.pad("中", toWidth: 5, alignment: .center) == " 中  ")
        #expect(DisplayWidth.pad("toolong", toWidth: 3) == "toolong")
    }

    @Test("fit truncates then pads to exactly the width")
    func fit() {
        #expect(DisplayWidth.fit("Deal", toWidth: 6) == "Deal  ")
        #expect(DisplayWidth.fit("Enterprise renewal", toWidth: 6) == "Enter…")
        #expect(DisplayWidth.fit("42", toWidth: 5, alignment: .right) == "   42")
    }

    @Test("prefix fitting a width")
    func prefix() {
        let cut = DisplayWidth.prefix(of: "a中b", fitting: 2)
        #expect(cut.text == "a")
        #expect(cut.width == 1)
        let all = DisplayWidth.prefix(of: "a中b", fitting: 10)
        #expect(all.text == "a中b")
        #expect(all.width == 4)
    }
}
