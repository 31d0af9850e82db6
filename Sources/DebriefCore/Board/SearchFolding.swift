import Foundation

/// Text folded for matching the way people type searches: case and accents ignored, so
/// "zurich" finds "Café Zürich AG" and "tomas" finds "Tomás".
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
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
