import Testing
@testable import DebriefCore

@Suite("Word wrap by display width")
struct TextWordWrapTests {
    @Test("wraps at spaces", arguments: [
        ("the quick brown fox", 10, ["the quick", "brown fox"]),
        ("the quick brown fox", 9, ["the quick", "brown fox"]),
        ("the quick brown fox", 5, ["the", "quick", "brown", "fox"]),
        ("short", 20, ["short"]),
        ("", 10, [""]),
        ("a\n\nb", 10, ["a", "", "b"]),
        ("trailing\n", 10, ["trailing", ""]),
    ])
    func words(text: String, width: Int, expected: [String]) {
        #expect(WordWrap.wrap(text, width: width) == expected)
    }

    @Test("breaks words longer than the line", arguments: [
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("go supercalifragilistic now", 8, ["go", "supercal", "ifragili", "stic now"]),
    ])
    func longWords(text: String, width: Int, expected: [String]) {
        #expect(WordWrap.wrap(text, width: width) == expected)
    }

    @Test("measures wide characters and never splits them", arguments: [
        ("中文字符测试", 5, ["中文", "字符", "测试"]),
        ("中文 字符", 4, ["中文", "字符"]),
        ("😀😀😀", 3, ["😀", "😀", "😀"]),
        ("中", 1, ["中"]),  // wider than the line: alone on its line
        ("cafe\u{301} cafe\u{301}", 4, ["cafe\u{301}", "cafe\u{301}"]),
    ])
    func wide(text: String, width: Int, expected: [String]) {
        #expect(WordWrap.wrap(text, width: width) == expected)
    }

    @Test("line ranges cover every character in order")
    func ranges() {
        let characters = Array("ab cd  efghijk l")
        let ranges = WordWrap.lineRanges(of: characters, width: 4)
        #expect(ranges == [0..<3, 3..<7, 7..<11, 11..<15, 15..<16])
        #expect(WordWrap.lineRanges(of: [], width: 4) == [0..<0])
        for width in 1...12 {
            let covered = WordWrap.lineRanges(of: characters, width: width)
            #expect(covered.first?.lowerBound == 0)
            #expect(covered.last?.upperBound == characters.count)
            for (left, right) in zip(covered, covered.dropFirst()) { #expect(left.upperBound == right.lowerBound) }
        }
    }
}
