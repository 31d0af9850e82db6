import Foundation

/// Text folded for matching the way people type searches: case, accents and letters a keyboard
/// lacks are ignored, so "zurich" finds "Café Zürich AG", "soren" finds "Søren", "lodz" finds
/// "Łódź" and "strasse" finds "Straße".
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        guard folded.unicodeScalars.contains(where: { letters[$0] != nil }) else { return folded }
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if let spelled = letters[scalar] { out.append(contentsOf: spelled.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// Letters that carry no accent Foundation could strip, as people type them on a plain
    /// keyboard (already lower-cased; `ß` becomes "ss" in Foundation's case folding).
    private static let letters: [Unicode.Scalar: String] = [
        "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t", "ŀ": "l",
    ]

    /// The spellings a folded search term may also stand for: "aeroe" is how a Dane without the
    /// keys types "Ærø", "mueller" how a German types "Müller", so each "ae", "oe" and "ue" may also
    /// match its bare vowel (text folds "ø" to "o" and "ü" to "u"). The term itself comes first.
    public static func variants(of term: String) -> [String] {
        let bytes = Array(term.utf8)
        var digraphs: [Int] = []
        var index = 0
        while index + 1 < bytes.count, digraphs.count < maximumDigraphs {
            if bytes[index + 1] == UInt8(ascii: "e"), [UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "u")].contains(bytes[index]) {
                digraphs.append(index + 1)
                index += 2
            } else {
                index += 1
            }
        }
        guard !digraphs.isEmpty else { return [term] }
        var variants: [String] = []
        for mask in 0..<(1 << digraphs.count) {
            let dropped = Set(digraphs.indices.filter { mask & (1 << $0) != 0 }.map { digraphs[$0] })
            variants.append(String(decoding: bytes.indices.filter { !dropped.contains($0) }.map { bytes[$0] }, as: UTF8.self))
        }
        return variants
    }

    /// A term spells at most 2^3 variants: enough for any name, bounded for hostile input.
    static let maximumDigraphs = 3

    /// A search as folded terms, each of which a match must contain (in one of its spellings).
    public static func terms(_ search: String) -> [String] {
        fold(search).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// Whether everything `terms` matches, `broaderTerms` matches too (as when a search grows by a
    /// letter or a word), so a new search need only look among the old one's matches: every
    /// spelling of some new term holds a spelling of each old term.
    public static func narrows(_ terms: [String], _ broaderTerms: [String]) -> Bool {
        broaderTerms.allSatisfy { old in
            let olds = variants(of: old)
            return terms.contains { term in variants(of: term).allSatisfy { spelling in olds.contains { contains(spelling, $0) } } }
        }
    }

    /// Whether folded `text` contains the folded `term` in any of its spellings (`variants`).
    public static func matches(_ text: String, _ term: String) -> Bool {
        variants(of: term).contains { contains(text, $0) }
    }

    /// Whether folded `text` contains folded `term`, compared as UTF-8 bytes: both sides are already
    /// folded, so no Unicode-aware search is needed, and this runs once per deal per keystroke.
    public static func contains(_ text: String, _ term: String) -> Bool {
        if term.isEmpty { return true }
        var text = text
        var term = term
        return text.withUTF8 { haystack in
            term.withUTF8 { needle in
                guard needle.count <= haystack.count, let first = needle.first else { return false }
                let last = haystack.count - needle.count
                var i = 0
                while i <= last {
                    if haystack[i] == first {
                        var j = 1
                        while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
