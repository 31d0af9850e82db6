import Foundation
import Testing
@testable import DebriefCore

/// The byte search under the reviews browser, and the narrowing that lets a growing search look
/// only among the last matches.
@Suite("Review search")
struct AnalyticsSearchTests {
    /// The plain definition the fast search must agree with.
    func naiveContains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBytes { h in needle.withUnsafeBytes { ByteSearch.contains(h, $0) } }
    }

    @Test func findsTheNeedleAtEveryPositionAroundTheSixteenByteBlocks() {
        for length in [1, 2, 3, 6, 15, 16, 17] {
            let needle = Array("abcdefghijklmnopq".utf8.prefix(length))
            for haystackLength in [length, 16, 17, 31, 32, 33, 47, 64] where haystackLength >= length {
                for position in 0...(haystackLength - length) {
                    var haystack = [UInt8](repeating: UInt8(ascii: "x"), count: haystackLength)
                    haystack.replaceSubrange(position..<(position + length), with: needle)
                    #expect(contains(haystack, needle), "needle \(length) at \(position) of \(haystackLength)")
                    // The same text with the needle's last byte changed holds no match.
                    haystack[position + length - 1] = UInt8(ascii: "y")
                    #expect(!contains(haystack, needle), "broken needle \(length) at \(position) of \(haystackLength)")
                }
            }
        }
    }

    @Test func agreesWithTheDefinitionOnRandomText() {
        // A small alphabet makes partial matches (first and last byte agreeing) common.
        var random = SeededRandom(seed: 42)
        let alphabet = Array("ab é".utf8)
        for _ in 0..<2_000 {
            let haystack = (0..<random.int(0...70)).map { _ in alphabet[random.int(0...(alphabet.count - 1))] }
            let needle = (0..<random.int(0...5)).map { _ in alphabet[random.int(0...(alphabet.count - 1))] }
            #expect(contains(haystack, needle) == naiveContains(haystack, needle), "\(haystack) \(needle)")
        }
    }

    @Test func memoizedFoldingGivesTheWholeTextFoldOnRandomUnicodeText() {
        // Short pieces that repeat, so the memo is hit; combining marks after ASCII letters and
        // after other marks; dashes, arrows, CJK, fullwidth and halfwidth forms, emoji with skin tone.
        let pieces = ["a", "Z", " ", "·", "–", "—", "→", "é", "Ö", "\u{301}", "\u{308}", "ß", "Æ", "東京",
                      "データ", "Ａ", "ｶ", "ﾞ", "👍🏽", "İ", "Σ", "ς", "ǅ", "\u{1F}", "1", "Ø", "ł", "Œ"]
        var random = SeededRandom(seed: 7)
        var memo = FoldedText.RunMemo()
        for _ in 0..<3_000 {
            let text = (0..<random.int(0...24)).map { _ in pieces[random.int(0...(pieces.count - 1))] }.joined()
            let whole = Array(SearchFolding.fold(text).utf8)
            #expect(FoldedText.bytes(text, memo: &memo) == whole, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func emptyAndLongerNeedles() {
        #expect(contains([], []))
        #expect(contains(Array("abc".utf8), []))
        #expect(!contains([], Array("a".utf8)))
        #expect(!contains(Array("abc".utf8), Array("abcd".utf8)))
    }

    @Test func corpusKeepsCandidatesThatHoldEveryWordInTheirOrder() {
        let corpus = SearchCorpus(["Mutual action plan", "Reference call with the CFO", "mutual plan, reference call", "Zürich"])
        #expect(corpus.count == 4)
        #expect(corpus.documents(containing: ["mutual"], among: [0, 1, 2, 3]) == [0, 2])
        #expect(corpus.documents(containing: ["reference", "mutual"], among: [3, 2, 1, 0]) == [2])
        #expect(corpus.documents(containing: ["mutual"], among: [1, 3]) == [])
        #expect(corpus.documents(containing: [], among: [3, 1]) == [3, 1])
        #expect(corpus.documents(containing: ["zurich"], among: [0, 1, 2, 3]) == [3], "folded when built")
        // A word never matches across the end of one document and the start of the next.
        #expect(corpus.documents(containing: ["planreference"], among: [0, 1, 2, 3]) == [])
        #expect(corpus.documents(containing: ["cfomutual"], among: [0, 1, 2, 3]) == [])
    }

    @Test("a search narrows another when every old word is inside a new one", arguments: [
        ("mut", "mutu", true),
        ("mutual", "mutual plan", true),
        ("plan", "mutual plan", true),
        ("", "anything", true),
        ("mutual", "mutua", false),
        ("mutual plan", "mutual", false),
        ("zurich", "ZÜRICH ag", true),
    ])
    func narrowing(old: String, new: String, narrows: Bool) {
        #expect(ReviewFilter(search: new).narrows(ReviewFilter(search: old)) == narrows)
    }

    @Test func anyOtherChangeIsNotNarrowing() {
        let before = ReviewFilter(outcome: .won, search: "mut")
        #expect(ReviewFilter(outcome: .won, search: "mutual").narrows(before))
        #expect(!ReviewFilter(outcome: .lost, search: "mutual").narrows(before))
        #expect(!ReviewFilter(search: "mutual").narrows(before), "dropping the outcome widens")
        #expect(!ReviewFilter(outcome: .won, period: .last30, search: "mutual").narrows(before))
    }
}
