/// Small string searches written against UTF-8 bytes. Foundation's `trimmingCharacters` and
/// `range(of:)` go through NSString on Linux and were most of an import's CPU time; these do the
/// same job for the cases an import needs (ASCII keywords, Unicode whitespace) at stdlib speed.
enum TextScan {
    /// `text` without leading and trailing whitespace and line breaks (Unicode White_Space).
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        // Fast path: printable ASCII at both ends needs no work.
        if first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? start
        return String(scalars[start...end])
    }

    /// Whether `needle` (ASCII) occurs in `haystack`.
    static func contains(_ needle: String, in haystack: String) -> Bool {
        firstOffset(of: needle, in: haystack, wordStart: false) != nil
    }

    /// Whether `needle` (ASCII) occurs in `haystack` at the start of a word, so "poc" does not fire
    /// inside "epoch". A byte before it that is a letter, a digit or part of a non-ASCII character
    /// means it is inside a word.
    static func containsWord(_ needle: String, in haystack: String) -> Bool {
        firstOffset(of: needle, in: haystack, wordStart: true) != nil
    }

    /// Byte offset of the first occurrence of `needle` in `haystack`.
    static func firstOffset(of needle: String, in haystack: String, wordStart: Bool = false) -> Int? {
        firstOffset(of: Array(needle.utf8), in: Array(haystack.utf8), wordStart: wordStart)
    }

    /// The same over bytes, for callers that search one text for many keywords.
    static func firstOffset(of pattern: [UInt8], in bytes: [UInt8], wordStart: Bool) -> Int? {
        guard let head = pattern.first else { return 0 }
        guard bytes.count >= pattern.count else { return nil }
        var index = 0
        let lastStart = bytes.count - pattern.count
        while index <= lastStart {
            if bytes[index] == head && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                if !wordStart || index == 0 || !isWordByte(bytes[index - 1]) { return index }
            }
            index += 1
        }
        return nil
    }

    /// The UTF-8 bytes of `text` with ASCII capitals made small and every other byte as it is.
    static func asciiLowercased(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 0x20 }
        return bytes
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}

extension StringProtocol {
    /// `TextScan.trimmed` for any string or substring.
    var importTrimmed: String { TextScan.trimmed(String(self)) }
}

/// Many keywords, each in a numbered group, searched in one pass over a text: a position is checked
/// only against the keywords that begin with its byte, so long text in other scripts (UTF-8 bytes of
/// 0x80 and up, which no keyword begins with) costs one comparison per byte, not one per keyword.
struct KeywordSet: Sendable {
    private let keywords: [[UInt8]]
    private let groups: [Int]
    private let byFirstByte: [[Int]]

    /// `groups[n]` are the keywords of group n (at most 64 groups); each keyword begins with an ASCII byte.
    init(groups keywordGroups: [[String]]) {
        var keywords: [[UInt8]] = [], groups: [Int] = []
        var byFirstByte = [[Int]](repeating: [], count: 128)
        for (group, words) in keywordGroups.enumerated() {
            for word in words {
                let bytes = Array(word.utf8)
                guard let first = bytes.first, first < 0x80 else { continue }
                byFirstByte[Int(first)].append(keywords.count)
                keywords.append(bytes)
                groups.append(group)
            }
        }
        self.keywords = keywords
        self.groups = groups
        self.byFirstByte = byFirstByte
    }

    /// A bit per group with a keyword somewhere in `bytes` (only at the start of a word when `wordStart`).
    func matchedGroups(in bytes: [UInt8], wordStart: Bool) -> UInt64 {
        var found: UInt64 = 0
        bytes.withUnsafeBufferPointer { text in
            let count = text.count
            for index in 0..<count {
                let byte = text[index]
                guard byte < 0x80 else { continue }
                let candidates = byFirstByte[Int(byte)]
                if candidates.isEmpty { continue }
                if wordStart && index > 0 && Self.isWordByte(text[index - 1]) { continue }
                for keyword in candidates where found & (1 << UInt64(groups[keyword])) == 0 {
                    let pattern = keywords[keyword]
                    guard index + pattern.count <= count else { continue }
                    var same = true
                    for offset in 1..<pattern.count where text[index + offset] != pattern[offset] {
                        same = false
                        break
                    }
                    if same { found |= 1 << UInt64(groups[keyword]) }
                }
            }
        }
        return found
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
